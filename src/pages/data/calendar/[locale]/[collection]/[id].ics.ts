/** One forum's or activity's event, for "add to calendar" (src/presentation/calendar.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../../loading/site-content.ts';
import { calendarEntries, calendarText } from '../../../../../presentation/calendar.ts';
import { siteOrigin } from '../../../../../presentation/urls.ts';
import { LOCALES } from '../../../../../schemas/vocab.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  const { dated } = calendarEntries(model);
  return LOCALES.flatMap((locale) => dated.map((e) => ({ params: { locale, collection: e.collection, id: e.id }, props: { e } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ e: ReturnType<typeof calendarEntries>['dated'][number] }> = async ({ params, props, site }) => {
  const model = await getModel();
  const locale = params.locale ?? '';
  const text = calendarText(model, [props.e], locale, siteOrigin(site), props.e.text[locale].title);
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
