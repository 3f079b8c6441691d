/** The site's calendar in one language (src/presentation/calendar.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../loading/site-content.ts';
import { calendarEntries, calendarText } from '../../../presentation/calendar.ts';
import { siteOrigin } from '../../../presentation/urls.ts';
import { LOCALES } from '../../../schemas/vocab.ts';
import { t } from '../../../i18n/ui.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const model = await getModel();
  const locale = params.locale ?? '';
  const text = calendarText(model, calendarEntries(model).dated, locale, siteOrigin(site), t(locale, 'calendar.name'));
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
