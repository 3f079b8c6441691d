/** The Frictionless data package descriptor (src/presentation/data-package.ts). */
import type { APIRoute } from 'astro';
import { getModel } from '../../loading/site-content.ts';
import { packageText } from '../../presentation/data-package.ts';
import { siteOrigin } from '../../presentation/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(packageText(await getModel(), siteOrigin(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
