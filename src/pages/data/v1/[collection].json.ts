/** A collection's list (src/presentation/data-api.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../loading/site-content.ts';
import { API_COLLECTIONS, apiList, jsonText, type ApiCollection } from '../../../presentation/data-api.ts';

export const getStaticPaths = (() => API_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(jsonText(apiList(await getModel(), params.collection as ApiCollection)), {
    headers: { 'Content-Type': 'application/json' },
  });
