/**
 * Cross-entry checks that zod cannot do one entry at a time: every reference
 * resolves, every source block exists, every entry has its text in every
 * language and no text lacks its entry. Pure; run once, by `loadContent()`
 * (load.ts), for the build, `npm run check` and the tests.
 */
import { z } from 'astro/zod';
import { FACT_SCHEMAS, type FactCollection } from '../schemas/index.ts';
import { dateEnd, dateStart, parsePartialDate } from '../schemas/fields.ts';
import { LOCALES, SOURCE_LOCALE } from '../schemas/vocab.ts';
import type { Problem } from './problems.ts';

/** An entry as the checks see it: validated data (typed in content-set.ts) or a raw mapping. */
interface RawFactEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}
interface RawTextEntry {
  locale: string;
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
}
/** What the integrity checks read; a typed ContentSet (content-set.ts) is one. */
export interface RawContentSet {
  facts: Record<FactCollection, RawFactEntry[]>;
  texts: RawTextEntry[];
  /**
   * Files that exist but did not validate (their problems are reported
   * already). They count as present, so that one mistake gives one message,
   * not one more for every reference to the entry or its missing text.
   */
  invalid?: { facts: InvalidFacts[]; texts: { locale: string; collection: string; id: string }[] };
}
/** A facts file that did not validate: its raw data is still checked for references, except the fields already reported. */
interface InvalidFacts {
  collection: string;
  id: string;
  file?: string;
  data?: Record<string, unknown>;
  /** Field paths zod reported ("regions[0]", "source"). */
  flagged?: string[];
}
/** Finds the line of a field in a file, for messages; provided by the loader. */
export type LineOf = (file: string, field: string, value?: unknown) => number | undefined;

interface RefPath {
  /** Field names from the entry down; '*' stands for every item of a list. */
  path: string[];
  target: string;
}

/** Reference fields of a collection, read from the schema's `ref` metadata. */
export function referencePaths(collection: FactCollection): RefPath[] {
  const json = z.toJSONSchema(FACT_SCHEMAS[collection], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const out: RefPath[] = [];
  type Node = Record<string, unknown> & { properties?: Record<string, Node>; default?: unknown };
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (typeof n.ref === 'string') out.push({ path, target: n.ref });
    if (n.properties) for (const [k, v] of Object.entries(n.properties)) walk(v, [...path, k]);
    if (n.items) walk(n.items, [...path, '*']);
    for (const key of ['anyOf', 'allOf', 'oneOf'] as const) if (Array.isArray(n[key])) for (const v of n[key] as unknown[]) walk(v, path);
  };
  walk(json, []);
  return out;
}

/** The current edition: the document whose facts say `status: current` (checkIntegrity reports unless exactly one does). */
export function currentDocumentId(set: RawContentSet): string | undefined {
  return set.facts.documents.find((d) => d.data.status === 'current')?.id;
}

/**
 * The values of a block-reference path, each with the document its blocks
 * belong to: the `document` named next to them (`source.document`,
 * `source.also[1].document`), else the current edition; a document's own
 * fields (keyFigures) point into itself.
 */
export function blockValuesAt(
  data: unknown,
  path: string[],
  documentOf: (named: unknown) => string,
): { field: string; value: unknown; document: string }[] {
  return valuesAt(data, path.slice(0, -2)).flatMap((owner) => {
    const named = owner.value && typeof owner.value === 'object' ? (owner.value as Record<string, unknown>).document : undefined;
    const document = documentOf(named);
    return valuesAt(owner.value, path.slice(-2), owner.field).map((v) => ({ ...v, document }));
  });
}

/**
 * The document a `document` field names, for `blockValuesAt`'s `documentOf`:
 * `fallback` (the current edition) when it names none. An invalid entry's
 * value may be of any type; it is kept, in words, so it matches no document.
 */
export function namedDocument(named: unknown, fallback: string): string {
  if (named === undefined || named === null) return fallback;
  return typeof named === 'string' ? named : JSON.stringify(named);
}

/** Values at a path, with their concrete field names ("organizations[2]"). */
function valuesAt(data: unknown, path: string[], prefix = ''): { field: string; value: unknown }[] {
  if (path.length === 0) return data === undefined ? [] : [{ field: prefix, value: data }];
  const [head, ...rest] = path;
  if (head === '*') {
    return Array.isArray(data) ? data.flatMap((v, i) => valuesAt(v, rest, `${prefix}[${i}]`)) : [];
  }
  if (!data || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[head], rest, prefix ? `${prefix}.${head}` : head);
}

