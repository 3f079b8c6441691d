/**
 * What the data page shows in one language: every download with its format,
 * size and licence, a preview of the activities table, the API's examples,
 * the calendars and the entries the calendar leaves out, the RSS feeds.
 */
import type { Model } from '../model/model.ts';
import type { Locale } from '../schemas/vocab.ts';
import { formatNumber, linkItem, type LinkItem } from './present.ts';
import { dataFiles, dataUrl, LICENSES, packageText, SELECTION_TABLES, tableJson } from './data-package.ts';
import { listUrl } from './urls.ts';
import { API_COLLECTIONS, apiEntityUrl, apiListUrl, apiUrl } from './data-api.ts';
import { calendarEntries, calendarUrl } from './calendar.ts';
import { feedEntries, feedText, feedUrl } from './feeds.ts';
import { t } from '../i18n/ui.ts';

export interface Download {
  href: string;
  file: string;
  /** What the file is, when its name does not say it (a feed's region). */
  label?: string;
  format: string;
  rows?: string;
  size: string;
  licence: string;
  description?: string;
}
export interface DataPageData {
  downloads: Download[];
  preview: { file: string; head: string[]; rows: string[][] };
  api: { index: string; lists: { label: string; href: string }[]; examples: { label: string; code: string }[] };
  /** The lists that download the rows they show (the explorers). */
  selections: { label: string; href: string }[];
  calendars: { label: string; href: string }[];
  undated: LinkItem[];
  /** The site's feed and each region's, as downloads (the label names the region). */
  feeds: Download[];
}

const kB = (bytes: number, locale: Locale) => `${formatNumber(Math.max(0.1, Math.round(bytes / 102.4) / 10), locale)} kB`;

export async function dataPage(model: Model, locale: Locale, site: string): Promise<DataPageData> {
  const files = dataFiles(model);
  const [data, text] = LICENSES;
  const packageBytes = Buffer.byteLength(packageText(model, site, files));
  const activities = files.find((f) => f.table.name === 'activities');
  if (!activities) throw new Error('data page: no activities table');
  const columns = ['id', 'start', 'start_precision', `title_${locale}`];
  const at = columns.map((c) => activities.table.fields.findIndex((f) => f.name === c));
  const example = model.forums[0]?.id ?? model.activities[0].id;
  const entity = new URL(apiEntityUrl(model.forums.length ? 'forums' : 'activities', example), site).href;
  return {
    downloads: [
      {
        href: dataUrl('datapackage.json'),
        file: 'datapackage.json',
        format: 'JSON (Data Package v2)',
        size: kB(packageBytes, locale),
        licence: data.name,
        description: t(locale, 'data.package'),
      },
      ...files.map((f) => ({
        href: dataUrl(f.file),
        file: f.file,
        format: 'CSV (UTF-8)',
        rows: formatNumber(f.table.rows.length, locale),
        size: kB(f.bytes, locale),
        licence: f.table.name === 'paragraphs' || f.table.name.endsWith('_quotes') ? `${data.name}; ${text.name}` : data.name,
      })),
      ...files
        .filter((f) => (SELECTION_TABLES as readonly string[]).includes(f.table.name))
        .map((f) => ({
          href: dataUrl(`${f.table.name}.json`),
          file: `${f.table.name}.json`,
          format: 'JSON',
          rows: formatNumber(f.table.rows.length, locale),
          size: kB(Buffer.byteLength(tableJson(f.table)), locale),
          licence: data.name,
        })),
    ],
    preview: {
      file: activities.file,
      head: columns,
      rows: activities.table.rows.slice(0, 5).map((r) => at.map((i) => (r[i] === undefined ? '' : String(r[i])))),
    },
    api: {
      index: apiUrl('index.json'),
      lists: API_COLLECTIONS.map((c) => ({ label: `${c}.json`, href: apiListUrl(c) })),
      examples: [
        { label: 'curl', code: `curl -s ${entity}` },
        {
          label: 'Python',
          code: `import json, urllib.request\n\nwith urllib.request.urlopen("${entity}") as r:\n    entry = json.load(r)\nprint(entry["text"]["${locale}"]["title"], entry["facts"]["start"])`,
        },
        {
          label: 'JavaScript',
          code: `const entry = await (await fetch('${entity}')).json();\nconsole.log(entry.text['${locale}'].title, entry.facts.start);`,
        },
      ],
    },
    selections: SELECTION_TABLES.map((c) => ({ label: t(locale, `nav.${c}`), href: listUrl(locale, c) })),
    calendars: [
      { label: t(locale, 'data.allRegions'), href: calendarUrl(locale) },
      ...model.regions.map((r) => ({ label: r.text[locale].title, href: calendarUrl(locale, r.id) })),
    ],
    undated: calendarEntries(model).undated.map((e) => linkItem(model, { collection: e.collection, id: e.id }, locale)),
    feeds: await Promise.all(
      [undefined, ...model.regions.map((r) => r.id)].map(async (region) => {
        const href = feedUrl(locale, region);
        return {
          label: region ? model.get('regions', region).text[locale].title : t(locale, 'data.allRegions'),
          href,
          file: href.slice(href.lastIndexOf('/') + 1),
          format: 'RSS 2.0 (XML)',
          rows: formatNumber(feedEntries(model, region).length, locale),
          size: kB(Buffer.byteLength(await feedText(model, locale, site, region)), locale),
          licence: data.name,
        };
      }),
    ),
  };
}
