/**
 * Every language shows the same facts on every page: the same links (to the
 * same entries and paragraphs, whatever the language's prefix), the same dates
 * (<time datetime>) and the same figures (<data value>), as the source
 * language's page of the same address. Translations carry only text.
 */
import { describe, expect, it } from 'vitest';
import { allPages, mainOf, page } from '../helpers/dist.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/schemas/vocab.ts';

const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
/**
 * A page's facts, language-neutral: the set of its links with the language segments left out (a translation
 * links each quoted phrase to the original's paragraph, so a link may repeat more often), the dates it states
 * (not the time its files last changed) and its figure values.
 */
function factsOf(path: string) {
  const m = mainOf(page(path));
  const lang = new RegExp(`/(${LOCALES.join('|')})(?=[/.])`, 'g');
  const set = (v: string[]) => [...new Set(v)].sort();
  return {
    links: set(attrs(m, 'href').filter((h) => h.startsWith('/') || h.startsWith('#')).map((h) => h.replace(lang, '/~'))),
    dates: attrs(m, 'datetime').filter((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)).sort(),
    figures: attrs(m, 'value').sort(),
  };
}

const pages = allPages();
const sourcePages = pages.filter((p) => p.startsWith(`/${SOURCE_LOCALE}/`) && !p.includes('/guides/'));

it('finds the source language’s pages', () => {
  expect(sourcePages.length).toBeGreaterThan(300);
});

describe.each(LOCALES.filter((l) => l !== SOURCE_LOCALE))('%s shows the facts of the original’s pages', (locale) => {
  it('every page of the original exists in it, with the same links, dates and figures', () => {
    const differ: string[] = [];
    for (const src of sourcePages) {
      const path = src.replace(`/${SOURCE_LOCALE}/`, `/${locale}/`);
      if (!pages.includes(path)) {
        differ.push(`${path}: missing`);
        continue;
      }
      const a = factsOf(src);
      const b = factsOf(path);
      for (const k of ['links', 'dates', 'figures'] as const)
        if (JSON.stringify(a[k]) !== JSON.stringify(b[k]))
          differ.push(`${path} ${k}: ${b[k].filter((x) => !a[k].includes(x)).slice(0, 3).join(' ')} | missing ${a[k].filter((x) => !b[k].includes(x)).slice(0, 3).join(' ')}`);
    }
    expect(differ).toEqual([]);
  });
});
