/**
 * Both languages say the same: every entry has its text in both, facts live
 * only in the YAML (a text file carries words only), and the English states
 * no number the Chinese does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { numberValues } from '../../src/model/numbers.ts';
import { FACT_COLLECTIONS, FACT_SCHEMAS } from '../../src/schemas/index.ts';
import { textSchema } from '../../src/schemas/texts.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/schemas/vocab.ts';
import { citationsOf, type AnyEntry } from '../../src/model/model.ts';
import { realContent, realModel } from '../helpers/content.ts';

const model = realModel();
const { set, bodies } = realContent();

/** Keys of a facts schema (through the superRefine wrapper of forums and activities). */
const factKeys = (c: (typeof FACT_COLLECTIONS)[number]): string[] => {
  const s = FACT_SCHEMAS[c] as unknown as { shape?: object; def: { in?: { shape: object } } };
  return Object.keys(s.shape ?? s.def.in!.shape);
};

describe('every entry exists in every language', () => {
  it('each facts file has a text in every language, and each text a facts file', () => {
    const facts = new Set(FACT_COLLECTIONS.flatMap((c) => set.facts[c].map((e) => `${c}/${e.id}`)));
    for (const locale of LOCALES) {
      const texts = new Set(set.texts.filter((t) => t.locale === locale).map((t) => `${t.collection}/${t.id}`));
      expect(texts, locale).toEqual(facts);
    }
  });

  it('each text has a non-empty title, and a short name, summary or theme in a translation exactly where the original has one', () => {
    const all: AnyEntry[] = [...model.regions, ...model.forums, ...model.activities, ...model.resolutions, ...model.references, ...model.organizations, ...model.places, ...model.documents];
    const unmatched: string[] = [];
    for (const e of all) {
      for (const l of LOCALES) expect(e.text[l].title.trim(), `${l} ${e.collection}/${e.id}`).not.toBe('');
      for (const field of ['short', 'summary', 'theme'] as const)
        for (const l of LOCALES.filter((x) => x !== SOURCE_LOCALE)) {
          // An organization with an acronym may have its own in a language that has one ("OMM" for WMO): the short name then (acronymOf).
          if (field === 'short' && e.collection === 'organizations' && 'acronym' in e.facts && e.facts.acronym && !e.text[SOURCE_LOCALE].short)
            continue;
          if (Boolean(e.text[l][field]) !== Boolean(e.text[SOURCE_LOCALE][field]))
            unmatched.push(`${l} ${e.collection}/${e.id}: ${field} ${e.text[l][field] ? `"${e.text[l][field]}" where the original has none` : 'missing'}`);
        }
    }
    expect(unmatched).toEqual([]);
  });
});

describe('facts live once, in the YAML', () => {
  const textFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? textFiles(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : []));
  const files = textFiles('content/text');
  const allowed = Object.keys(textSchema.shape);

  it('no text file carries a fact key, read straight from the files', () => {
    expect(files.length).toBe(set.texts.length);
    for (const file of files) {
      const [, , , collection] = file.split(/[\\/]/);
      const front = yaml.load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]) as Record<string, unknown>;
      const keys = Object.keys(front);
      expect(keys.filter((k) => !allowed.includes(k)), file).toEqual([]);
      // Names shared by design: the document's `blocks` (structure in the facts, words in the text) and `quotes`
      // (the original's phrases in the facts, our translations of them in the text).
      const facts = factKeys(collection as (typeof FACT_COLLECTIONS)[number]).filter(
        (k) => !(collection === 'documents' && k === 'blocks') && k !== 'quotes',
      );
      expect(keys.filter((k) => facts.includes(k)), file).toEqual([]);
    }
  });

  it('only documents have block texts', () => {
    for (const t of set.texts) if (t.collection !== 'documents') expect(t.data.blocks ?? t.data.blockTitles, t.file).toBeUndefined();
  });
});

describe('the English states no number the Chinese does not', () => {
  /*
   * Sound in one direction only: the English writes some numbers as words
   * ("Twenty-seven", "five") and leaves out months the Chinese writes as
   * numbers (10月), so the English numbers must be a subset of the Chinese
   * ones, never the other way round. Digits inside proper names that are not
   * numbers are removed first.
   */
  const NOT_NUMBERS = [/ICT 4 ALL/gi];
  const enNumbers = (s: string) => numberValues(NOT_NUMBERS.reduce((acc, re) => acc.replace(re, ''), s));

  it('in every block of every document', () => {
    const extra = model.documents.flatMap((d) => {
      const zh = d.text['zh-cn'].blocks!;
      const en = d.text.en.blocks!;
      return Object.keys(zh).flatMap((id) => {
        const z = numberValues(zh[id]);
        return [...enNumbers(en[id])].filter((n) => !z.has(n)).map((n) => `${d.id} ${id}: ${n}`);
      });
    });
    expect(extra).toEqual([]);
  });

  it('in the title, short name, summary, theme and body of every entry (against its Chinese text and source blocks)', () => {
    const all: AnyEntry[] = [...model.regions, ...model.forums, ...model.activities, ...model.resolutions, ...model.references, ...model.organizations, ...model.places];
    const words = (e: AnyEntry, l: 'en' | 'zh-cn') => {
      const t = e.text[l];
      return [t.title, t.short, t.summary, t.theme, bodies.get(e.textFile[l])?.body].filter(Boolean).join('\n');
    };
    const extra: string[] = [];
    for (const e of all) {
      const cited = 'source' in e.facts ? citationsOf(e as Parameters<typeof citationsOf>[0]) : [];
      const sourceTexts = cited.flatMap((c) => c.blocks.map((b) => model.get('documents', c.document).text['zh-cn'].blocks![b]));
      const zh = numberValues([words(e, 'zh-cn'), ...sourceTexts].join('\n'));
      for (const n of enNumbers(words(e, 'en'))) if (!zh.has(n)) extra.push(`${e.collection}/${e.id}: ${n}`);
    }
    expect(extra).toEqual([]);
  });

  it('the check catches a changed number', () => {
    const zh = numberValues('来自22个成员国的268名与会者');
    expect([...enNumbers('268 participants from 22 Member States')].every((n) => zh.has(n))).toBe(true);
    expect([...enNumbers('286 participants from 22 Member States')].every((n) => zh.has(n))).toBe(false);
    expect([...enNumbers('USD 9.86 billion')].every((n) => numberValues('98.6亿美元').has(n))).toBe(true);
  });
});
