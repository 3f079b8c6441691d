/**
 * The search dialog's texts and filter values in one language
 * (src/client/search-results.ts `SearchDialogData`): loaded when search is
 * first used (src/client/search-engine.ts), so no page carries the dialog.
 */
import type { APIRoute } from 'astro';
import type { SearchDialogData } from '../../client/search-results.ts';
import { intlTag } from '../../i18n/format.ts';
import { pluralData, t } from '../../i18n/ui.ts';
import { getModel } from '../../loading/site-content.ts';
import { localePaths, type LocaleProps } from '../../presentation/routes.ts';
import { searchFilterOptions } from '../../presentation/search-data.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute<LocaleProps> = async ({ props: { locale } }) => {
  const options = searchFilterOptions(await getModel(), locale);
  const any = t(locale, 'search.filter.any');
  const filter = (name: 'type' | 'region' | 'year', values: string[]) => ({
    name,
    label: t(locale, `search.filter.${name}`),
    options: [['', any], ...values.map((v) => [v, v])] as [string, string][],
  });
  const data: SearchDialogData = {
    title: t(locale, 'search.title'),
    close: t(locale, 'search.close'),
    input: t(locale, 'search.input'),
    filters: t(locale, 'search.filters'),
    selects: [
      filter('type', options.type),
      filter('region', options.region),
      filter('year', options.year),
      {
        name: 'sort',
        label: t(locale, 'search.sort'),
        options: [
          ['', t(locale, 'search.sort.relevance')],
          ['desc', t(locale, 'search.sort.desc')],
          ['asc', t(locale, 'search.sort.asc')],
        ],
      },
    ],
    more: t(locale, 'search.more'),
    strings: {
      results: pluralData(locale, 'search.results').forms,
      none: t(locale, 'search.none'),
      partial: t(locale, 'search.partial'),
      error: t(locale, 'search.error'),
      intl: intlTag(locale),
    },
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
