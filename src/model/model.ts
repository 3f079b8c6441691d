/**
 * The site model: every entry with its facts and texts, sorted arrays, lookups
 * and backlinks. Pure, so tests build it from `loadContent()` without Astro.
 * Backlinks are computed in one pass over all reference fields (linear in
 * the number of references).
 */
import type { FactCollection } from '../schemas/index.ts';
import type { ActivityFacts } from '../schemas/activities.ts';
import type { DocumentFacts } from '../schemas/documents.ts';
import type { ForumFacts } from '../schemas/forums.ts';
import type { OrganizationFacts } from '../schemas/organizations.ts';
import type { PlaceFacts } from '../schemas/places.ts';
import type { ReferenceFacts } from '../schemas/references.ts';
import type { RegionFacts } from '../schemas/regions.ts';
import type { ResolutionFacts } from '../schemas/resolutions.ts';
import type { Text } from '../schemas/texts.ts';
import { LOCALES, type Locale } from '../schemas/vocab.ts';
import { dateStart } from '../schemas/fields.ts';
import { blockValuesAt, currentDocumentId, referencePaths, type ContentSet } from '../loading/integrity.ts';

export interface Entry<C extends string, F> {
  collection: C;
  id: string;
  facts: F;
  text: Record<Locale, Text>;
  /** Source file of the facts, relative to the project root. */
  file: string;
  /** Text files, per language. */
  textFile: Record<Locale, string>;
}

export type Region = Entry<'regions', RegionFacts>;
export type Forum = Entry<'forums', ForumFacts>;
export type Activity = Entry<'activities', ActivityFacts>;
export type Resolution = Entry<'resolutions', ResolutionFacts>;
export type Reference = Entry<'references', ReferenceFacts>;
export type Organization = Entry<'organizations', OrganizationFacts>;
export type Place = Entry<'places', PlaceFacts>;
export type Doc = Entry<'documents', DocumentFacts>;
export type AnyEntry = Region | Forum | Activity | Resolution | Reference | Organization | Place | Doc;

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
  get<C extends FactCollection>(collection: C, id: string): Extract<AnyEntry, { collection: C }>;
  /** Entries that reference `collection/id`, grouped by their collection. */
  backlinks(collection: FactCollection, id: string): Link[];
  /** Forums and activities that concern a country (venue, host, countries). */
  countryLinks(iso: string): Link[];
  /** Region a country belongs to. */
  regionOfCountry(iso: string): Region | undefined;
  /** Entries whose `source` cites a block of a document: keyed by (document, block), as editions share block ids. */
  blockLinks(documentId: string, blockId: string): Link[];
}

/**
 * The citations of an entry: its `source` (whose missing `document` the model
 * has resolved to the current edition), then `source.also`, one per edition.
 */
export function citationsOf(e: SourcedEntry): Citation[] {
  const s = e.facts.source;
  return [{ document: s.document!, blocks: s.blocks }, ...(s.also ?? [])];
}

/** Facts with a missing `source.document` resolved to the current edition. */
function resolveSource(data: Record<string, unknown>, current: string | undefined): Record<string, unknown> {
  const source = data.source as { document?: string } | undefined;
  if (!source || typeof source !== 'object' || source.document || !current) return data;
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
  const make = <C extends FactCollection>(collection: C) =>
    set.facts[collection].map((e) => {
      const text = {} as Record<Locale, Text>;
      const textFile = {} as Record<Locale, string>;
      for (const l of LOCALES) {
        const t = texts.get(`${collection}/${e.id}/${l}`);
        if (!t) throw new Error(`${e.file}: no ${l} text`);
        text[l] = t.data as Text;
        textFile[l] = t.file;
      }
      const facts = resolveSource(e.data, currentId);
      return { collection, id: e.id, facts, text, file: e.file, textFile } as unknown as Extract<AnyEntry, { collection: C }>;
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

  const all = new Map<string, AnyEntry>();
  for (const list of [regions, forums, activities, resolutions, references, organizations, places, documents] as AnyEntry[][]) {
    for (const e of list) all.set(`${e.collection}/${e.id}`, e);
  }

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
  for (const collection of Object.keys(set.facts) as FactCollection[]) {
    const paths = referencePaths(collection);
    for (const e of set.facts[collection]) {
      const data = resolveSource(e.data, currentId);
      for (const { path, target } of paths) {
        // A document's own block list defines its blocks; it does not cite them.
        if (collection === 'documents' && path[0] === 'blocks') continue;
        if (target === 'blocks') {
          // A document's own fields (keyFigures) point into itself; others name their document next to the blocks.
          const documentOf = (named: unknown) => (collection === 'documents' ? e.id : String(named ?? currentId));
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
  const mention = (iso: string | undefined, link: Link) => iso && push(countryMap, iso, link);
  for (const f of forums) {
    const link = { collection: 'forums' as const, id: f.id };
    mention(f.facts.country, link);
    mention(f.facts.host, link);
    f.facts.countries.forEach((c) => mention(c, link));
    if (f.facts.place)
      mention(all.get(`places/${f.facts.place}`)?.facts && (all.get(`places/${f.facts.place}`) as Place).facts.country, link);
  }
  for (const a of activities) {
    const link = { collection: 'activities' as const, id: a.id };
    mention(a.facts.country, link);
    a.facts.countries.forEach((c) => mention(c, link));
    if (a.facts.place) mention((all.get(`places/${a.facts.place}`) as Place | undefined)?.facts.country, link);
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
    get(collection, id) {
      const e = all.get(`${collection}/${id}`);
      if (!e) throw new Error(`Unknown ${collection} "${id}"`);
      return e as never;
    },
    backlinks: (collection, id) => back.get(`${collection}/${id}`) ?? [],
    countryLinks: (iso) => countryMap.get(iso) ?? [],
    regionOfCountry: (iso) => regionOf.get(iso),
    blockLinks: (documentId, blockId) => blocks.get(blockKey(documentId, blockId)) ?? [],
  };
}

const blockKey = (documentId: string, blockId: string) => `${documentId}#${blockId}`;

function valuesAt(data: unknown, path: (string | '*')[]): unknown[] {
  if (path.length === 0) return [data];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((v) => valuesAt(v, rest)) : [];
  if (!data || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[head], rest);
}