const list = (ids: Iterable<string>) => {
  const a = [...ids].sort();
  if (a.length === 0) return 'there are none yet';
  return a.length > 12 ? `${a.slice(0, 12).join(', ')}, … ${a.length - 12} more` : a.join(', ');
};

/** ITU was founded in 1865: an earlier date is a typo. */
const EARLIEST = '1865-05-17';

/**
 * @param root the content root as it appears in file names ("content"), to
 *   name the file an editor should create.
 */
export function checkIntegrity(set: RawContentSet, lineOf: LineOf = () => undefined, root = 'content'): Problem[] {
  const problems: Problem[] = [];
  const ids: Partial<Record<string, Set<string>>> = {};
  for (const c of Object.keys(set.facts) as FactCollection[]) ids[c] = new Set(set.facts[c].map((e) => e.id));
  for (const e of set.invalid?.facts ?? []) ids[e.collection]?.add(e.id);

  // Blocks of each document.
  const blocks = new Map<string, Set<string>>();
  for (const d of set.facts.documents) {
    blocks.set(d.id, new Set(((d.data.blocks as { id: string }[] | undefined) ?? []).map((b) => b.id)));
  }
  problems.push(...checkCurrent(set));
  const current = currentDocumentId(set);

  for (const collection of Object.keys(set.facts) as FactCollection[]) {
    const paths = referencePaths(collection);
    // Entries that did not validate are checked too, so that one run reports every problem.
    const raw = (set.invalid?.facts ?? []).filter(
      (e): e is InvalidFacts & RawFactEntry => e.collection === collection && e.data !== undefined && !!e.file,
    );
    const entries = [
      ...set.facts[collection].map((e) => ({ ...e, flagged: [] as string[] })),
      ...raw.map((e) => ({ id: e.id, file: e.file, data: e.data, flagged: e.flagged ?? [] })),
    ];
    for (const entry of entries) {
      const reported = (field: string) => entry.flagged.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`));
      for (const { path, target } of paths) {
        if (target === 'blocks') {
          // Blocks named outside `source` (an activity's merges) belong to the edition the entry cites, as in the data package.
          const cited = namedDocument((entry.data.source as { document?: unknown } | undefined)?.document, current ?? '');
          const documentOf = (named: unknown) => (collection === 'documents' ? entry.id : namedDocument(named, cited));
          for (const { field, value, document: doc } of blockValuesAt(entry.data, path, documentOf)) {
            if (typeof value !== 'string' || reported(field)) continue;
            const known = blocks.get(doc);
            if (known && !known.has(value)) {
              problems.push({
                file: entry.file,
                line: lineOf(entry.file, path[0], value),
                field,
                message: `"${value}" is not a block of document ${doc} (known: ${list(known)})`,
              });
            }
          }
          continue;
        }
        for (const { field, value } of valuesAt(entry.data, path)) {
          if (typeof value !== 'string' || reported(field)) continue;
          const known = ids[target];
          if (!known) continue;
          if (!known.has(value)) {
            problems.push({
              file: entry.file,
              line: lineOf(entry.file, path[0], value),
              field,
              message: `"${value}" is not ${article(target)} (known: ${list(known)})`,
            });
          }
        }
      }
    }
  }

  // Parity: every entry has a text in every language, and every text has an entry.
  const texts = new Map(set.texts.map((t) => [`${t.locale}/${t.collection}/${t.id}`, t]));
  const textExists = (key: string) =>
    texts.has(key) || (set.invalid?.texts ?? []).some((t) => `${t.locale}/${t.collection}/${t.id}` === key);
  for (const t of set.texts) {
    const entryIds = ids[t.collection];
    if (!(LOCALES as readonly string[]).includes(t.locale)) {
      problems.push({ file: t.file, field: '', message: `"${t.locale}" is not a site language (known: ${LOCALES.join(', ')})` });
    } else if (!entryIds) {
      problems.push({ file: t.file, field: '', message: `"${t.collection}" is not a collection (known: ${Object.keys(ids).join(', ')})` });
    } else if (t.data.untranslated === true) {
      problems.push({
        file: t.file,
        line: lineOf(t.file, 'untranslated'),
        field: 'untranslated',
        message: `is a stub, not yet translated into ${t.locale} (translate every field from the ${SOURCE_LOCALE} text, then delete this line)`,
      });
    }
    if (entryIds && !entryIds.has(t.id) && (LOCALES as readonly string[]).includes(t.locale)) {
      problems.push({
        file: t.file,
        field: '',
        message: `has no source entry: ${root}/${t.collection}/${t.id}.yaml does not exist (create it, or delete this text)`,
      });
    }
  }
  for (const collection of Object.keys(set.facts) as FactCollection[]) {
    for (const entry of set.facts[collection]) {
      for (const locale of LOCALES) {
        if (!textExists(`${locale}/${collection}/${entry.id}`)) {
          problems.push({
            file: entry.file,
            field: '',
            message: `has no ${locale} text (expected ${root}/text/${locale}/${collection}/${entry.id}.mdx${locale === SOURCE_LOCALE ? ', in the language of the original' : ''})`,
          });
        }
      }
    }
  }

  problems.push(...checkDates(set, lineOf));

  // A document's text has exactly its blocks, in every language.
  for (const [id, known] of blocks) {
    for (const locale of LOCALES) {
      const t = texts.get(`${locale}/documents/${id}`);
      if (!t) continue;
      const have = (t.data.blocks ?? {}) as Partial<Record<string, string>>;
      for (const b of known) {
        if (!have[b]?.trim())
          problems.push({ file: t.file, field: `blocks.${b}`, message: `is missing (every block of the document needs its text)` });
      }
      for (const b of Object.keys(have)) {
        if (!known.has(b))
          problems.push({
            file: t.file,
            line: lineOf(t.file, b),
            field: `blocks.${b}`,
            message: `"${b}" is not a block of document ${id}`,
          });
      }
    }
  }
  return problems;
}

/** How far past its own date a report may look (plans, like a meeting to be hosted next year). */
const HORIZON_YEARS = 2;

/**
 * Dates must be plausible: not before ITU existed, and not more than
 * HORIZON_YEARS after the date of the document they come from. This catches a
 * mistyped year ("2032" for "2023").
 */
function checkDates(set: RawContentSet, lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  const docDate = new Map(set.facts.documents.map((d) => [d.id, typeof d.data.date === 'string' ? d.data.date : '']));
  const current = currentDocumentId(set);
  for (const collection of Object.keys(set.facts) as FactCollection[]) {
    for (const entry of set.facts[collection]) {
      const source = entry.data.source as { document?: string } | undefined;
      const document = source ? (source.document ?? current) : undefined;
      const limit = document ? docDate.get(document) : undefined;
      for (const field of ['start', 'end']) {
        const value = entry.data[field];
        if (typeof value !== 'string' || !parsePartialDate(value)) continue;
        if (dateEnd(value) < EARLIEST) {
          problems.push({
            file: entry.file,
            line: lineOf(entry.file, field, value),
            field,
            message: `"${value}" is before ITU was founded (1865); check the year`,
          });
        } else if (
          limit &&
          parsePartialDate(limit) &&
          Number(dateStart(value).slice(0, 4)) > Number(dateEnd(limit).slice(0, 4)) + HORIZON_YEARS
        ) {
          problems.push({
            file: entry.file,
            line: lineOf(entry.file, field, value),
            field,
            message: `"${value}" is more than ${HORIZON_YEARS} years after the date of ${document} ("${limit}"), which reports it; check the year`,
          });
        }
      }
    }
  }
  return problems;
}

/** Exactly one document is the current edition (the one `/<locale>/document/` leads to). */
function checkCurrent(set: RawContentSet): Problem[] {
  const docs = set.facts.documents;
  if (docs.length === 0 || (set.invalid?.facts ?? []).some((e) => e.collection === 'documents')) return [];
  const current = docs.filter((d) => d.data.status === 'current');
  if (current.length === 0)
    return [
      {
        file: docs[0].file,
        field: 'status',
        message: `no document is the current edition (write "status: current" in exactly one of: ${docs.map((d) => d.id).join(', ')})`,
      },
    ];
  return current.slice(1).map((d) => ({
    file: d.file,
    field: 'status',
    message: `"current", but ${current[0].id} is the current edition too (exactly one document is current; write "status: previous" in the others)`,
  }));
}

function article(collection: string): string {
  const singular: Record<string, string> = {
    regions: 'a region',
    places: 'a place',
    organizations: 'an organization',
    resolutions: 'a resolution',
    references: 'a referenced document',
    forums: 'a forum',
    activities: 'an activity',
    documents: 'a document',
  };
  return singular[collection] ?? `an entry of ${collection}`;
}
