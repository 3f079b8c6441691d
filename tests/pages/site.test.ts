/** Site-wide: every entity has its page in every language, the language switch keeps the entity, cross-links go both ways. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { allPages, DIST, mainOf, page } from '../helpers/dist.ts';
import { languageOptions } from '../helpers/html.ts';

const model = realModel();
const pages = allPages();
/** The site's languages as a path segment: "(zh-cn|ar|en|…)" (codes are letters and hyphens). */
const LANG = `(${LOCALES.join('|')})`;
const ENTITY = new RegExp(`^/${LANG}/(regions|forums|activities|resolutions|references|organizations|countries)/([^/]+)/$`);
const LOCALIZED = new RegExp(`^/${LANG}/`);
const OLD_DOCUMENT = new RegExp(`^/${LANG}/document/$`);

/** Internal links of a page's <main>, as paths (fast: no parse). */
const mainLinks = (path: string): string[] =>
  [...mainOf(page(path)).matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]).filter((h) => h.startsWith('/'));

/**
 * Links that state a relation: those of <main> outside its <figure>s. A map
 * or timeline figure also links to neighbouring countries and nearby events,
 * which are context, not relations (tests/pages/viz-dist.test.ts checks them).
 */
const relationLinks = (path: string): string[] =>
  [
    ...mainOf(page(path))
      .replace(/<figure[\s\S]*?<\/figure>/g, '')
      .matchAll(/<a [^>]*href="([^"]+)"/g),
  ]
    .map((m) => m[1])
    .filter((h) => h.startsWith('/'));

describe('every entity has its page in every language', () => {
  it.each(LOCALES)('%s', (locale) => {
    const want = [
      ...model.regions.map((e) => `regions/${e.id}`),
      ...model.forums.map((e) => `forums/${e.id}`),
      ...model.activities.map((e) => `activities/${e.id}`),
      ...model.resolutions.map((e) => `resolutions/${e.id}`),
      ...model.references.map((e) => `references/${e.id}`),
      ...model.organizations.map((e) => `organizations/${e.id}`),
      ...model.countries.map((c) => `countries/${c.toLowerCase()}`),
      ...model.documents.map((d) => `documents/${d.id}`),
      '',
      'document',
      'regions',
      'forums',
      'activities',
      'resolutions',
      'organizations',
      'countries',
    ].map((p) => `/${locale}/${p ? `${p}/` : ''}`);
    const missing = want.filter((p) => !pages.includes(p));
    expect(missing).toEqual([]);
    // And no entity page that is not in the content.
    const extra = pages.filter((p) => ENTITY.test(p) && p.startsWith(`/${locale}/`) && !want.includes(p));
    expect(extra).toEqual([]);
  });
});

/** Redirects (the old /<locale>/document/): a bare page with a meta refresh, no Starlight frame. */
const isRedirect = (path: string) => page(path).includes('<meta http-equiv="refresh"');

/** The language select's options, read without parsing the page (600+ pages). */
function quickLanguageOptions(path: string): { value: string; selected: boolean }[] {
  const select = /<starlight-lang-select>[\s\S]*?<\/select>/.exec(page(path))?.[0] ?? '';
  return [...select.matchAll(/<option value="([^"]*)"([^>]*)>/g)].map((m) => ({ value: m[1], selected: /\sselected\b/.test(m[2]) }));
}

describe('the language switch keeps the reader on the same page', () => {
  it('the quick reader agrees with the parsed page', () => {
    for (const path of LOCALES.flatMap((l) => [
      `/${l}/forums/rdf-afr-2023/`,
      `/${l}/countries/et/`,
      `/${l}/documents/${model.currentDocument.id}/`,
    ])) {
      expect(quickLanguageOptions(path)).toEqual(languageOptions(path).map(({ value, selected }) => ({ value, selected })));
    }
  });

  it('on every page, its options are this page in each language, and they exist', () => {
    const redirects = pages.filter(isRedirect);
    expect(redirects).toEqual(LOCALES.map((l) => `/${l}/document/`).sort());
    const localized = pages.filter((p) => LOCALIZED.test(p) && !redirects.includes(p));
    expect(localized.length).toBeGreaterThan(500);
    for (const path of localized) {
      const rest = path.replace(LOCALIZED, '');
      const options = quickLanguageOptions(path);
      expect(
        options.map((o) => o.value),
        path,
      ).toEqual(LOCALES.map((l) => `/${l}/${rest}`));
      expect(
        options.filter((o) => o.selected).map((o) => o.value),
        path,
      ).toEqual([path]);
      for (const o of options) expect(existsSync(join(DIST, o.value, 'index.html')), o.value).toBe(true);
    }
  });
});

describe('links', () => {
  it('every internal link of every page’s content leads to a built page, and every #anchor to a document exists on its edition’s page', () => {
    const anchors = new Map(
      LOCALES.flatMap((l) =>
        model.documents.map((d) => {
          const path = `/${l}/documents/${d.id}/`;
          return [path, new Set([...page(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))] as const;
        }),
      ),
    );
    const broken: string[] = [];
    for (const path of pages) {
      for (const href of mainLinks(path)) {
        // A text directive (#p2-4:~:text=…) is not part of the anchor: browsers strip it before finding the id.
        const [p, fragment = ''] = href.split('#');
        const hash = fragment.split(':~:')[0];
        if (!existsSync(join(DIST, p, p.endsWith('/') ? 'index.html' : ''))) broken.push(`${path} → ${href}`);
        // The redirect to the current edition would drop the #anchor.
        if (hash && OLD_DOCUMENT.test(p)) broken.push(`${path} → ${href}`);
        if (hash && anchors.has(p) && !anchors.get(p)!.has(hash)) broken.push(`${path} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('cross-links go both ways between entity pages', () => {
    // A region lists its partners, but an organization page lists the forums
    // and activities it is a partner of (which link to the region), not the region itself.
    const oneWay = (from: string, to: string) => from.includes('/regions/') && to.includes('/organizations/');
    const entityPages = pages.filter((p) => ENTITY.test(p));
    const out = new Map(entityPages.map((p) => [p, new Set(relationLinks(p).filter((h) => ENTITY.test(h)))]));
    const missing: string[] = [];
    let edges = 0;
    for (const [from, targets] of out) {
      for (const to of targets) {
        if (to === from || oneWay(from, to)) continue;
        edges += 1;
        if (!out.get(to)?.has(from)) missing.push(`${to} does not link back to ${from}`);
      }
    }
    expect(edges).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });
});
