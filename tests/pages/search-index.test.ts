/**
 * What the built pages give Pagefind: one index per language covering every
 * page, filters/metadata/sort on entity pages, ICU terms for the languages
 * written without spaces (Chinese), and client code that stays small and out
 * of inline scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { DIST, allPages, page, textOf } from '../helpers/dist.ts';
import { fragments } from '../helpers/pagefind.ts';
import { pageKind } from '../helpers/site.ts';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { FILTER_KEYS, icuTerms, searchData, type Subject } from '../../src/presentation/search-data.ts';
import { dateStart } from '../../src/model/dates.ts';
import { countryName } from '../../src/model/countries.ts';
import { isSource, LANGUAGES } from '../../src/i18n/registry.ts';
import { t } from '../../src/i18n/ui.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { fold } from '../helpers/html.ts';

const model = buildModel(loadContent().set);
/** A page's extra search terms: those of its text, and those of its title and subject's names. */
const extraTerms = (f: { meta: Record<string, string | undefined> }) => [
  ...(f.meta.terms?.split(' ') ?? []),
  ...(f.meta.names?.split(' ') ?? []),
];
/** The parts of pagefind-entry.json read here. */
const PagefindEntry = z.object({ languages: z.record(z.string(), z.object({ page_count: z.number() })) });
const attrs = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) =>
    m[1]
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );

describe('the search index', () => {
  it('has one index per language, covering every page of that language but the redirects', () => {
    const entry = PagefindEntry.parse(JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')));
    expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
    for (const lang of LOCALES) {
      const redirects = allPages().filter((p) => p.startsWith(`/${lang}/`) && pageKind(p) === 'redirect');
      expect(redirects, lang).toEqual([`/${lang}/document/`]);
      const pages = allPages().filter((p) => p.startsWith(`/${lang}/`) && !redirects.includes(p));
      expect(entry.languages[lang].page_count, lang).toBe(pages.length);
      expect(new Set(fragments(lang).map((f) => f.url))).toEqual(new Set(pages));
    }
  });

  it('records type, region, date and facets for every activity, in every language', () => {
    for (const lang of LOCALES) {
      const byUrl = new Map(fragments(lang).map((f) => [f.url, f]));
      for (const a of model.activities) {
        const f = byUrl.get(`/${lang}/activities/${a.id}/`)!;
        expect(f, a.id).toBeDefined();
        expect(
          Object.keys(f.filters).every((k) => (FILTER_KEYS as readonly string[]).includes(k)),
          a.id,
        ).toBe(true);
        expect(f.filters.type).toEqual([t(lang, 'entity.activities')]);
        expect(f.filters.region).toHaveLength(a.facts.regions.length);
        expect(f.filters.kind).toHaveLength(1);
        expect(f.meta.type).toBe(t(lang, 'entity.activities'));
        expect(f.meta.region).toBeTruthy();
        if (a.facts.start) expect(f.meta.date, a.id).toBeTruthy();
      }
    }
  });

  it.each(LOCALES)('sorts dated pages by their start date (%s)', (locale) => {
    const html = page(`/${locale}/forums/rdf-eur-2023/`);
    const forum = model.get('forums', 'rdf-eur-2023');
    expect(attrs(html, 'data-pagefind-sort')).toEqual([`date:${dateStart(forum.facts.start)}`]);
    // Pages without a date (countries, organizations) have no sort key.
    expect(attrs(page(`/${locale}/countries/bb/`), 'data-pagefind-sort')).toEqual([]);
  });

  it('indexes the words of the pages of a language written without spaces as the browser cuts them (and none elsewhere)', () => {
    const segmented = LANGUAGES.filter((l) => l.search.segmentScript);
    expect(segmented.length).toBeGreaterThan(0);
    for (const l of segmented) {
      // Belarus: ICU cuts the Chinese name in two (白 + 俄罗斯), where Pagefind's jieba indexes it whole.
      const want = icuTerms(countryName('BY', l.code), l.code);
      expect(want.length, l.code).toBeGreaterThan(1);
      const by = fragments(l.code).find((f) => f.url === `/${l.code}/countries/by/`)!;
      expect(extraTerms(by)).toEqual(expect.arrayContaining(want));
    }
    // Elsewhere no segmenter's words: every term is in the page's text (a word without its joined prefix, a
    // compound's part; figures' labels included) or is a name of the page's subject (short name, other names, acronym).
    for (const l of LANGUAGES.filter((x) => !x.search.segmentScript))
      for (const f of fragments(l.code)) {
        const [, , collection, id] = f.url.split('/');
        const subject =
          collection && id && collection !== 'guides' && collection !== 'documents'
            ? { collection, id: collection === 'countries' ? id.toUpperCase() : id }
            : undefined;
        const names = subject ? (searchData(model, subject as Subject, l.code).terms ?? []) : [];
        // A hyphenated word's joined form counts as shown (l’AMNT-24: AMNT24).
        const shown = fold(textOf(page(f.url))).replaceAll('-', '');
        const strays = extraTerms(f).filter(
          (w) => !shown.includes(fold(w).replaceAll('-', '')) && !names.some((n) => n.split(' ').includes(w)),
        );
        expect(strays, f.url).toEqual([]);
      }
  });

  it.each(LOCALES)('keeps the explorer controls and the translation note out of the indexed text (%s)', (locale) => {
    const path = `/${locale}/activities/`;
    const list = fragments(locale).find((f) => f.url === path)!;
    const shown = textOf(page(path));
    const indexed = fold(list.content);
    for (const s of [t(locale, 'explorer.clear'), t(locale, isSource(locale) ? 'lang.source' : 'lang.translation')]) {
      expect(shown, `${path} shows "${s}"`).toContain(fold(s));
      expect(indexed).not.toContain(fold(s));
    }
  });
});

describe('client code', () => {
  const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1], body: m[2] }));

  it.each(LOCALES)('keeps the search and explorer scripts in external files, data in application/json (%s)', (locale) => {
    const html = page(`/${locale}/activities/`);
    const ours = scripts(html).filter((s) => /Explorer|Search/.test(s.attrs));
    expect(ours.length).toBe(2);
    for (const s of ours) expect(s.attrs).toMatch(/type="module" src="\/_astro\//);
    expect(scripts(html).some((s) => /initExplorer|site-search|pagefind/.test(s.body) && !s.attrs.includes('application/json'))).toBe(
      false,
    );
    expect(scripts(html).find((s) => s.attrs.includes('data-explorer-rows'))!.attrs).toContain('type="application/json"');
  });

  it.each(LOCALES)('stays under 10 KB compressed for each script (%s)', (locale) => {
    const html = page(`/${locale}/activities/`);
    const files = scripts(html)
      .map((s) => /src="(\/_astro\/[^"]+)"/.exec(s.attrs)?.[1])
      .filter((f): f is string => !!f && /Explorer|Search/.test(f));
    // Follow static imports and the explorer's chunk one level down.
    const all = new Set(files);
    for (const f of files)
      for (const m of readFileSync(join(DIST, f), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) all.add(`/_astro/${m[1]}`);
    const total = [...all].reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f))).length, 0);
    expect(all.size).toBeGreaterThanOrEqual(3);
    expect(total).toBeLessThan(10 * 1024);
  });
});
