/**
 * "Cite this" on the built site: every entry page (regions, forums,
 * activities, resolutions, references, organizations; countries that the
 * document's entries name) and every document
 * page in every language has its citation as text in a closed <details>
 * (no script needed): plain text in the page's language, BibTeX that parses
 * with @retorquere/bibtex-parser, and CSL-JSON; each citation's address is a
 * built page's anchor.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import type { Element } from 'hast';
import { all, fold, ids, main, one, text } from '../helpers/html.ts';
import { builtPages, fileOf, localeOf, pageKind } from '../helpers/site.ts';
import { realModel } from '../helpers/content.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { t, VOCAB } from '../../src/i18n/ui.ts';
import { language } from '../../src/i18n/registry.ts';
import { blockLabel } from '../../src/presentation/present.ts';
import { countryRestsOn, restsOn } from '../../src/presentation/citation.ts';
import type { EntityKind } from '../../src/presentation/urls.ts';
import type { BlockCiteData } from '../../src/client/cite-blocks.ts';

const model = realModel();
const KIND: Record<string, EntityKind> = {
  region: 'regions',
  forum: 'forums',
  activity: 'activities',
  resolution: 'resolutions',
  reference: 'references',
  organization: 'organizations',
};
const pages = builtPages().filter((p) => pageKind(p) in KIND || pageKind(p) === 'document' || pageKind(p) === 'country');

interface Cited {
  path: string;
  locale: string;
  summary: string;
  text: string;
  bibtex: string;
  csl: string;
  box: Element;
}

/** An element's text as the reader copies it, unfolded. */
const rawText = (el: Element | undefined) => (el?.children ?? []).map((c) => ('value' in c ? c.value : '')).join('');

/** The page's citation: its <details>, with a <dt> and <dd> per format. */
function citation(path: string): Cited {
  const boxes = all('details', main(path)).filter((d) => d.properties.dataPagefindIgnore === 'all' && one('dl', d));
  expect(boxes, `${path}: one citation`).toHaveLength(1);
  const box = boxes[0];
  expect(box.properties.open, `${path}: closed`).toBeUndefined();
  const names = all('dt', box).map(text);
  const locale = localeOf(path)!;
  expect(names, path).toEqual([t(locale, 'cite.text'), 'BibTeX', 'CSL-JSON']);
  const dds = all('dd', box);
  const raw = (dd: Element) => rawText(one('pre code', dd) ?? one('p', dd));
  return { path, locale, summary: text(one('summary', box)!), text: raw(dds[0]), bibtex: raw(dds[1]), csl: raw(dds[2]), box };
}

/** A citation's address must be a built page of the same language, and its anchor an id on it. */
function checkUrl(url: string, locale: string, where: string) {
  const u = new URL(url);
  expect(u.pathname.split('/')[1], `${where}: ${url} in the page's language`).toBe(locale);
  expect(existsSync(fileOf(u.pathname)), `${where}: ${url} is built`).toBe(true);
  if (u.hash) expect(ids(u.pathname).has(decodeURIComponent(u.hash.slice(1))), `${where}: ${url} anchor`).toBe(true);
}

function checkFormats(c: Cited, blocks: { document: string; blocks: string[] }[]) {
  const { locale, path } = c;
  // Plain text, in the page's language: the body, each document's title and each block's label.
  expect(fold(c.text)).toContain(VOCAB[locale].body.council);
  for (const d of blocks) {
    expect(c.text, path).toContain(model.get('documents', d.document).text[locale].title);
    for (const b of d.blocks) expect(c.text, `${path} ${b}`).toContain(blockLabel(model, d.document, b, locale));
  }
  // BibTeX: parses without error, one entry per document, with the expected fields.
  const lib = parse(c.bibtex);
  expect(lib.errors, path).toEqual([]);
  expect(lib.entries, path).toHaveLength(blocks.length);
  lib.entries.forEach((e, i) => {
    const d = model.get('documents', blocks[i].document);
    expect(e.type).toBe('misc');
    expect(e.key).toBe([d.id, ...blocks[i].blocks].join('_'));
    expect(e.fields.author).toEqual([{ name: VOCAB[locale].body[d.facts.body] }]);
    expect(e.fields.title).toBe(d.text[locale].title);
    expect(e.fields.year).toBe(String(d.facts.year));
    expect(e.fields.note).toContain(d.facts.session);
    for (const b of blocks[i].blocks) expect(e.fields.note).toContain(blockLabel(model, d.id, b, locale));
    expect(e.fields.langid).toMatch(/^[a-z]+$/);
    checkUrl(e.fields.url, locale, path);
    expect(c.text, path).toContain(e.fields.url);
  });
  // CSL-JSON: parses; a report with its title, URL and date.
  const items = JSON.parse(c.csl) as { type: string; title: string; URL: string; issued: { 'date-parts': number[][] }; language: string }[];
  expect(items, path).toHaveLength(blocks.length);
  items.forEach((item, i) => {
    const d = model.get('documents', blocks[i].document);
    expect(item).toMatchObject({ type: 'report', title: d.text[locale].title, language: language(locale).tag });
    expect(item.issued['date-parts'][0][0]).toBe(d.facts.year);
    expect(item.URL).toBe(lib.entries[i].fields.url);
  });
  // No button without script: the copy buttons are the script's.
  expect(all('button', c.box), path).toEqual([]);
}

