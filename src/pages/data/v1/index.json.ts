/** The API's index: every collection, its list and its schema (src/presentation/data-api.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../../loading/site-content.ts';
import { apiIndex, jsonText } from '../../../presentation/data-api.ts';

export const GET: APIRoute = async () =>
  new Response(jsonText(apiIndex(await getModel())), { headers: { 'Content-Type': 'application/json' } });
