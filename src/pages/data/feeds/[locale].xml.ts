/** The RSS feed of one language: every forum and activity (src/presentation/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../loading/site-content.ts';
import { feedText } from '../../../presentation/feeds.ts';
import { siteOrigin } from '../../../presentation/urls.ts';
import { LOCALES, type Locale } from '../../../schemas/vocab.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) =>
  new Response(await feedText(await getModel(), props.locale, siteOrigin(site)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
