import { describe, expect, it } from 'vitest';
import { t, UI, VOCAB } from '../../src/i18n/ui.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A key's texts: the one text, or each plural form. */
const textsOf = (v: string | Readonly<Record<string, string>>): string[] => (typeof v === 'string' ? [v] : Object.values(v));
const other = (v: string | Readonly<Record<string, string>>) => (typeof v === 'string' ? v : v.other);

describe('UI strings', () => {
  it('every key exists, non-empty, in every language, with the same placeholders', () => {
    const keys = Object.keys(UI['zh-cn']).sort();
    for (const l of LOCALES) {
      expect(Object.keys(UI[l]).sort(), l).toEqual(keys);
      for (const k of keys as (keyof (typeof UI)['en'])[]) {
        // Plural forms: tests/i18n/languages.test.ts checks them form by form.
        const want = placeholders(other(UI['zh-cn'][k]));
        expect(placeholders(other(UI[l][k])), `${l} ${k}`).toEqual(want);
        for (const text of textsOf(UI[l][k])) expect(text.trim(), `${l} ${k}`).not.toBe('');
      }
    }
  });

  it('every vocabulary label exists, non-empty, in every language', () => {
    for (const group of Object.keys(VOCAB['zh-cn']) as (keyof (typeof VOCAB)['en'])[]) {
      const keys = Object.keys(VOCAB['zh-cn'][group]).sort();
      for (const l of LOCALES) {
        expect(Object.keys(VOCAB[l][group]).sort(), `${l} ${group}`).toEqual(keys);
        for (const v of Object.values<string>(VOCAB[l][group])) expect(v.trim()).not.toBe('');
      }
    }
  });

  it('t fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'source.bullet', { n: '3.3', b: 2 })).toBe('¶ 3.3, bullet 2');
    expect(t('zh-cn', 'source.bullet', { n: '3.3' })).toBe('第3.3段第{b}项');
  });
});

describe('accessible names contain the visible label (WCAG 2.5.3)', () => {
  it.each(LOCALES)('%s: the Council mark of the timeline', (l) => {
    const vars = { session: 'C24', year: 2024 };
    expect(t(l, 'viz.council.note', vars).replace(/\s/gu, ' ')).toContain(t(l, 'viz.council', vars).replace(/\s/gu, ' '));
  });
});
