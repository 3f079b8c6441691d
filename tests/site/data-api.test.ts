/**
 * The static JSON API of the built site (/data/v1/): every collection has its
 * list, every entry its file, each valid against the published JSON Schema
 * (generated from the zod schemas), and every link resolves to a file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DIST } from '../helpers/dist.ts';
import { realModel } from '../helpers/content.ts';
import { API_COLLECTIONS } from '../../src/presentation/data-api.ts';

const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
const fileOf = (href: string) => href.replace(/^\//, '');

describe('/data/v1/', () => {
  it('the index lists every collection with its list and schema', () => {
    const index = read('data/v1/index.json') as { collections: { collection: string; href: string; schema: string }[] };
    expect(index.collections.map((c) => c.collection)).toEqual([...API_COLLECTIONS]);
    for (const c of index.collections) {
      expect(existsSync(join(DIST, fileOf(c.href))), c.href).toBe(true);
      expect(existsSync(join(DIST, fileOf(c.schema))), c.schema).toBe(true);
    }
  });

  it.each(API_COLLECTIONS.map((c) => [c]))('%s: the list and every entry match the published schema; links resolve', (c) => {
    const schema = read(`data/v1/schemas/${c}.json`);
    const entry = ajv.compile(schema);
    const list = ajv.compile({ ...(schema.$defs as Record<string, object>).list, $defs: schema.$defs });
    const file = read(`data/v1/${c}.json`) as { count: number; items: { id: string; href: string }[] };
    expect(list(file), ajv.errorsText(list.errors)).toBe(true);
    const model = realModel();
    const expected = c === 'countries' ? model.countries : model[c].map((e) => e.id);
    expect(file.items.map((i) => i.id)).toEqual(expected);
    expect(file.count).toBe(expected.length);
    expect(readdirSync(join(DIST, 'data/v1', c)).length).toBe(expected.length);
    for (const item of file.items) {
      const e = read(fileOf(item.href)) as { links: { href: string }[]; backlinks: { href: string }[]; pages: Record<string, string> };
      expect(entry(e), `${item.href}: ${ajv.errorsText(entry.errors)}`).toBe(true);
      for (const l of [...e.links, ...e.backlinks]) expect(existsSync(join(DIST, fileOf(l.href))), `${item.href} → ${l.href}`).toBe(true);
      for (const p of Object.values(e.pages)) expect(existsSync(join(DIST, fileOf(p), 'index.html')), `${item.href} → ${p}`).toBe(true);
    }
  });

  it('an entry carries its facts, its texts in every language, its sources and its quotes', () => {
    const model = realModel();
    const f = model.forums[0];
    const e = read(`data/v1/forums/${f.id}.json`) as {
      facts: { start: string };
      text: Record<string, { title: string }>;
      sources: { block: string }[];
      quotes: unknown[];
    };
    expect(e.facts.start).toBe(f.facts.start);
    for (const [l, text] of Object.entries(f.text)) expect(e.text[l].title).toBe(text.title);
    expect(e.sources.map((s) => s.block)).toEqual(f.facts.source.blocks);
    expect(e.quotes.length).toBe(model.quotesOf(f).length);
  });
});
