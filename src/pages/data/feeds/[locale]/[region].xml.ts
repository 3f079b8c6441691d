/** The RSS feed of one region in one language: its forums and activities (src/presentation/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../loading/site-content.ts';
import { feedText } from '../../../../presentation/feeds.ts';
import { siteOrigin } from '../../../../presentation/urls.ts';
import { LOCALES, type Locale } from '../../../../schemas/vocab.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return LOCALES.flatMap((locale) => model.regions.map((r) => ({ params: { locale, region: r.id }, props: { locale, region: r.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; region: string }> = async ({ props, site }) =>
  new Response(await feedText(await getModel(), props.locale, siteOrigin(site), props.region), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
