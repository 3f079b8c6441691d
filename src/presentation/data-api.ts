/**
 * The static JSON API, version 1: `/data/v1/{collection}.json` lists a
 * collection, `/data/v1/{collection}/{id}.json` is one entry with its facts,
 * its texts in every language, its links (the entries its facts name, and
 * those that name it), the blocks it rests on and, for forums and activities,
 * the quotes that state its facts. The shape of every file is a zod schema
 * (below), published as JSON Schema at `/data/v1/schemas/{collection}.json`,
 * so the files and their schemas cannot drift. URLs are ids, which stay
 * stable across editions: a new version of the shape would be /data/v2/.
 */
import { z } from 'astro/zod';
import { FACT_SCHEMAS, textSchema, type FactCollection } from '../schemas/index.ts';
import { ref } from '../schemas/fields.ts';
import { LOCALES, type Locale } from '../schemas/vocab.ts';
import { referencePaths } from '../loading/integrity.ts';
import { countryName } from '../model/countries.ts';
import { citationsOf, valuesAt, type AnyEntry, type Link, type Model, type SourcedEntry } from '../model/model.ts';
import { hrefOf } from './present.ts';
import { blockUrl, entityUrl } from './urls.ts';
import { dataUrl } from './data-package.ts';

const API_VERSION = 'v1';
export const API_COLLECTIONS = [
  'documents',
  'regions',
  'forums',
  'activities',
  'resolutions',
  'references',
  'organizations',
  'places',
  'countries',
] as const;
export type ApiCollection = (typeof API_COLLECTIONS)[number];

export const apiUrl = (path: string): string => dataUrl(`${API_VERSION}/${path}`);
export const apiEntityUrl = (collection: ApiCollection, id: string): string => apiUrl(`${collection}/${id}.json`);
export const apiListUrl = (collection: ApiCollection): string => apiUrl(`${collection}.json`);
const apiSchemaUrl = (collection: ApiCollection): string => apiUrl(`schemas/${collection}.json`);

const perLanguage = <T extends z.ZodType>(value: T, what: string) =>
  z.record(z.string(), value).meta({ description: `${what}, by language code (${LOCALES.join(', ')})` });

const linkSchema = z
  .object({
    field: z.string().optional().meta({ description: 'The field of the facts that names the entry (links only)' }),
    collection: z.enum(API_COLLECTIONS).meta({ description: 'Its collection' }),
    id: z.string().meta({ description: 'Its id' }),
    href: z.string().meta({ description: 'Its file in this API' }),
  })
  .strict();
const sourceSchema = z
  .object({
    document: z.string().meta({ description: 'The document (edition)' }),
    block: z.string().meta({ description: 'The block id (paragraph, bullet)' }),
    pages: perLanguage(z.string(), 'The block on the document page'),
  })
  .strict();
const quoteSchema = z
  .object({
    fact: z.string().meta({ description: 'The fact the phrase states (date, venue, host, name, figure, …)' }),
    key: z.string().meta({ description: 'Its key: the country code or organization id of a name, the figure key, else the fact' }),
    original: z.string().meta({ description: 'The phrase of the original, verbatim' }),
    document: z.string(),
    block: z.string(),
    translation: perLanguage(z.string(), 'The phrase in each language (the original in its own)'),
  })
  .strict();

const countryFacts = z
  .object({
    code: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .meta({ description: 'ISO 3166-1 alpha-2 code' }),
    region: ref('regions').optional().meta({ description: 'The ITU-D region it is a member of (not stated in the document)' }),
  })
  .strict();
const countryText = z.object({ title: z.string().meta({ description: 'Its official short name' }) }).strict();

const factsSchema = (c: ApiCollection): z.ZodType => (c === 'countries' ? countryFacts : FACT_SCHEMAS[c]);

/** The zod schema of one entry's file. */
function entitySchema(c: ApiCollection) {
  return z
    .object({
      apiVersion: z.literal(API_VERSION),
      collection: z.literal(c),
      id: z.string(),
      self: z.string().meta({ description: 'This file' }),
      pages: perLanguage(z.string(), 'Its page on the site'),
      facts: factsSchema(c).meta({ description: 'Its facts, language-neutral, as the content check validated them (defaults filled in)' }),
      text: perLanguage(c === 'countries' ? countryText : textSchema, 'Its words'),
      links: z.array(linkSchema).meta({ description: 'The entries its facts name' }),
      backlinks: z.array(linkSchema).meta({ description: 'The entries that name it' }),
      sources: z.array(sourceSchema).meta({ description: 'The blocks of the document it rests on' }),
      quotes: z
        .array(quoteSchema)
        .optional()
        .meta({ description: 'The phrases of the original that state its facts (forums, activities)' }),
    })
    .strict();
}
const listSchema = (c: ApiCollection) =>
  z
    .object({
      apiVersion: z.literal(API_VERSION),
      collection: z.literal(c),
      count: z.number().int().nonnegative(),
      schema: z.string().meta({ description: 'The JSON Schema of each entry’s file' }),
      items: z.array(
        z
          .object({
            id: z.string(),
            href: z.string(),
            title: perLanguage(z.string(), 'Its title'),
            pages: perLanguage(z.string(), 'Its page'),
          })
          .strict(),
      ),
    })
    .strict();

