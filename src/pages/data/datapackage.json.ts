/** The Frictionless data package descriptor (src/presentation/data-package.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../loading/site-content.ts';
import { dataPackage } from '../../presentation/data-package.ts';
import { siteOrigin } from '../../presentation/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(await getModel(), siteOrigin(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
