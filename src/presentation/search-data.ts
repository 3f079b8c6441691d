/**
 * What Pagefind learns about each page: filters (facets), metadata shown next
 * to a result, a date to sort by, and extra search terms for Chinese. Pure
 * functions of the model and a language; SearchData.astro only renders them.
 */
import type { Locale } from '../schemas/vocab.ts';
import { t, VOCAB, type TextKey } from '../i18n/ui.ts';
import { aside, formatList } from '../i18n/format.ts';
import { language } from '../i18n/registry.ts';
import { countryName } from '../model/countries.ts';
import { dateEnd, dateStart, formatRange } from '../model/dates.ts';
import type { Activity, Forum, Link, Model, Organization, Reference, Region, Resolution } from '../model/model.ts';
import { acronymOf, shortOf, titleOf } from './present.ts';

/** Filter names, the same in both languages (values are in the page's language). */
export const FILTER_KEYS = ['type', 'region', 'sector', 'kind', 'theme', 'year', 'country', 'organization', 'resolution'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchData {
  /** [filter, value] pairs; a filter may have several values. */
  filters: [FilterKey, string][];
  /** Shown with each result: entity type, region(s), date. */
  meta: { type: string; region?: string; date?: string };
  /** ISO start date, for sorting results by date. */
  sort?: { date: string };
  /** Names the page's subject goes by that its text may not show: short name, other names, acronym (see pageTerms). */
  terms?: string[];
}

/** What a page is about: an entry, a country, the document or nothing in particular. */
export type Subject = Link | { collection: 'countries'; id: string };

const list = (locale: Locale, items: string[]) => formatList(locale, items);
const typeLabel = (locale: Locale, collection: string) => t(locale, `entity.${collection}` as TextKey);

/** Every calendar year a start–end span touches. */
export function yearsOf(start: string | undefined, end?: string): string[] {
  if (!start) return [];
  const a = Number(dateStart(start).slice(0, 4));
  const b = Number(dateEnd(end ?? start).slice(0, 4));
  return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
}

/** Filter values, as they appear in the page's language; used by the pages and by the search dialog. */
export const filterValue = {
  type: (locale: Locale, collection: string) => typeLabel(locale, collection),
  region: (model: Model, locale: Locale, id: string) => titleOf(model.get('regions', id), locale),
  country: (locale: Locale, iso: string) => countryName(iso, locale),
  /** "Asia-Pacific Telecommunity (APT)". */
  organization: (model: Model, locale: Locale, id: string) => {
    const o = model.get('organizations', id);
    const own = acronymOf(o, locale);
    const acronym = own && !titleOf(o, locale).includes(own) ? own : '';
    return acronym ? aside(locale, titleOf(o, locale), acronym) : titleOf(o, locale);
  },
  /** Resolutions by their short name ("PP Res. 25"), other documents by title. */
  resolution: (model: Model, locale: Locale, collection: 'resolutions' | 'references', id: string) =>
    collection === 'resolutions' ? shortOf(model.get(collection, id), locale) : titleOf(model.get(collection, id), locale),
};

function dated(start: string | undefined, end: string | undefined, locale: Locale) {
  return start ? { date: formatRange(start, end, locale), sort: { date: dateStart(start) } } : {};
}

function activityData(model: Model, a: Activity, locale: Locale): SearchData {
  const f = a.facts;
  const v = VOCAB[locale];
  const countries = model.countriesOf(a);
  const d = dated(f.start, f.end, locale);
  return {
    filters: [
      ['type', filterValue.type(locale, 'activities')],
      ...f.regions.map((r) => ['region', filterValue.region(model, locale, r)] as [FilterKey, string]),
      ...f.sectors.map((s) => ['sector', v.sector[s]] as [FilterKey, string]),
      ['kind', v.kind[f.kind]],
      ...f.themes.map((s) => ['theme', v.theme[s]] as [FilterKey, string]),
      ...yearsOf(f.start, f.end).map((y) => ['year', y] as [FilterKey, string]),
      ...countries.map((c) => ['country', filterValue.country(locale, c)] as [FilterKey, string]),
      ...f.organizations.map((o) => ['organization', filterValue.organization(model, locale, o)] as [FilterKey, string]),
      ...f.resolutions.map((r) => ['resolution', filterValue.resolution(model, locale, 'resolutions', r)] as [FilterKey, string]),
      ...f.references.map((r) => ['resolution', filterValue.resolution(model, locale, 'references', r)] as [FilterKey, string]),
    ],
    meta: {
      type: typeLabel(locale, 'activities'),
      region: list(
        locale,
        f.regions.map((r) => filterValue.region(model, locale, r)),
      ),
      date: d.date,
    },
    sort: d.sort,
  };
}

function forumData(model: Model, x: Forum, locale: Locale): SearchData {
  const f = x.facts;
  const countries = model.countriesOf(x);
  const d = dated(f.start, f.end, locale);
  return {
    filters: [
      ['type', filterValue.type(locale, 'forums')],
      ['region', filterValue.region(model, locale, f.region)],
      ...yearsOf(f.start, f.end).map((y) => ['year', y] as [FilterKey, string]),
      ...countries.map((c) => ['country', filterValue.country(locale, c)] as [FilterKey, string]),
      ...f.organizations.map((o) => ['organization', filterValue.organization(model, locale, o)] as [FilterKey, string]),
      ...f.resolutions.map((r) => ['resolution', filterValue.resolution(model, locale, 'resolutions', r)] as [FilterKey, string]),
    ],
    meta: { type: typeLabel(locale, 'forums'), region: filterValue.region(model, locale, f.region), date: d.date },
    sort: d.sort,
  };
}

function regionData(model: Model, r: Region, locale: Locale): SearchData {
  return {
    filters: [
      ['type', filterValue.type(locale, 'regions')],
      ['region', filterValue.region(model, locale, r.id)],
    ],
    meta: { type: typeLabel(locale, 'regions') },
  };
}

/** Regions whose forums or activities follow up a resolution or document. */
export function regionsFollowingUp(model: Model, collection: 'resolutions' | 'references', id: string): string[] {
  const ids = new Set<string>();
  for (const l of model.backlinks(collection, id)) {
    if (l.collection === 'activities') model.get('activities', l.id).facts.regions.forEach((r) => ids.add(r));
    if (l.collection === 'forums') ids.add(model.get('forums', l.id).facts.region);
  }
  return model.regions.map((r) => r.id).filter((r) => ids.has(r));
}

function resolutionData(model: Model, r: Resolution | Reference, locale: Locale): SearchData {
  const regions = regionsFollowingUp(model, r.collection, r.id);
  return {
    filters: [
      ['type', filterValue.type(locale, r.collection)],
      ['resolution', filterValue.resolution(model, locale, r.collection, r.id)],
      ...regions.map((id) => ['region', filterValue.region(model, locale, id)] as [FilterKey, string]),
    ],
    meta: {
      type: typeLabel(locale, r.collection),
      region: regions.length
        ? list(
            locale,
            regions.map((id) => filterValue.region(model, locale, id)),
          )
        : undefined,
    },
  };
}

function organizationData(model: Model, o: Organization, locale: Locale): SearchData {
  return {
    filters: [
      ['type', filterValue.type(locale, 'organizations')],
      ['organization', filterValue.organization(model, locale, o.id)],
      ...(o.facts.country ? [['country', filterValue.country(locale, o.facts.country)] as [FilterKey, string]] : []),
    ],
    meta: { type: typeLabel(locale, 'organizations'), region: o.facts.country ? countryRegion(model, o.facts.country, locale) : undefined },
  };
}

const countryRegion = (model: Model, iso: string, locale: Locale) => {
  const r = model.regionOfCountry(iso);
  return r ? filterValue.region(model, locale, r.id) : undefined;
};

function countryData(model: Model, iso: string, locale: Locale): SearchData {
  const region = countryRegion(model, iso, locale);
  return {
    filters: [
      ['type', filterValue.type(locale, 'countries')],
      ['country', filterValue.country(locale, iso)],
      ...(region ? [['region', region] as [FilterKey, string]] : []),
    ],
    meta: { type: typeLabel(locale, 'countries'), region },
  };
}

function documentData(model: Model, id: string, locale: Locale): SearchData {
  const year = String(model.get('documents', id).facts.year);
  return {
    filters: [
      ['type', filterValue.type(locale, 'documents')],
      ['year', year],
    ],
    meta: { type: typeLabel(locale, 'documents'), date: year },
  };
}

/** Names a reader may search the subject by: its short name, the other names the original gives it, its acronym, and (countries) the language's other forms of its name. */
function namesOf(model: Model, subject: Subject, locale: Locale): string[] {
  if (subject.collection === 'countries') return [...(language(locale).search.countryTerms?.[subject.id] ?? [])];
  const e = model.get(subject.collection, subject.id);
  const t = e.text[locale];
  return [t.short, ...(t.aliases ?? []), ...(subject.collection === 'organizations' ? [acronymOf(e as Organization, locale)] : [])].filter(
    (v): v is string => !!v,
  );
}

/** Search data for the page about `subject`. */
export function searchData(model: Model, subject: Subject, locale: Locale): SearchData {
  const data = subjectData(model, subject, locale);
  const terms = namesOf(model, subject, locale);
  return terms.length ? { ...data, terms } : data;
}

function subjectData(model: Model, subject: Subject, locale: Locale): SearchData {
  switch (subject.collection) {
    case 'activities':
      return activityData(model, model.get('activities', subject.id), locale);
    case 'forums':
      return forumData(model, model.get('forums', subject.id), locale);
    case 'regions':
      return regionData(model, model.get('regions', subject.id), locale);
    case 'resolutions':
      return resolutionData(model, model.get('resolutions', subject.id), locale);
    case 'references':
      return resolutionData(model, model.get('references', subject.id), locale);
    case 'organizations':
      return organizationData(model, model.get('organizations', subject.id), locale);
    case 'countries':
      return countryData(model, subject.id, locale);
    case 'documents':
      return documentData(model, subject.id, locale);
    case 'places':
      throw new Error(`places have no page of their own (asked for "${subject.id}")`);
  }
}

/** Pagefind's inline syntax: "key:value", the value captured to the end. */
export function pagefindAttr(key: string, value: string): string {
  return `${key}:${value.replace(/\s+/g, ' ').trim()}`;
}

/** Tests a word for a Unicode script: "Han" is /\p{Script=Han}/u. */
const scriptTest = (script: string) => new RegExp(`\\p{Script=${script}}`, 'u');

/** The text of an HTML fragment: scripts, styles and tags removed, common entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, dec: string, hex: string, name: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[name] ?? m;
    });
}

/**
 * Words of a text as the browser's segmenter (ICU, Intl.Segmenter) cuts
 * them, each once, in order of first appearance: for a language written
 * without spaces, whose locale entry names the script to cut
 * (`search.segmentScript`, "Han" for Chinese); none for the others.
 *
 * Pagefind cuts Chinese with jieba when indexing but with Intl.Segmenter
 * when searching (Pagefind issue #1237). Where the two disagree, a query
 * finds nothing: ICU cuts 白俄罗斯 into 白 + 俄罗斯, jieba indexes 白俄罗斯
 * whole, so the page about Belarus never matches "俄罗斯". Indexing the ICU
 * words too, space-separated so jieba keeps them, makes every query word
 * exist in the index. Deterministic for a given Node (ICU) version.
 */
export function icuTerms(text: string, locale: Locale): string[] {
  const l = language(locale);
  const script = l.search.segmentScript;
  if (!script) return [];
  const inScript = scriptTest(script);
  const seen = new Set<string>();
  for (const s of new Intl.Segmenter(l.intl.locale, { granularity: 'word' }).segment(text)) {
    if (s.isWordLike && inScript.test(s.segment)) seen.add(s.segment);
  }
  return [...seen];
}

/**
 * A word with a prefix the language writes joined to it (French l’, d’; the
 * Arabic article ال), without the prefix, for a reader who types the word
 * alone: Pagefind indexes "l’économie" as one word, and stems ال away only
 * from some words. The prefixes are the locale entry's `search.detach`.
 */
export function detachedTerms(text: string, locale: Locale): string[] {
  const prefixes = [...(language(locale).search.detach ?? [])].sort((a, b) => b.length - a.length);
  if (!prefixes.length) return [];
  const seen = new Set<string>();
  // Each distinct word once: lower-casing by locale is the cost, and a page repeats its words.
  for (const word of new Set(text.split(/[[\s\p{P}]--['’\-]]+/v))) {
    const lower = word.toLocaleLowerCase(language(locale).intl.locale);
    // What is left must be a word (three letters at least), not a fragment.
    const p = prefixes.find((x) => lower.startsWith(x) && word.length >= x.length + 3);
    if (!p) continue;
    const rest = word.slice(p.length);
    seen.add(rest);
    // A hyphenated word is found joined as well ("l’AMNT-24": AMNT-24, AMNT24).
    if (rest.includes('-')) seen.add(rest.replaceAll('-', ''));
  }
  return [...seen];
}

/** Compounds written joined, as their parts too ("cybersécurité": cyber, sécurité), for a reader who types them apart. */
export function compoundTerms(text: string, locale: Locale): string[] {
  const l = language(locale);
  const firsts = l.search.compounds ?? [];
  if (!firsts.length) return [];
  const seen = new Set<string>();
  for (const word of new Set(text.split(/[\s\p{P}]+/u))) {
    const lower = word.toLocaleLowerCase(l.intl.locale);
    const first = firsts.find((f) => lower.startsWith(f) && word.length >= f.length + 3);
    if (first) for (const part of [word.slice(0, first.length), word.slice(first.length)]) seen.add(part);
  }
  return [...seen];
}

/** Every extra term of a page: the segmenter's words, words without their joined prefixes, compounds' parts, and the subject's other names. */
export function pageTerms(text: string, locale: Locale, names: readonly string[] = []): string[] {
  return [...new Set([...icuTerms(text, locale), ...detachedTerms(text, locale), ...compoundTerms(text, locale), ...names])];
}

/** Values offered by the search dialog's filters, exactly as the pages record them. */
export interface SearchFilterOptions {
  type: string[];
  region: string[];
  year: string[];
}

const filterOptions = new WeakMap<Model, Map<Locale, SearchFilterOptions>>();

/** The values of the search dialog's filters, once per model and language (src/pages/[locale]/search-dialog.json.ts). */
export function searchFilterOptions(model: Model, locale: Locale): SearchFilterOptions {
  let byLocale = filterOptions.get(model);
  if (!byLocale) filterOptions.set(model, (byLocale = new Map<Locale, SearchFilterOptions>()));
  let options = byLocale.get(locale);
  if (!options) byLocale.set(locale, (options = computeFilterOptions(model, locale)));
  return options;
}

function computeFilterOptions(model: Model, locale: Locale): SearchFilterOptions {
  const types = ['activities', 'forums', 'regions', 'resolutions', 'references', 'organizations', 'countries', 'documents'];
  const years = new Set<string>(model.documents.map((d) => String(d.facts.year)));
  for (const e of [...model.activities, ...model.forums]) yearsOf(e.facts.start, e.facts.end).forEach((y) => years.add(y));
  return {
    type: [...new Set(types.map((c) => filterValue.type(locale, c)))],
    region: model.regions.map((r) => filterValue.region(model, locale, r.id)),
    year: [...years].sort().reverse(),
  };
}
