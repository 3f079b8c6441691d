/**
 * schema.org JSON-LD on the built entry pages (src/presentation/json-ld.ts):
 * every entry page of every language has exactly one block that parses, of
 * the page kind's type, in the page's language, with a breadcrumb and the
 * document blocks it rests on (each a built page and anchor), and says
 * nothing the page does not show: each name is in the page's text, each date
 * a <time datetime> of the page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textOf } from '../helpers/dist.ts';
import { builtPages, fileOf, localeOf, pageKind } from '../helpers/site.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { WITHHELD, type JsonLdKind } from '../../src/presentation/json-ld.ts';
import { realModel } from '../helpers/content.ts';

/** The mainEntity's types each kind of page may have (activities: Event when dated as an occasion, else Action). */
const TYPES: Record<string, string[]> = {
  region: ['Place'],
  forum: ['Event'],
  activity: ['Event', 'Action'],
  resolution: ['Legislation'],
  reference: ['CreativeWork'],
  organization: ['Organization'],
  country: ['Country'],
  document: ['Report'],
};
/** Each page kind's kind of entry (src/presentation/json-ld.ts WITHHELD names these). */
const KIND_OF: Record<string, JsonLdKind> = {
  region: 'regions',
  forum: 'forums',
  activity: 'activities',
  resolution: 'resolutions',
  reference: 'references',
  organization: 'organizations',
  country: 'countries',
  document: 'documents',
};
const carries = (kind: string) => !WITHHELD.includes(KIND_OF[kind]);
const model = realModel();
const pages = builtPages().filter((p) => pageKind(p) in TYPES);

type Node = Record<string, unknown>;
const html = (path: string) => readFileSync(fileOf(path), 'utf8');
const blocks = (source: string) =>
  [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]) as Node);
const ids = new Map<string, Set<string>>();
const idsOf = (path: string) => {
  if (!ids.has(path)) ids.set(path, new Set([...html(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return ids.get(path) ?? new Set<string>();
};
/** Whitespace folded as textOf folds it (French texts have no-break spaces). */
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Every value of a key, anywhere in the tree. */
function valuesOf(node: unknown, key: string): unknown[] {
  if (Array.isArray(node)) return (node as unknown[]).flatMap((n) => valuesOf(n, key));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => [...(k === key ? [v] : []), ...valuesOf(v, key)]);
}
/** A same-site absolute URL: the built page exists, and its #anchor if any. */
function resolves(url: string): string | undefined {
  const u = new URL(url);
  let source: string;
  try {
    source = html(u.pathname);
  } catch {
    return `${url}: no built page`;
  }
  if (u.hash && !idsOf(u.pathname).has(decodeURIComponent(u.hash.slice(1)))) return `${url}: no #${u.hash.slice(1)} on the page`;
  return source ? undefined : `${url}: empty page`;
}

describe('JSON-LD on every entry page', () => {
  it('covers every kind of entry page in every language', () => {
    for (const locale of LOCALES)
      expect(new Set(pages.filter((p) => localeOf(p) === locale).map(pageKind))).toEqual(new Set(Object.keys(TYPES)));
  });

  it.each(
    Object.keys(TYPES)
      .filter((k) => !carries(k))
      .map((k) => [k]),
  )('%s pages carry none yet (WITHHELD: first-visit limits)', (kind) => {
    const carrying = pages.filter((p) => pageKind(p) === kind && blocks(html(p)).length > 0);
    expect(carrying).toEqual([]);
  });

  it.each(
    Object.keys(TYPES)
      .filter(carries)
      .map((k) => [k]),
  )('%s pages: one block, typed, in the page’s language, resting on built anchors, stating only what the page shows', (kind) => {
    const problems: string[] = [];
    for (const path of pages.filter((p) => pageKind(p) === kind)) {
      const source = html(path);
      const found = blocks(source);
      if (found.length !== 1) {
        problems.push(`${path}: ${found.length} JSON-LD blocks`);
        continue;
      }
      const [ld] = found;
      const main = ld.mainEntity as Node | undefined;
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(source)?.[1];
      if (ld['@context'] !== 'https://schema.org') problems.push(`${path}: @context ${String(ld['@context'])}`);
      if (ld['@type'] !== 'WebPage') problems.push(`${path}: @type ${String(ld['@type'])}`);
      if (!TYPES[kind].includes(String(main?.['@type']))) problems.push(`${path}: mainEntity is a ${String(main?.['@type'])}`);
      if (ld.inLanguage !== lang) problems.push(`${path}: inLanguage ${String(ld.inLanguage)}, the page is ${lang}`);
      if (new URL(String(ld.url)).pathname !== path) problems.push(`${path}: url ${String(ld.url)}`);
      const crumbs = ld.breadcrumb as { '@type': string; itemListElement: Node[] } | undefined;
      if (crumbs?.['@type'] !== 'BreadcrumbList' || crumbs.itemListElement.length < 2) problems.push(`${path}: no BreadcrumbList`);
      for (const item of valuesOf(crumbs, 'item')) {
        const bad = resolves(String(item));
        if (bad) problems.push(`${path}: breadcrumb ${bad}`);
      }
      const based = (ld.isBasedOn as string[] | undefined) ?? [];
      // A country the document names nowhere (a region's member, from ITU's list) has no block to rest on: it claims none.
      const iso = kind === 'country' ? path.split('/')[3].toUpperCase() : undefined;
      const unsourced = iso !== undefined && model.countryLinks(iso).length === 0;
      if (unsourced ? based.length > 0 : based.length === 0) problems.push(`${path}: isBasedOn ${JSON.stringify(based)}`);
      for (const url of based) {
        const bad = new URL(url).hash ? resolves(url) : `${url}: not a block anchor`;
        if (bad) problems.push(`${path}: isBasedOn ${bad}`);
      }
      // No fact the page does not show: names in its text, dates among its <time datetime>.
      const text = textOf(/<body[\s\S]*<\/body>/.exec(source)?.[0] ?? '');
      const times = new Set([...source.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]));
      for (const key of ['name', 'alternateName', 'reportNumber'])
        for (const v of valuesOf(ld, key))
          if (!text.includes(fold(String(v)))) problems.push(`${path}: ${key} "${String(v)}" is not on the page`);
      for (const key of ['startDate', 'endDate', 'datePublished'])
        for (const v of valuesOf(ld, key))
          if (!times.has(String(v))) problems.push(`${path}: ${key} ${String(v)} is no <time> of the page`);
    }
    expect(problems).toEqual([]);
  });
});
