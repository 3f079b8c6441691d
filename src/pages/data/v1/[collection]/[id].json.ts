/** One entry with its links (src/presentation/data-api.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../loading/site-content.ts';
import { API_COLLECTIONS, apiEntity, apiIds, jsonText, type ApiCollection } from '../../../../presentation/data-api.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return API_COLLECTIONS.flatMap((collection) => apiIds(model, collection).map((id) => ({ params: { collection, id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(jsonText(apiEntity(await getModel(), params.collection as ApiCollection, params.id ?? '')), {
    headers: { 'Content-Type': 'application/json' },
  });
