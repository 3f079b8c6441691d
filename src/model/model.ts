/**
 * The site model: every entry with its facts and texts, sorted arrays, lookups
 * and backlinks. Pure, so tests build it from `loadContent()` without Astro.
 * Backlinks are computed in one pass over all reference fields (linear in
 * the number of references).
 */
import { FACT_COLLECTIONS, type FactCollection, type FactsOf } from '../schemas/index.ts';
import type { Text } from '../schemas/texts.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../schemas/vocab.ts';
import { dateStart } from '../schemas/fields.ts';
import { blockValuesAt, currentDocumentId, namedDocument, referencePaths } from '../loading/integrity.ts';
import type { ContentSet } from '../loading/content-set.ts';
import { locateQuotes, type LocatedQuote } from './quotes.ts';

interface Entry<C extends string, F> {
  collection: C;
  id: string;
  facts: F;
  text: Record<Locale, Text>;
  /** Source file of the facts, relative to the project root. */
  file: string;
  /** Text files, per language. */
  textFile: Record<Locale, string>;
}

/** An entry of a collection, its facts typed by the collection's schema. */
export type EntryOf<C extends FactCollection> = Entry<C, FactsOf<C>>;
export type Region = EntryOf<'regions'>;
export type Forum = EntryOf<'forums'>;
export type Activity = EntryOf<'activities'>;
export type Resolution = EntryOf<'resolutions'>;
export type Reference = EntryOf<'references'>;
export type Organization = EntryOf<'organizations'>;
type Place = EntryOf<'places'>;
export type Doc = EntryOf<'documents'>;
export type AnyEntry = { [C in FactCollection]: EntryOf<C> }[FactCollection];

/** A pointer to an entry, used in backlinks. */
export interface Link {
  collection: FactCollection;
  id: string;
}

/** Blocks of one document (edition) that an entry cites. */
export interface Citation {
  document: string;
  blocks: string[];
}

/** Entries that carry a `source`. */
export type SourcedEntry = Region | Forum | Activity | Resolution | Reference;

export interface Model {
  /** Every edition, by id. */
  documents: Doc[];
  /** The current edition: the document whose facts say `status: current` (the integrity check makes it exactly one). */
  currentDocument: Doc;
  regions: Region[];
  forums: Forum[];
  activities: Activity[];
  resolutions: Resolution[];
  references: Reference[];
  organizations: Organization[];
  places: Place[];
  /** Every country code the content mentions, sorted. */
  countries: string[];
  get<C extends FactCollection>(collection: C, id: string): EntryOf<C>;
  /** Entries that reference `collection/id`, grouped by their collection. */
  backlinks(collection: FactCollection, id: string): Link[];
  /** Forums and activities that concern a country (venue, host, countries). */
  countryLinks(iso: string): Link[];
  /**
   * The countries a forum or activity concerns, in the order its pages list
   * them: its country, its place's country, the host (forums), then the
   * countries it names; each once.
   */
  countriesOf(entry: Forum | Activity): string[];
  /** The country a forum or activity took place in: its `country`, else its place's. */
  venueCountryOf(entry: Forum | Activity): string | undefined;
  /** Region a country belongs to. */
  regionOfCountry(iso: string): Region | undefined;
  /** Entries whose `source` cites a block of a document: keyed by (document, block), as editions share block ids. */
  blockLinks(documentId: string, blockId: string): Link[];
  /** Every quoted fact of a forum or activity, located in its block (src/model/quotes.ts). */
  quotesOf(entry: Forum | Activity): LocatedQuote[];
}

/**
 * The citations of an entry: its `source` (whose missing `document` the model
 * has resolved to the current edition), then `source.also`, one per edition.
 */
export function citationsOf(e: SourcedEntry): Citation[] {
  const s = e.facts.source;
  if (!s.document) throw new Error(`${e.collection}/${e.id}: source.document is unresolved (citationsOf reads entries of the model)`);
  return [{ document: s.document, blocks: s.blocks }, ...(s.also ?? [])];
}

/** Facts with a missing `source.document` resolved to the current edition. */
function resolveSource<D extends object>(data: D, current: string | undefined): D {
  if (!current || !('source' in data)) return data;
  const source = data.source;
  if (!source || typeof source !== 'object' || ('document' in source && source.document)) return data;
  return { ...data, source: { ...source, document: current } };
}

