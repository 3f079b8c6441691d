/** The JSON Schema of a collection's API files, generated from the zod schemas (src/presentation/data-api.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_COLLECTIONS, apiJsonSchema, jsonText, type ApiCollection } from '../../../../presentation/data-api.ts';

export const getStaticPaths = (() => API_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(jsonText(apiJsonSchema(params.collection as ApiCollection)), { headers: { 'Content-Type': 'application/schema+json' } });
