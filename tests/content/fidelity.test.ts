/**
 * The site never misstates the document: the document entry holds every
 * block of the original with its exact text; every forum paragraph and every
 * bullet of section 3 is the source of an entry; every figure is one its
 * source block states, and the pages show it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOriginal } from '../../src/loading/original.ts';
import { extractNumbers } from '../../src/model/numbers.ts';
import { formatFigure, formatNumber } from '../../src/presentation/present.ts';
import { t, VOCAB, type TextKey } from '../../src/i18n/ui.ts';
import type { Figure } from '../../src/schemas/fields.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/schemas/vocab.ts';
import { isSource } from '../../src/i18n/registry.ts';
import { DOCUMENT_ID, realModel } from '../helpers/content.ts';
import { mainOf, page, textOf } from '../helpers/dist.ts';

const RAW = readFileSync('source/c24-regional-presence.zh.txt', 'utf8');
const original = parseOriginal(RAW);
const model = realModel();
const doc = model.get('documents', DOCUMENT_ID);
/** The original's language: the document's own text. */
const zh = doc.text[SOURCE_LOCALE];

describe('(1) the document entry holds the original, block for block', () => {
  it('has the same blocks as the original: ids, kinds and numbers, in order', () => {
    expect(doc.facts.blocks.map((b) => ({ id: b.id, kind: b.kind, number: b.number }))).toEqual(
      original.map((o) => ({ id: o.id, kind: o.kind, number: o.number })),
    );
  });

  it('has the exact Chinese text of every block and the titles of the front blocks', () => {
    for (const o of original) {
      expect(zh.blocks?.[o.id], o.id).toBe(o.text);
      if (o.title) expect(zh.blockTitles?.[o.id], o.id).toBe(o.title);
    }
    expect(Object.keys(zh.blocks ?? {}).sort()).toEqual(original.map((o) => o.id).sort());
  });

  it.each(LOCALES.filter((l) => !isSource(l)))('has a %s text, non-empty, for every block and front title, and nothing more', (locale) => {
    const tr = doc.text[locale];
    for (const o of original) {
      expect(tr.blocks?.[o.id]?.trim(), o.id).toBeTruthy();
      if (o.title) expect(tr.blockTitles?.[o.id]?.trim(), o.id).toBeTruthy();
    }
    expect(Object.keys(tr.blocks ?? {}).sort()).toEqual(original.map((o) => o.id).sort());
  });

  it('the parse itself drops no line of the original', () => {
    // Independent of parseOriginal: every non-blank line, without its number or bullet mark, is a block text or a front title.
    const texts = new Set([...Object.values(zh.blocks ?? {}), ...Object.values(zh.blockTitles ?? {})]);
    const lines = RAW.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() && !/^_+$/.test(l.trim()));
    expect(lines.length).toBeGreaterThan(80);
    for (const line of lines) expect(texts.has(line.replace(/^(?:\d(?:\.\d+)?\t|•\t|–\t|\t)/, '').trim()), line.slice(0, 40)).toBe(true);
  });

  it('numbers every paragraph the original numbers: 1.1–1.3, 2.1–2.8, 3.1–3.8', () => {
    expect(doc.facts.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.number)).toEqual([
      '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8',
    ]);
  });
});

describe('(2) every forum paragraph and every bullet of section 3 is the source of an entry', () => {
  const cited = new Map<string, string[]>();
  for (const e of [...model.forums, ...model.activities]) for (const b of e.facts.source.blocks) cited.set(b, [...(cited.get(b) ?? []), e.id]);

  it('each of ¶ 2.3–2.8 is the source of its forum', () => {
    const paragraphs = ['p2-3', 'p2-4', 'p2-5', 'p2-6', 'p2-7', 'p2-8'];
    expect(model.forums.map((f) => f.facts.source.blocks[0])).toEqual(paragraphs);
    for (const p of paragraphs) expect(cited.get(p), p).toBeDefined();
  });

  it('each bullet and sub-bullet of section 3 is the source of at least one forum or activity', () => {
    const bullets = doc.facts.blocks.filter((b) => b.id.startsWith('p3-') && (b.kind === 'bullet' || b.kind === 'subbullet'));
    expect(bullets.length).toBeGreaterThan(50);
    expect(bullets.filter((b) => !cited.has(b.id)).map((b) => b.id)).toEqual([]);
  });
});

