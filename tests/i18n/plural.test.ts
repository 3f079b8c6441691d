/**
 * Plural forms: Intl.PluralRules picks the form of a count in each language
 * (Russian's one/few/many, Arabic's six), and a strings module must give
 * exactly the forms its language distinguishes.
 */
import { describe, expect, it } from 'vitest';
import { fill, pluralCategories, pluralForm } from '../../src/i18n/plural.ts';
import { PLURAL_KEYS } from '../../src/i18n/keys.ts';
import { LANGUAGES, stringsProblems } from '../../src/i18n/registry.ts';
import { tn } from '../../src/i18n/ui.ts';

const FORMS = { zero: 'Z', one: 'O', two: 'T', few: 'F', many: 'M', other: 'X' } as const;

describe('pluralForm', () => {
  it.each([
    // Russian: 1, 21, 101 one; 2–4, 22–24 few; 0, 5–20, 25 many; fractions other.
    ['ru', 1, 'O'],
    ['ru', 21, 'O'],
    ['ru', 101, 'O'],
    ['ru', 2, 'F'],
    ['ru', 24, 'F'],
    ['ru', 0, 'M'],
    ['ru', 5, 'M'],
    ['ru', 11, 'M'],
    ['ru', 12, 'M'],
    ['ru', 111, 'M'],
    ['ru', 1.5, 'X'],
    // Arabic: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100–102 other.
    ['ar', 0, 'Z'],
    ['ar', 1, 'O'],
    ['ar', 2, 'T'],
    ['ar', 3, 'F'],
    ['ar', 10, 'F'],
    ['ar', 103, 'F'],
    ['ar', 11, 'M'],
    ['ar', 99, 'M'],
    ['ar', 100, 'X'],
    ['ar-u-nu-latn', 2, 'T'],
    // English and French differ at 0; Chinese has one form.
    ['en', 1, 'O'],
    ['en', 0, 'X'],
    ['fr', 0, 'O'],
    ['fr', 1, 'O'],
    ['fr', 2, 'X'],
    ['fr', 1_000_000, 'M'],
    ['es', 1, 'O'],
    ['es', 2, 'X'],
    ['zh-CN', 1, 'X'],
  ] as const)('%s %d → %s', (tag, n, want) => {
    expect(pluralForm(FORMS, tag, n)).toBe(want);
  });

  it('falls back to "other" when a category has no form', () => {
    expect(pluralForm({ other: 'X' }, 'ru', 1)).toBe('X');
  });
});

describe('fill', () => {
  it.each([
    ['{n} items', { n: '3' }, '3 items'],
    ['{n} of {total}', { n: 1, total: 2 }, '1 of 2'],
    ['{n} of {total}', { n: 1 }, '1 of {total}'],
    ['no placeholder', { n: 1 }, 'no placeholder'],
  ] as const)('%s', (template, vars, want) => {
    expect(fill(template, vars)).toBe(want);
  });
});

describe('every language gives each plural key exactly its forms', () => {
  it.each(LANGUAGES.map((l) => [l.code, l] as const))('%s', (code, l) => {
    expect(stringsProblems(`${code}.ts`, l)).toEqual([]);
    for (const k of PLURAL_KEYS)
      expect(Object.keys(l.strings[k]).sort(), `${code} ${k}`).toEqual([...pluralCategories(l.intl.locale)].sort());
  });

  it('tn fills {n} in the language’s digits with the form for the count', () => {
    for (const l of LANGUAGES)
      for (const n of [0, 1, 2, 3, 11, 100]) {
        const text = tn(l.code, 'list.count', n);
        expect(text, l.code).toContain(new Intl.NumberFormat(l.intl.locale, { numberingSystem: l.intl.numberingSystem }).format(n));
        expect(text, l.code).not.toContain('{n}');
      }
  });
});

describe('stringsProblems names the file, the key and the forms expected', () => {
  const en = LANGUAGES.find((l) => l.code === 'en')!;
  it.each([
    [
      'a plain text for a plural key',
      { ...en.strings, 'list.count': '{n} items' },
      /strings\.list\.count must be the plural forms \{ one, other \}, found "\{n\} items"/,
    ],
    [
      'a missing form',
      { ...en.strings, 'list.count': { other: '{n} items' } },
      /strings\.list\.count lacks the plural form\(s\) one \(en-GB has one, other\)/,
    ],
    [
      'an unused form',
      { ...en.strings, 'list.count': { one: 'a', few: 'b', other: 'c' } },
      /strings\.list\.count has form\(s\) few that en-GB never uses/,
    ],
    [
      'a missing text key',
      Object.fromEntries(Object.entries(en.strings).filter(([k]) => k !== 'nav.home')),
      /xx\.ts: strings missing nav\.home/,
    ],
  ])('%s', (_, strings, message) => {
    const problems = stringsProblems('xx.ts', { code: 'xx', intl: en.intl, strings });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});