/** The published JSON Schema of a collection: its entry file, and its list file under `$defs.list`. */
export function apiJsonSchema(c: ApiCollection): Record<string, unknown> {
  const entry = z.toJSONSchema(entitySchema(c), { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  const list = z.toJSONSchema(listSchema(c), { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema: _, ...listBody } = list;
  return {
    $schema: entry.$schema,
    $id: apiSchemaUrl(c),
    title: `${c}/{id}.json (API ${API_VERSION})`,
    ...strip(entry),
    $defs: { ...(entry.$defs as object | undefined), list: strip(listBody) },
  };
}
/** Drop the zod metadata keys the editor forms also drop (`ref`, `zh`): plain JSON Schema. */
function strip(node: unknown): Record<string, unknown> {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    return Object.fromEntries(
      Object.entries(n)
        .filter(([k]) => k !== 'ref' && k !== 'zh' && k !== '$schema')
        .map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, walk(s)])) : walk(v)]),
    );
  };
  return walk(node) as Record<string, unknown>;
}

type EntityFile = z.output<ReturnType<typeof entitySchema>>;
type ListFile = z.output<ReturnType<typeof listSchema>>;

interface ApiLink {
  field?: string;
  collection: ApiCollection;
  id: string;
  href: string;
}
const apiLink = (l: Link, field?: string): ApiLink => ({
  ...(field ? { field } : {}),
  collection: l.collection,
  id: l.id,
  href: apiEntityUrl(l.collection, l.id),
});
const pagesOf = (model: Model, l: Link | { collection: 'countries'; id: string }): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((loc) => [loc, l.collection === 'countries' ? entityUrl(loc, 'countries', l.id) : hrefOf(model, l, loc)]));

/** The entries an entry's facts name, in schema order, each once per field. */
function outgoing(e: AnyEntry) {
  const out: ApiLink[] = [];
  for (const { path, target } of referencePaths(e.collection)) {
    if (target === 'blocks' || target === 'documents') continue;
    const field = path.filter((p) => p !== '*').join('.');
    for (const v of valuesAt(e.facts, path))
      if (typeof v === 'string' && !out.some((o) => o.field === field && o.id === v))
        out.push(apiLink({ collection: target as FactCollection, id: v }, field));
  }
  const countryFields = ['country', 'host', 'beneficiaries', 'countries', 'members'] as const;
  for (const field of countryFields) {
    const v = (e.facts as Record<string, unknown>)[field];
    for (const code of Array.isArray(v) ? v : v ? [v] : [])
      if (typeof code === 'string') out.push({ field, collection: 'countries', id: code, href: apiEntityUrl('countries', code) });
  }
  return out;
}

const sourcesOf = (e: SourcedEntry) =>
  citationsOf(e).flatMap((c) =>
    c.blocks.map((block) => ({
      document: c.document,
      block,
      pages: Object.fromEntries(LOCALES.map((l) => [l, blockUrl(l, c.document, block)])),
    })),
  );

const isSourced = (e: AnyEntry): e is SourcedEntry => 'source' in e.facts;

/** One entry's file. */
export function apiEntity(model: Model, collection: ApiCollection, id: string): EntityFile {
  const head = { apiVersion: API_VERSION, collection, id, self: apiEntityUrl(collection, id) } as const;
  if (collection === 'countries') {
    const region = model.regionOfCountry(id)?.id;
    return {
      ...head,
      pages: pagesOf(model, { collection, id }),
      facts: { code: id, ...(region ? { region } : {}) },
      text: Object.fromEntries(LOCALES.map((l) => [l, { title: countryName(id, l) }])),
      links: region ? [apiLink({ collection: 'regions', id: region }, 'region')] : [],
      backlinks: model.countryLinks(id).map((l) => apiLink(l)),
      sources: [],
    };
  }
  const e = model.get(collection, id) as AnyEntry;
  return {
    ...head,
    pages: pagesOf(model, { collection, id }),
    facts: e.facts,
    text: e.text,
    links: outgoing(e),
    backlinks: model.backlinks(collection, id).map((l) => apiLink(l)),
    sources: isSourced(e) ? sourcesOf(e) : [],
    ...(e.collection === 'forums' || e.collection === 'activities'
      ? { quotes: model.quotesOf(e).map((q) => ({ ...q, translation: q.translation as Record<string, string> })) }
      : {}),
  };
}

/** The ids of a collection, in the model's order. */
export const apiIds = (model: Model, c: ApiCollection): string[] => (c === 'countries' ? model.countries : model[c].map((e) => e.id));

/** A collection's list file. */
export function apiList(model: Model, c: ApiCollection): ListFile {
  const ids = apiIds(model, c);
  return {
    apiVersion: API_VERSION,
    collection: c,
    count: ids.length,
    schema: apiSchemaUrl(c),
    items: ids.map((id) => {
      const full = apiEntity(model, c, id);
      return {
        id,
        href: full.self,
        title: Object.fromEntries(Object.entries(full.text).map(([l, t]) => [l, t.title])),
        pages: full.pages,
      };
    }),
  };
}

/** The index: every collection, its list and its schema. */
export function apiIndex(model: Model) {
  return {
    apiVersion: API_VERSION,
    collections: API_COLLECTIONS.map((c) => ({
      collection: c,
      count: apiIds(model, c).length,
      href: apiListUrl(c),
      schema: apiSchemaUrl(c),
    })),
  };
}

/** A JSON file's text: two-space indent, final newline. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