describe('(3) the figures on the pages are the document’s', () => {
  const blockText = (id: string) => zh.blocks?.[id] ?? '';
  const withFigures = [...model.forums, ...model.activities].filter((e) => e.facts.figures.length > 0);

  /** The figure is stated in one of the blocks, with the same value and qualifier ("近300" is about 300). */
  const stated = (f: Figure, blocks: string[]) =>
    blocks.some((b) => extractNumbers(blockText(b)).some((n) => n.value === f.value && n.qualifier === f.qualifier));

  it('(a) every figure of every forum and activity is in the Chinese text of one of its source blocks', () => {
    expect(withFigures.length).toBeGreaterThanOrEqual(10);
    const misstated = withFigures.flatMap((e) =>
      e.facts.figures.filter((f) => !stated(f, e.facts.source.blocks)).map((f) => `${e.collection}/${e.id}: ${f.key} ${f.qualifier} ${f.value} not in ${e.facts.source.blocks.join(', ')}`),
    );
    expect(misstated).toEqual([]);
  });

  it('(a) every key figure of the document is in the block it cites', () => {
    expect(doc.facts.keyFigures.length).toBeGreaterThan(0);
    for (const f of doc.facts.keyFigures) expect(stated(f, [f.block]), `${f.key} ${f.value}`).toBe(true);
  });

  it('(a) the check would catch a wrong value or qualifier', () => {
    // ¶ 2.3 says 近300名与会者 (about 300).
    expect(stated({ key: 'participants', value: 300, qualifier: 'about', quote: '…', scope: 'entry' }, ['p2-3'])).toBe(true);
    expect(stated({ key: 'participants', value: 300, qualifier: 'exact', quote: '…', scope: 'entry' }, ['p2-3'])).toBe(false);
    expect(stated({ key: 'participants', value: 30, qualifier: 'about', quote: '…', scope: 'entry' }, ['p2-3'])).toBe(false);
    // ¶ 2.4: 98.6亿美元 and 二十七项.
    expect(stated({ key: 'p2c-value-usd', value: 9_860_000_000, qualifier: 'exact', quote: '…', scope: 'entry' }, ['p2-4'])).toBe(true);
    expect(stated({ key: 'contributions', value: 27, qualifier: 'exact', quote: '…', scope: 'entry' }, ['p2-4'])).toBe(true);
  });

  /** Whitespace folded as textOf folds the page's (French puts no-break spaces before colons and in numbers). */
  const folded = (s: string) => s.replace(/\s+/g, ' ');

  it('(b) the page of each forum and activity shows each figure, formatted, in every language', () => {
    for (const e of withFigures) {
      for (const locale of LOCALES) {
        const text = textOf(mainOf(page(`/${locale}/${e.collection}/${e.id}/`)));
        for (const f of e.facts.figures) expect(text, `${locale} ${e.id}`).toContain(folded(formatFigure(f, locale)));
      }
    }
  });

  it('(b) the home page shows the document’s key figures', () => {
    // ¶ 2.2: more than 1,500 stakeholders ("1,500多 利益攸关方"), with the language's qualifier, digits and label.
    expect(doc.facts.keyFigures).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'stakeholders', value: 1500, qualifier: 'more-than' })]),
    );
    for (const locale of LOCALES) {
      const text = textOf(mainOf(page(`/${locale}/`)));
      for (const f of doc.facts.keyFigures) {
        const value = t(locale, `figure.qualifier.${f.qualifier}` as TextKey, { v: formatNumber(f.value, locale) });
        expect(text, locale).toContain(folded(`${value} ${VOCAB[locale].figure[f.key]}`));
      }
    }
  });
});

describe('(4) the dates of forums and activities are the document’s', () => {
  it('each date’s year, month and day (as precise as given) are stated in its source blocks', () => {
    const dated = [...model.forums, ...model.activities].filter((e) => e.facts.start);
    expect(dated.length).toBeGreaterThan(30);
    const unstated: string[] = [];
    for (const e of dated) {
      const stated = new Set(e.facts.source.blocks.flatMap((b) => extractNumbers(zh.blocks?.[b] ?? '').map((n) => n.value)));
      for (const d of [e.facts.start, e.facts.end]) {
        if (!d) continue;
        const parts = d.split('-').map(Number);
        if (!parts.every((p) => stated.has(p))) unstated.push(`${e.id}: ${d} not in ${e.facts.source.blocks.join(', ')}`);
      }
    }
    expect(unstated).toEqual([]);
  });
});
