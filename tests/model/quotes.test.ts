import { describe, expect, it } from 'vitest';
import { realModel } from '../helpers/content.ts';
import { normalizeSpace } from '../../src/loading/provenance.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/schemas/vocab.ts';

const model = realModel();
const entries = [...model.forums, ...model.activities];
const blockText = (document: string, block: string) =>
  normalizeSpace(model.get('documents', document).text[SOURCE_LOCALE].blocks?.[block] ?? '');

describe('located quotes (model.quotesOf)', () => {
  it.each(entries.map((e) => [`${e.collection}/${e.id}`, e] as const))(
    '%s: each quote is in the first source block that holds it',
    (_, e) => {
      const blocks = e.facts.source.blocks;
      for (const q of model.quotesOf(e)) {
        expect(q.document).toBe(e.facts.source.document);
        expect(blocks).toContain(q.block);
        expect(blockText(q.document, q.block)).toContain(normalizeSpace(q.original));
        const first = blocks.find((b) => blockText(q.document, b).includes(normalizeSpace(q.original)));
        expect(q.block).toBe(first);
        expect(q.translation[SOURCE_LOCALE]).toBe(q.original);
      }
    },
  );

  it('has one located quote per quoted fact: date, end, venue, host, alongside, what, every sector, every name, every figure', () => {
    for (const e of entries) {
      const q = e.facts.quotes;
      const want = [
        ...(['date', 'end', 'venue', 'host', 'alongside', 'what'] as const).filter((k) => q[k] !== undefined).map((k) => `${k}:${k}`),
        ...Object.keys(q.sectors ?? {}).map((k) => `sector:${k}`),
        ...Object.keys(q.names ?? {}).map((k) => `name:${k}`),
        ...e.facts.figures.map((f) => `figure:${f.key}`),
      ];
      expect(model.quotesOf(e).map((x) => `${x.fact}:${x.key}`)).toEqual(want);
    }
  });

  it('carries our translation of every quote in every other language', () => {
    for (const e of entries)
      for (const q of model.quotesOf(e)) for (const l of LOCALES) expect(q.translation[l], `${e.id} ${q.fact} ${q.key} ${l}`).toBeTruthy();
  });

  it('locates the ¶2.4 P2C totals in p2-4 and keeps their original words', () => {
    const q = model.quotesOf(model.get('forums', 'rdf-ams-2023')).find((x) => x.fact === 'figure' && x.key === 'p2c-commitments');
    expect(q?.block).toBe('p2-4');
    expect(q?.original).toContain('截至2023年8月19日');
  });
});
