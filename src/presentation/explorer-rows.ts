/**
 * Build-time data of the list explorers (activities, forums, resolutions):
 * the facets with their labels, and one compact row per entry for the client
 * script. Pure functions of the model and a language.
 */
import type { Locale } from '../schemas/vocab.ts';
import { ACTIVITY_KINDS, RESOLUTION_BODIES, SECTORS, THEMES } from '../schemas/vocab.ts';
import { t, VOCAB, type TextKey, type VocabLabels } from '../i18n/ui.ts';
import { collator as collatorOf } from '../i18n/format.ts';
import { dateEnd, dateStart } from '../model/dates.ts';
import type { Activity, Forum, Model, Reference, Resolution } from '../model/model.ts';
import { normalize, type ExplorerRow } from '../client/explorer-filter.ts';
import { filterValue, regionsFollowingUp, yearsOf } from './search-data.ts';
import { shortOf, titleOf, type Cell } from './present.ts';
import { entityUrl } from './urls.ts';
import { dataUrl, type SelectionTable } from './data-package.ts';

interface FacetValue {
  value: string;
  label: string;
}
export interface Facet {
  key: string;
  label: string;
  values: FacetValue[];
  /** Its values' labels are part of each row's searchable text: the page sends them once, in the form, not in every row. */
  inText?: boolean;
}
export interface Explorer {
  facets: Facet[];
  rows: ExplorerRow[];
  /** Whether rows carry dates (shows the date range). */
  dated: boolean;
  /** The data package table its rows are (ids are its ids): the list offers the rows it shows as a download. */
  download?: ExplorerDownload;
}
export interface ExplorerDownload {
  table: SelectionTable;
  /** The table's full files, /data/<table>.csv and /data/<table>.json. */
  csv: string;
  json: string;
}

const downloadOf = (table: SelectionTable): ExplorerDownload => ({ table, csv: dataUrl(`${table}.csv`), json: dataUrl(`${table}.json`) });

/** A facet listing only values that occur, in the given order (or by label). */
function facet(key: string, locale: Locale, rows: ExplorerRow[], label: (v: string) => string, order?: readonly string[]): Facet {
  const present = new Set(rows.flatMap((r) => r.f[key] ?? []));
  const collator = collatorOf(locale);
  const values = order
    ? order.filter((v) => present.has(v)).map((v) => ({ value: v, label: label(v) }))
    : [...present].map((v) => ({ value: v, label: label(v) })).sort((a, b) => collator.compare(a.label, b.label));
  return { key, label: t(locale, `facet.${key}` as TextKey), values };
}

/** Facets that can narrow the list: some value is missing from some row. */
export function narrowing(facets: Facet[], rows: ExplorerRow[]): Facet[] {
  return facets.filter((f) => f.values.some((v) => rows.some((r) => !(r.f[f.key] ?? []).includes(v.value))));
}

const dates = (start?: string, end?: string) => (start ? { start: dateStart(start), end: dateEnd(end ?? start) } : {});
const text = (parts: (string | undefined)[]) => normalize(parts.filter(Boolean).join(' '));
const uniq = (v: (string | undefined)[]) => [...new Set(v.filter((x): x is string => !!x))];

function activityRow(model: Model, a: Activity, locale: Locale): ExplorerRow {
  const f = a.facts;
  const countries = model.countriesOf(a);
  const tx = a.text[locale];
  // The labels of its regions, countries, organizations, kind, themes and sectors are searchable too: the
  // form lists them once (ACTIVITY_TEXT_FACETS), and the browser adds them to the rows (withFacetLabels).
  return {
    id: a.id,
    // Without what its table row shows (the title…): the browser reads that from the row (Explorer.astro).
    text: text([
      tx.short,
      tx.summary,
      f.place && titleOf(model.get('places', f.place), locale),
      ...f.resolutions.map((r) => shortOf(model.get('resolutions', r), locale)),
    ]),
    ...dates(f.start, f.end),
    f: {
      region: f.regions,
      sector: f.sectors,
      kind: [f.kind],
      theme: f.themes,
      year: yearsOf(f.start, f.end),
      country: countries,
      organization: f.organizations,
      resolution: [...f.resolutions, ...f.references],
    },
  };
}

/** Resolution or reference id → its label. */
const resolutionLabel = (model: Model, locale: Locale) => (id: string) =>
  model.resolutions.some((r) => r.id === id)
    ? filterValue.resolution(model, locale, 'resolutions', id)
    : filterValue.resolution(model, locale, 'references', id);
/** The region facet, in the regions' own order. */
const regionFacet = (model: Model, locale: Locale, rows: ExplorerRow[]) =>
  facet(
    'region',
    locale,
    rows,
    (id) => filterValue.region(model, locale, id),
    model.regions.map((r) => r.id),
  );
/** Year, country and organization facets, shared by the dated explorers. */
const datedFacets = (model: Model, locale: Locale, rows: ExplorerRow[]) => [
  facet('year', locale, rows, (y) => y, years(rows)),
  facet('country', locale, rows, (iso) => filterValue.country(locale, iso)),
  facet('organization', locale, rows, (id) => filterValue.organization(model, locale, id)),
];
const resolutionOrder = (model: Model) => [...model.resolutions, ...model.references].map((r) => r.id);
const years = (rows: ExplorerRow[]) => uniq(rows.flatMap((r) => r.f.year ?? [])).sort();

