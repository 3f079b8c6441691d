/** A region's calendar in one language (src/presentation/calendar.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../loading/site-content.ts';
import { calendarEntries, calendarText } from '../../../../presentation/calendar.ts';
import { siteOrigin } from '../../../../presentation/urls.ts';
import { LOCALES } from '../../../../schemas/vocab.ts';
import { t } from '../../../../i18n/ui.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return LOCALES.flatMap((locale) => model.regions.map((r) => ({ params: { locale, region: r.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const model = await getModel();
  const locale = params.locale ?? '';
  const region = model.get('regions', params.region ?? '');
  const name = t(locale, 'calendar.region', { region: region.text[locale].title });
  const text = calendarText(model, calendarEntries(model, region.id).dated, locale, siteOrigin(site), name);
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
