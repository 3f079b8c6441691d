/**
 * Languages as data: the real strings modules agree on their keys, every
 * locale entry is whole, and the formatting the entries drive comes out as
 * the site has always written it.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UI_KEYS } from '../../src/i18n/keys.ts';
import { DEFAULT_LOCALE, LANGUAGES, SOURCE_LOCALE, isSource, language, localeOr } from '../../src/i18n/registry.ts';
import { aside, formatList, intlTag, joinPlace, numberFormat, punctuation } from '../../src/i18n/format.ts';
import { languageName } from '../../src/i18n/ui.ts';
import { LOCALES, SOURCE_LOCALE as VOCAB_SOURCE } from '../../src/schemas/vocab.ts';
import { icuTerms } from '../../src/presentation/search-data.ts';

const STRINGS_DIR = 'src/i18n/strings';
const modules = await Promise.all(
  readdirSync(STRINGS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map(async (f) => ({
      file: f,
      mod: (await import(/* @vite-ignore */ pathToFileURL(resolve(STRINGS_DIR, f)).href)) as typeof import('../../src/i18n/strings/en.ts'),
    })),
);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A key's texts, each with the placeholders it may leave out: a plural form for a category that is one number only ("one" in English, "two" in Arabic) may spell the number out. */
function textsOf(v: string | Readonly<Record<string, string>>, tag: string): { text: string; optional: string[] }[] {
  if (typeof v === 'string') return [{ text: v, optional: [] }];
  const rules = new Intl.PluralRules(tag);
  const exact = (c: string) => Array.from({ length: 1001 }, (_, n) => rules.select(n)).filter((x) => x === c).length === 1;
  return Object.entries(v).map(([c, text]) => ({ text, optional: exact(c) ? ['n'] : [] }));
}
const other = (v: string | Readonly<Record<string, string>>) => (typeof v === 'string' ? v : v.other);

describe('strings modules (src/i18n/strings/)', () => {
  it('there is one per locale entry, and one locale entry per strings module', () => {
    const entries = readdirSync('src/i18n/languages').filter((f) => f.endsWith('.ts'));
    expect(modules.map((m) => m.file).sort()).toEqual(entries.sort());
    expect(modules.length).toBeGreaterThanOrEqual(2);
  });

  it('all have the same keys, exactly those of UI_KEYS, non-empty, with the same placeholders', () => {
    const [first, ...rest] = modules;
    expect(Object.keys(first.mod.strings).sort()).toEqual([...UI_KEYS].sort());
    for (const { file, mod } of rest) expect(Object.keys(mod.strings).sort(), file).toEqual(Object.keys(first.mod.strings).sort());
    for (const { file, mod } of modules)
      for (const k of UI_KEYS) {
        const want = placeholders(other(first.mod.strings[k]));
        const tag = LANGUAGES.find((l) => `${l.code}.ts` === file)?.intl.locale ?? 'und';
        for (const { text, optional } of textsOf(mod.strings[k], tag)) {
          expect(text.trim(), `${file} ${k}`).not.toBe('');
          const have = placeholders(text);
          expect(have, `${file} ${k}: ${text}`).toEqual(want.filter((p) => have.includes(p) || !optional.includes(p)));
        }
      }
  });

  it('all label the same vocabulary values', () => {
    const [first, ...rest] = modules;
    for (const { file, mod } of rest)
      for (const group of Object.keys(first.mod.vocab) as (keyof typeof first.mod.vocab)[])
        expect(Object.keys(mod.vocab[group]).sort(), `${file} ${group}`).toEqual(Object.keys(first.mod.vocab[group]).sort());
  });

  it('UI_KEYS lists each key once', () => {
    expect(new Set(UI_KEYS).size).toBe(UI_KEYS.length);
  });
});

describe('locale entries (src/i18n/languages/)', () => {
  it('LOCALES is the entries, source language first', () => {
    expect(LOCALES).toEqual(LANGUAGES.map((l) => l.code));
    expect(LOCALES[0]).toBe(SOURCE_LOCALE);
    expect(VOCAB_SOURCE).toBe(SOURCE_LOCALE);
    expect(LOCALES).toContain(DEFAULT_LOCALE);
  });

  it('every entry has a code, a BCP 47 tag Intl accepts, a direction and its own names', () => {
    for (const l of LANGUAGES) {
      expect(l.code, l.code).toMatch(/^[a-z]{2,3}(-[a-z0-9]+)*$/);
      expect(Intl.getCanonicalLocales(l.tag)[0].toLowerCase(), l.code).toBe(l.tag.toLowerCase());
      expect(Intl.DateTimeFormat.supportedLocalesOf(l.intl.locale), l.code).toEqual([l.intl.locale]);
      expect(['ltr', 'rtl']).toContain(l.dir);
      expect(l.label.trim() && l.name.trim() && l.editorName.trim(), l.code).toBeTruthy();
    }
  });

  it('one language is the source; the others are translations', () => {
    expect(LANGUAGES.filter((l) => isSource(l.code))).toHaveLength(1);
  });

  it('an unknown route language falls back to the default one; an unknown code is an error', () => {
    expect(localeOr(undefined)).toBe(DEFAULT_LOCALE);
    expect(localeOr('xx')).toBe(DEFAULT_LOCALE);
    for (const l of LOCALES) expect(localeOr(l)).toBe(l);
    expect(() => language('xx')).toThrow('"xx" is not a site language');
  });
});

describe('formatting from the entries', () => {
  it('punctuation: colon, parentheses, place', () => {
    expect(`来源${punctuation('zh-cn').colon}第3段`).toBe('来源：第3段');
    expect(`Source${punctuation('en').colon}¶ 3`).toBe('Source: ¶ 3');
    expect(punctuation('zh-cn').semicolon).toBe('；');
    expect(punctuation('en').semicolon).toBe('; ');
    expect(aside('zh-cn', '亚的斯亚贝巴', '埃塞俄比亚')).toBe('亚的斯亚贝巴（埃塞俄比亚）');
    expect(aside('en', 'Addis Ababa', 'Ethiopia')).toBe('Addis Ababa (Ethiopia)');
    expect(joinPlace('zh-cn', ['达喀尔', '', '塞内加尔'])).toBe('达喀尔，塞内加尔');
    expect(joinPlace('en', ['', 'Senegal'])).toBe('Senegal');
  });

  it('lists with Intl.ListFormat', () => {
    expect(formatList('zh-cn', ['非洲', '美洲', '欧洲'])).toBe('非洲、美洲、欧洲');
    expect(formatList('en', ['Africa', 'Americas'])).toBe('Africa, Americas');
  });

  it('numbers with Intl.NumberFormat', () => {
    expect(numberFormat('en').format(1500)).toBe('1,500');
    expect(numberFormat('zh-cn').format(1500)).toBe('1,500');
    // As one tag for the browser, options included.
    expect(intlTag('en')).toBe('en-GB');
    expect(intlTag('zh-cn')).toBe('zh-CN');
  });

  it('names of languages, in a language or in themselves', () => {
    expect(languageName('zh-cn', 'en')).toBe('英文');
    expect(languageName('en', 'zh-cn')).toBe('Chinese');
  });

  it('hidden search terms only for a language whose entry names a script to segment', () => {
    expect(icuTerms('白俄罗斯 Belarus', 'zh-cn')).toEqual(['白', '俄罗斯']);
    expect(icuTerms('白俄罗斯 Belarus', 'en')).toEqual([]);
  });
});