/** Activity facets whose labels belong to each row's searchable text. */
const ACTIVITY_TEXT_FACETS = ['region', 'theme', 'kind', 'sector', 'country', 'organization'];

/** A row as the page sends it: the years follow from its dates, so the browser works them out (withYears). */
const sent = (r: ExplorerRow): ExplorerRow => {
  const { year: _years, ...f } = r.f;
  return r.start ? { ...r, f } : r;
};

export function activityExplorer(model: Model, locale: Locale, list: Activity[] = model.activities): Explorer {
  const base = list.map((a) => activityRow(model, a, locale));
  const v = VOCAB[locale];
  const all = [
    regionFacet(model, locale, base),
    facet('theme', locale, base, (id) => v.theme[id as keyof typeof v.theme], THEMES),
    facet('kind', locale, base, (id) => v.kind[id as keyof typeof v.kind], ACTIVITY_KINDS),
    facet('sector', locale, base, (id) => v.sector[id as keyof typeof v.sector], SECTORS),
    ...datedFacets(model, locale, base),
    facet('resolution', locale, base, resolutionLabel(model, locale), resolutionOrder(model)),
  ].map((f) => (ACTIVITY_TEXT_FACETS.includes(f.key) ? { ...f, inText: true } : f));
  const facets = narrowing(all, base);
  // A facet the form does not offer cannot lend the rows its labels: they stay in the rows' text.
  const kept = all.filter((f) => f.inText && !facets.includes(f));
  const rows = kept.length ? base.map((r) => ({ ...r, text: text([r.text, ...kept.flatMap((f) => labelsOf(f, r))]) })) : base;
  return { dated: true, rows: rows.map(sent), facets, download: downloadOf('activities') };
}

/** The labels of a row's values of a facet. */
const labelsOf = (f: Facet, r: ExplorerRow) => (r.f[f.key] ?? []).map((id) => f.values.find((v) => v.value === id)?.label);

function forumRow(model: Model, x: Forum, locale: Locale): ExplorerRow {
  const f = x.facts;
  const countries = model.countriesOf(x);
  const tx = x.text[locale];
  return {
    id: x.id,
    text: text([
      tx.short,
      tx.summary,
      tx.theme,
      f.place && titleOf(model.get('places', f.place), locale),
      titleOf(model.get('regions', f.region), locale),
      ...countries.map((c) => filterValue.country(locale, c)),
      ...f.organizations.map((o) => filterValue.organization(model, locale, o)),
    ]),
    ...dates(f.start, f.end),
    f: { region: [f.region], year: yearsOf(f.start, f.end), country: countries, organization: f.organizations, resolution: f.resolutions },
  };
}

export function forumExplorer(model: Model, locale: Locale): Explorer {
  const rows = model.forums.map((x) => forumRow(model, x, locale));
  return {
    dated: true,
    rows,
    download: downloadOf('forums'),
    facets: narrowing(
      [
        regionFacet(model, locale, rows),
        ...datedFacets(model, locale, rows),
        facet('resolution', locale, rows, resolutionLabel(model, locale), resolutionOrder(model)),
      ],
      rows,
    ),
  };
}

function resolutionRow(model: Model, r: Resolution | Reference, locale: Locale): ExplorerRow {
  const tx = r.text[locale];
  const regions = regionsFollowingUp(model, r.collection, r.id);
  return {
    id: `${r.collection}/${r.id}`,
    text: text([tx.short, tx.summary, r.collection === 'resolutions' ? VOCAB[locale].body[r.facts.body] : undefined]),
    f: { type: [r.collection], body: r.collection === 'resolutions' ? [r.facts.body] : [], region: regions },
  };
}

export function resolutionExplorer(model: Model, locale: Locale): Explorer {
  const rows = [...model.resolutions, ...model.references].map((r) => resolutionRow(model, r, locale));
  return {
    dated: false,
    rows,
    facets: narrowing(
      [
        facet('type', locale, rows, (c) => t(locale, `entity.${c}` as TextKey), ['resolutions', 'references']),
        facet('body', locale, rows, (b) => VOCAB[locale].body[b as keyof VocabLabels['body']], RESOLUTION_BODIES),
        regionFacet(model, locale, rows),
      ],
      rows,
    ),
  };
}

/** The static tables of the resolutions page: title, short name, adopting body or kind, and how many forums and activities follow it up. */
export function resolutionTables(model: Model, locale: Locale): { resolutions: Cell[][]; references: Cell[][] } {
  const followers = (collection: 'resolutions' | 'references', id: string) =>
    String(model.backlinks(collection, id).filter((l) => l.collection === 'activities' || l.collection === 'forums').length);
  return {
    resolutions: model.resolutions.map((r) => [
      { text: titleOf(r, locale), href: entityUrl(locale, 'resolutions', r.id) },
      { text: shortOf(r, locale) },
      { text: VOCAB[locale].body[r.facts.body] },
      { text: followers('resolutions', r.id) },
    ]),
    references: model.references.map((r) => [
      { text: titleOf(r, locale), href: entityUrl(locale, 'references', r.id) },
      { text: shortOf(r, locale) },
      { text: VOCAB[locale].refKind[r.facts.kind] },
      { text: followers('references', r.id) },
    ]),
  };
}