describe('every entry page cites the paragraphs it rests on', () => {
  const entries = pages.filter((p) => pageKind(p) in KIND);

  it('covers every kind in every language', () => {
    for (const locale of LOCALES)
      for (const kind of Object.keys(KIND))
        expect(
          entries.some((p) => localeOf(p) === locale && pageKind(p) === kind),
          `${locale} ${kind}`,
        ).toBe(true);
  });

  it.each(LOCALES)('%s: in three formats, the BibTeX parsing, the address an anchor of the site', (locale) => {
    const of = entries.filter((p) => localeOf(p) === locale);
    expect(of.length).toBeGreaterThan(50);
    for (const path of of) {
      const c = citation(path);
      expect(c.summary).toBe(t(locale, 'cite.summary'));
      const id = path.split('/')[3];
      checkFormats(c, restsOn(model, KIND[pageKind(path)], id));
    }
  });
});

describe('a country page cites the paragraphs of the entries that name it; a region member only, none', () => {
  it.each(LOCALES)('%s', (locale) => {
    const of = pages.filter((p) => localeOf(p) === locale && pageKind(p) === 'country');
    const iso = (path: string) => model.countries.find((c) => c.toLowerCase() === path.split('/')[3])!;
    const citing = of.filter((p) => countryRestsOn(model, iso(p)).length > 0);
    expect(citing.length).toBeGreaterThan(10);
    expect(citing.length).toBeLessThan(of.length);
    for (const path of citing) {
      const c = citation(path);
      expect(c.summary).toBe(t(locale, 'cite.summary'));
      checkFormats(c, countryRestsOn(model, iso(path)));
    }
    for (const path of of.filter((p) => !citing.includes(p)))
      expect(
        all('details', main(path)).filter((d) => one('dl', d)),
        `${path}: nothing to cite`,
      ).toEqual([]);
  });
});

describe('the document page cites the document, and gives its script what a block’s citation needs', () => {
  const docs = pages.filter((p) => pageKind(p) === 'document');

  it.each(LOCALES)('%s', (locale) => {
    const of = docs.filter((p) => localeOf(p) === locale);
    expect(of.length).toBeGreaterThan(0);
    for (const path of of) {
      const c = citation(path);
      expect(c.summary).toBe(t(locale, 'cite.document'));
      const id = path.split('/')[3];
      checkFormats(c, [{ document: id, blocks: [] }]);
      expect(new URL((JSON.parse(c.csl) as { URL: string }[])[0].URL).pathname).toBe(path);
      const script = one('script[type="application/json"]', c.box);
      const data = JSON.parse(rawText(script)) as BlockCiteData;
      expect(data.parts).toMatchObject({ key: id, where: [], lang: language(locale).tag, pattern: t(locale, 'cite.plain') });
      expect(data.patterns.paragraph).toBe(t(locale, 'source.paragraph'));
      expect(data.button).toBe(t(locale, 'cite.block', { label: '{label}' }));
      // Every block the script gives a button has its anchor.
      const blocks = model.get('documents', id).facts.blocks;
      for (const b of blocks) expect(ids(path).has(b.id), `${path} #${b.id}`).toBe(true);
    }
  });
});