const REGION_ORDER = ['afr', 'ams', 'arb', 'asp', 'cis', 'eur'];

/** Sort key for dated entries: start date, undated last, then id. */
export function byDate(a: { facts: { start?: string }; id: string }, b: { facts: { start?: string }; id: string }): number {
  const sa = a.facts.start ? dateStart(a.facts.start) : '9999';
  const sb = b.facts.start ? dateStart(b.facts.start) : '9999';
  return sa < sb ? -1 : sa > sb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function buildModel(set: ContentSet): Model {
  const currentId = currentDocumentId(set);
  const texts = new Map(set.texts.map((t) => [`${t.collection}/${t.id}/${t.locale}`, t]));
  const make = <C extends FactCollection>(collection: C): EntryOf<C>[] =>
    set.facts[collection].map((e) => {
      const text = {} as Record<Locale, Text>;
      const textFile = {} as Record<Locale, string>;
      for (const l of LOCALES) {
        const t = texts.get(`${collection}/${e.id}/${l}`);
        if (!t) throw new Error(`${e.file}: no ${l} text`);
        text[l] = t.data;
        textFile[l] = t.file;
      }
      return { collection, id: e.id, facts: resolveSource(e.data, currentId), text, file: e.file, textFile };
    });

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const regions = make('regions').sort((a, b) => REGION_ORDER.indexOf(a.id) - REGION_ORDER.indexOf(b.id));
  const forums = make('forums').sort((a, b) => REGION_ORDER.indexOf(a.facts.region) - REGION_ORDER.indexOf(b.facts.region));
  const activities = make('activities').sort(byDate);
  const resolutions = make('resolutions').sort(
    (a, b) =>
      ['pp', 'wtdc', 'wtsa', 'council'].indexOf(a.facts.body) - ['pp', 'wtdc', 'wtsa', 'council'].indexOf(b.facts.body) ||
      a.facts.number - b.facts.number,
  );
  const references = make('references').sort(byId);
  const organizations = make('organizations').sort(byId);
  const places = make('places').sort(byId);
  const documents = make('documents').sort(byId);

  const indexOf = <C extends FactCollection>(list: EntryOf<C>[]) => new Map(list.map((e) => [e.id, e]));
  const index: { [C in FactCollection]: Map<string, EntryOf<C>> } = {
    documents: indexOf(documents),
    regions: indexOf(regions),
    places: indexOf(places),
    organizations: indexOf(organizations),
    resolutions: indexOf(resolutions),
    references: indexOf(references),
    forums: indexOf(forums),
    activities: indexOf(activities),
  };
  const get = <C extends FactCollection>(collection: C, id: string): EntryOf<C> => {
    const e = index[collection].get(id);
    if (!e) throw new Error(`Unknown ${collection} "${id}"`);
    return e;
  };

  // Backlinks and block links, one pass over every reference field.
  const back = new Map<string, Link[]>();
  const blocks = new Map<string, Link[]>();
  // Links already listed, per map and key: a set, not a scan of the list, so
  // that a target cited by thousands of entries stays linear.
  const listed = new Map<Map<string, Link[]>, Set<string>>();
  const push = (map: Map<string, Link[]>, key: string, link: Link) => {
    let seen = listed.get(map);
    if (!seen) listed.set(map, (seen = new Set()));
    const mark = `${key}\u0000${link.collection}/${link.id}`;
    if (seen.has(mark)) return;
    seen.add(mark);
    const list = map.get(key);
    if (!list) map.set(key, [link]);
    else list.push(link);
  };
  for (const collection of FACT_COLLECTIONS) {
    const paths = referencePaths(collection);
    for (const e of set.facts[collection]) {
      const data = resolveSource(e.data, currentId);
      for (const { path, target } of paths) {
        // A document's own block list defines its blocks; it does not cite them.
        if (collection === 'documents' && path[0] === 'blocks') continue;
        if (target === 'blocks') {
          // A document's own fields (keyFigures) point into itself; others name their document next to the blocks.
          const documentOf = (named: unknown) => (collection === 'documents' ? e.id : namedDocument(named, currentId ?? ''));
          for (const { value, document } of blockValuesAt(data, path, documentOf))
            if (typeof value === 'string') push(blocks, blockKey(document, value), { collection, id: e.id });
          continue;
        }
        for (const value of valuesAt(data, path)) {
          if (typeof value !== 'string') continue;
          push(back, `${target}/${value}`, { collection, id: e.id });
        }
      }
    }
  }

  // Countries: who concerns each country, and which region it is in.
  const countryMap = new Map<string, Link[]>();
  const regionOf = new Map<string, Region>();
  for (const r of regions) for (const c of r.facts.members) regionOf.set(c, r);
  const concerned = new Map<string, string[]>();
  const venue = new Map<string, string | undefined>();
  const placeCountry = (place: string | undefined) => (place ? get('places', place).facts.country : undefined);
  const unique = (codes: (string | undefined)[]) => [...new Set(codes.filter((c): c is string => !!c))];
  for (const f of forums)
    concerned.set(`forums/${f.id}`, unique([f.facts.country, placeCountry(f.facts.place), f.facts.host, ...f.facts.countries]));
  for (const a of activities)
    concerned.set(
      `activities/${a.id}`,
      unique([a.facts.country, placeCountry(a.facts.place), a.facts.host, ...a.facts.beneficiaries, ...a.facts.countries]),
    );
  for (const e of [...forums, ...activities]) {
    venue.set(`${e.collection}/${e.id}`, e.facts.country ?? placeCountry(e.facts.place));
    for (const iso of concerned.get(`${e.collection}/${e.id}`) ?? []) push(countryMap, iso, { collection: e.collection, id: e.id });
  }
  const countrySet = new Set<string>([...regionOf.keys(), ...countryMap.keys()]);
  for (const o of organizations) if (o.facts.country) countrySet.add(o.facts.country);
  for (const p of places) countrySet.add(p.facts.country);
  // Links sort by collection, then in each collection's own order: one position
  // map for the whole model (built once: per list it would be quadratic).
  const pos = new Map<string, number>();
  [...regions, ...forums, ...activities, ...resolutions, ...references, ...organizations, ...places, ...documents].forEach((e, i) =>
    pos.set(`${e.collection}/${e.id}`, i),
  );
  const sortLinks = (links: Link[]) => {
    const ranked = links.map((l) => ({ l, rank: pos.get(`${l.collection}/${l.id}`) ?? Number.MAX_SAFE_INTEGER }));
    ranked.sort((a, b) => a.rank - b.rank);
    ranked.forEach((r, i) => (links[i] = r.l));
  };
  for (const m of [back, blocks, countryMap]) for (const list of m.values()) sortLinks(list);

  // Quotes, located once in the original's blocks.
  const originalBlock = (documentId: string, blockId: string) => index.documents.get(documentId)?.text[SOURCE_LOCALE].blocks?.[blockId];
  const located = new Map<string, LocatedQuote[]>();
  for (const e of [...forums, ...activities]) located.set(`${e.collection}/${e.id}`, locateQuotes(e, originalBlock));

  const currentDocument = documents.find((d) => d.id === currentId);
  if (!currentDocument) throw new Error('no current document: exactly one document needs "status: current"');
  return {
    documents,
    currentDocument,
    regions,
    forums,
    activities,
    resolutions,
    references,
    organizations,
    places,
    countries: [...countrySet].sort(),
    get,
    backlinks: (collection, id) => back.get(`${collection}/${id}`) ?? [],
    countryLinks: (iso) => countryMap.get(iso) ?? [],
    countriesOf: (entry) => concerned.get(`${entry.collection}/${entry.id}`) ?? [],
    venueCountryOf: (entry) => venue.get(`${entry.collection}/${entry.id}`),
    regionOfCountry: (iso) => regionOf.get(iso),
    blockLinks: (documentId, blockId) => blocks.get(blockKey(documentId, blockId)) ?? [],
    quotesOf: (entry) => located.get(`${entry.collection}/${entry.id}`) ?? [],
  };
}

const blockKey = (documentId: string, blockId: string) => `${documentId}#${blockId}`;

/** The values at a schema path of an entry's facts (`*` for every item of a list). */
export function valuesAt(data: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [data];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((v) => valuesAt(v, rest)) : [];
  if (!data || typeof data !== 'object') return [];
  return valuesAt(Reflect.get(data, head), rest);
}
