/**
 * Cross-entry checks that zod cannot do one entry at a time: every reference
 * resolves, every source block exists, every entry has its text in every
 * language and no text lacks its entry. Pure: used by the build
 * (src/lib/content.ts), by `npm run check` and by the tests.
 */
import { z } from 'astro/zod';
import { FACT_SCHEMAS, type FactCollection } from '../schemas/index.ts';
import { LOCALES } from '../schemas/vocab.ts';
import type { Problem } from './problems.ts';

export interface FactEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}
export interface TextEntry {
  locale: string;
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
}
export interface ContentSet {
  facts: Record<FactCollection, FactEntry[]>;
  texts: TextEntry[];
  /**
   * Entries whose file exists but failed validation ("activities/x" for
   * facts, "en/activities/x" for texts). Their problem is already reported,
   * so references to them and their other-language files are not reported
   * again as missing.
   */
  rejected?: ReadonlySet<string>;
}
/** Finds the line of a field in a file, for messages; provided by the loader. */
export type LineOf = (file: string, field: string, value?: unknown) => number | undefined;

type RefPath = { path: (string | '*')[]; target: string };

/** Reference fields of a collection, read from the schema's `ref` metadata. */
export function referencePaths(collection: FactCollection): RefPath[] {
  const json = z.toJSONSchema(FACT_SCHEMAS[collection], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const out: RefPath[] = [];
  const walk = (node: unknown, path: (string | '*')[]) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.ref === 'string') out.push({ path, target: n.ref });
    if (n.properties) for (const [k, v] of Object.entries(n.properties as object)) walk(v, [...path, k]);
    if (n.items) walk(n.items, [...path, '*']);
    for (const key of ['anyOf', 'allOf', 'oneOf'] as const) if (Array.isArray(n[key])) for (const v of n[key] as unknown[]) walk(v, path);
  };
  walk(json, []);
  return out;
}

/** Values at a path, with their concrete field names ("organizations[2]"). */
function valuesAt(data: unknown, path: (string | '*')[], prefix = ''): { field: string; value: unknown }[] {
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
  return a.length > 12 ? `${a.slice(0, 12).join(', ')}, … ${a.length - 12} more` : a.join(', ');
};

export function checkIntegrity(set: ContentSet, lineOf: LineOf = () => undefined): Problem[] {
  const problems: Problem[] = [];
  const ids: Record<string, Set<string>> = {};
  for (const c of Object.keys(set.facts) as FactCollection[]) ids[c] = new Set(set.facts[c].map((e) => e.id));
  const rejected = set.rejected ?? new Set<string>();
  // Known for references: valid entries and those already reported as invalid.
  const exists = (c: string, id: string) => ids[c]?.has(id) || rejected.has(`${c}/${id}`);

  // Blocks of each document.
  const blocks = new Map<string, Set<string>>();
  for (const d of set.facts.documents) {
    blocks.set(d.id, new Set(((d.data.blocks as { id: string }[]) ?? []).map((b) => b.id)));
  }

  for (const collection of Object.keys(set.facts) as FactCollection[]) {
    const paths = referencePaths(collection);
    for (const entry of set.facts[collection]) {
      for (const { path, target } of paths) {
        for (const { field, value } of valuesAt(entry.data, path)) {
          if (typeof value !== 'string') continue;
          if (target === 'blocks') {
            const doc = String(valuesAt(entry.data, [...path.slice(0, -2), 'document'])[0]?.value ?? '');
            const known = blocks.get(doc);
            if (known && !known.has(value)) {
              problems.push({ file: entry.file, line: lineOf(entry.file, path[0] as string, value), field, message: `"${value}" is not a block of document ${doc} (known: ${list(known)})` });
            }
            continue;
          }
          if (!ids[target]) continue;
          if (!exists(target, value)) {
            problems.push({ file: entry.file, line: lineOf(entry.file, path[0] as string, value), field, message: `"${value}" is not ${article(target)} (known: ${list(ids[target])})` });
          }
        }
      }
    }
  }

  // Parity: every entry has a text in every language, and every text has an entry.
  const texts = new Map(set.texts.map((t) => [`${t.locale}/${t.collection}/${t.id}`, t]));
  for (const t of set.texts) {
    if (!(LOCALES as readonly string[]).includes(t.locale)) {
      problems.push({ file: t.file, field: '', message: `"${t.locale}" is not a site language (known: ${LOCALES.join(', ')})` });
    } else if (!ids[t.collection]) {
      problems.push({ file: t.file, field: '', message: `"${t.collection}" is not a collection (known: ${Object.keys(ids).join(', ')})` });
    } else if (!exists(t.collection, t.id)) {
      problems.push({ file: t.file, field: '', message: `translation has no source entry: content/${t.collection}/${t.id}.yaml does not exist` });
    }
  }
  for (const collection of Object.keys(set.facts) as FactCollection[]) {
    for (const entry of set.facts[collection]) {
      for (const locale of LOCALES) {
        if (!texts.has(`${locale}/${collection}/${entry.id}`) && !rejected.has(`${locale}/${collection}/${entry.id}`)) {
          problems.push({ file: entry.file, field: '', message: `has no ${locale} text (expected content/text/${locale}/${collection}/${entry.id}.mdx)` });
        }
      }
    }
  }

  // A document's text has exactly its blocks, in every language.
  for (const d of set.facts.documents) {
    const known = blocks.get(d.id)!;
    for (const locale of LOCALES) {
      const t = texts.get(`${locale}/documents/${d.id}`);
      if (!t) continue;
      const have = (t.data.blocks ?? {}) as Record<string, string>;
      for (const b of known) {
        if (!have[b]?.trim()) problems.push({ file: t.file, field: `blocks.${b}`, message: `is missing (every block of the document needs its text)` });
      }
      for (const b of Object.keys(have)) {
        if (!known.has(b)) problems.push({ file: t.file, line: lineOf(t.file, b), field: `blocks.${b}`, message: `"${b}" is not a block of document ${d.id}` });
      }
    }
  }
  return problems;
}

function article(collection: string): string {
  const singular: Record<string, string> = {
    regions: 'a region', places: 'a place', organizations: 'an organization', resolutions: 'a resolution',
    references: 'a referenced document', forums: 'a forum', activities: 'an activity', documents: 'a document',
  };
  return singular[collection] ?? `an entry of ${collection}`;
}
