/**
 * A language is data: a build with a THIRD language, Hebrew (right to left),
 * that only tests/fixtures/third-language/ supplies: its locale entry and
 * strings (languages/he.ts, found through EXTRA_LANGUAGES_DIR) and its texts
 * (content/text/he/, added to the small base content tree). No file of src/
 * changes. Its pages exist (home, an entry, the document), carry lang and dir
 * from the entry, and show its strings.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { buildEnv } from '../helpers/build.ts';
import { all, fold, links, one, text } from '../helpers/html.ts';
import { makeTree, removeTree } from '../helpers/tree.ts';
import he from '../fixtures/third-language/languages/he.ts';
import { LANGUAGES, SOURCE_LOCALE, language } from '../../src/i18n/registry.ts';

const FIXTURE = 'tests/fixtures/third-language';
let root = '';
let outDir = '';
let seconds = 0;

beforeAll(() => {
  root = makeTree();
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  outDir = join(root, 'dist');
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'tests/build/astro.config.mjs', '--outDir', outDir],
    {
      encoding: 'utf8',
      env: {
        ...buildEnv(),
        CONTENT_ROOT: join(root, 'content'),
        EXTRA_LANGUAGES_DIR: resolve(FIXTURE, 'languages'),
        TEST_CACHE_DIR: join(root, '.cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    },
  );
  seconds = (Date.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`astro build failed:\n${`${r.stdout}\n${r.stderr}`.slice(-4000)}`);
  console.log(`third-language build: ${seconds.toFixed(1)} s`);
});
afterAll(() => root && removeTree(root));

const page = (path: string): Root => {
  const file = join(outDir, path, 'index.html');
  expect(existsSync(file), `${path} was built`).toBe(true);
  return fromHtml(readFileSync(file, 'utf8'));
};
const html = (t: Root) => select('html', t)!;
const mainOf = (t: Root) => select('main', t)!;

/** The document page: /he/documents/<id>/ (/he/document/ is the redirect to it). */
function documentPath(): string {
  const ids = existsSync(join(outDir, 'he/documents')) ? readdirSync(join(outDir, 'he/documents')) : [];
  const id = ids.find((d) => existsSync(join(outDir, 'he/documents', d, 'index.html')));
  if (!id) throw new Error('no Hebrew document page');
  return `/he/documents/${id}/`;
}

describe('a build with a third language supplied by a fixture', () => {
  test('the source under src/ knows nothing of it', () => {
    expect(existsSync('src/i18n/languages/he.ts')).toBe(false);
    expect(existsSync('src/i18n/strings/he.ts')).toBe(false);
    expect(existsSync('content/text/he')).toBe(false);
  });

  test('the root page offers it, in itself, with its lang and dir', () => {
    const t = fromHtml(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const section = all('main section', t).find((s) => s.properties.lang === 'he');
    expect(section, 'a Hebrew section').toBeDefined();
    expect(section!.properties.dir).toBe('rtl');
    expect(text(one('h1', section!)!)).toBe(he.strings['site.title']);
    expect(links(section!)).toEqual([{ href: '/he/', text: he.strings['lang.enter'] }]);
    expect(all('link[rel="alternate"]', t).map((l) => [l.properties.hrefLang, l.properties.href])).toContainEqual(['he', '/he/']);
    // The source language first, then by code.
    expect(all('main section', t).map((s) => s.properties.lang)).toEqual([
      language(SOURCE_LOCALE).tag,
      ...[...LANGUAGES.filter((l) => l.code !== SOURCE_LOCALE).map((l) => l.code), 'he']
        .sort()
        .map((c) => (c === 'he' ? 'he' : language(c).tag)),
    ]);
  });

  test('its home page: lang, dir, title, navigation and the translation notice in its strings', () => {
    const t = page('/he/');
    expect(html(t).properties).toMatchObject({ lang: 'he', dir: 'rtl' });
    expect(fold(text(select('title', t)!))).toContain(he.strings['site.title']);
    const nav = text(select('nav[aria-label]', t) ?? t);
    for (const k of ['nav.home', 'nav.document', 'nav.activities'] as const) expect(nav).toContain(he.strings[k]);
    expect(text(mainOf(t))).toContain(he.strings['lang.translation']);
    // The search dialog (its texts at data-dialog, loaded when search is first used) counts results with its
    // Intl locale and numbering system.
    const search = select('site-search', t)!;
    expect(search.properties.dataDialog).toBe('/he/search-dialog.json');
    const dialog = JSON.parse(readFileSync(join(outDir, 'he', 'search-dialog.json'), 'utf8')) as { title: string; strings: unknown };
    expect(dialog.strings).toMatchObject({ intl: 'he-u-nu-latn' });
    expect(dialog.title).toBe(he.strings['search.title']);
  });

  test('an entry page: its text, its kind, its dates as Intl writes them, its source line', () => {
    const t = page('/he/activities/afr-workshop-2023/');
    expect(html(t).properties).toMatchObject({ lang: 'he', dir: 'rtl' });
    const m = mainOf(t);
    expect(text(select('h1', t)!)).toBe('סדנת בדיקה');
    expect(text(m)).toContain(he.strings['entity.activities']);
    expect(text(m)).toContain('גוף הטקסט של הפעילות.');
    expect(text(m)).toContain(he.strings['lang.translation']);
    const date = new Intl.DateTimeFormat('he', {
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    expect(text(m)).toContain(fold(date.format(new Date('2023-09-27T00:00:00Z'))));
    expect(text(m)).toContain(`${he.strings['source.label']}${he.punctuation.colon.trim()}`);
    // Country names in its language, from i18n-iso-countries.
    expect(links(m).map((l) => l.href)).toContain('/he/countries/et/');
  });

  test('the document page exists in it, with its blocks', () => {
    const t = page(documentPath());
    expect(html(t).properties).toMatchObject({ lang: 'he', dir: 'rtl' });
    expect(text(mainOf(t))).toContain('סעיף 1.1.');
  });

  test('Starlight lists it in the language chooser, by its name in itself', () => {
    const t = page('/en/');
    const options = all('starlight-lang-select option', t).map((o) => text(o));
    expect(options).toEqual(expect.arrayContaining(['简体中文', 'English', 'עברית']));
  });

  test('its timeline is drawn right to left, with years as Intl writes them', () => {
    const t = page('/he/timeline/');
    const svg = all('[data-dir]', t);
    expect(svg.length).toBeGreaterThan(0);
    for (const e of svg) expect(e.properties.dataDir).toBe('rtl');
    expect(text(mainOf(t))).toContain(
      new Intl.DateTimeFormat('he', { numberingSystem: 'latn', year: 'numeric', timeZone: 'UTC' }).format(new Date('2023-06-01T00:00:00Z')),
    );
  });
});
