/**
 * Editions are data: a build of the small base tree plus a second, short
 * edition (tests/fixtures/two-editions/) that is the current one. No file of
 * src/ changes. Both editions have their pages side by side at
 * /<locale>/documents/<id>/, each with its own paragraph anchors (they share
 * block ids); an activity cited by both lists both citations, each labelled
 * with its edition and linked to that edition's anchor; the document pages
 * list the entries citing each block of their own edition only; and
 * /<locale>/document/ leads to the current edition.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { buildEnv } from '../helpers/build.ts';
import { all, links, one, text } from '../helpers/html.ts';
import { expectRedirect } from '../helpers/pages.ts';
import { makeTree, removeTree } from '../helpers/tree.ts';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel, type Model } from '../../src/model/model.ts';
import { LOCALES, type Locale } from '../../src/schemas/vocab.ts';
import { t } from '../../src/i18n/ui.ts';

const FIXTURE = 'tests/fixtures/two-editions';
const OLD = 'c24-regional-presence';
const NEW = 'c25-regional-presence';
const named = (blocks: string) => [`source:\n  blocks: ${blocks}`, `source:\n  document: ${OLD}\n  blocks: ${blocks}`] as [string, string];

let root = '';
let outDir = '';
let seconds = 0;
let model: Model;

beforeAll(() => {
  root = makeTree({
    edit: {
      // The base tree's document is now the previous edition ...
      [`content/documents/${OLD}.yaml`]: [['status: current', 'status: previous']],
      // ... so its entries name it (a source without document is the current edition).
      'content/references/kap.yaml': [named('[p1-1]')],
      'content/resolutions/pp-25.yaml': [named('[p1-1]')],
      'content/regions/ams.yaml': [named('[p1-1]')],
      'content/regions/afr.yaml': [named('[p3-3]')],
      'content/forums/rdf-afr-2023.yaml': [named('[p3-3]')],
      // The workshop is cited by both editions; p1-1 is a block id both have.
      'content/activities/afr-workshop-2023.yaml': [
        ['blocks: [p3-3-1]', `blocks: [p3-3-1]\n  also: [{ document: ${NEW}, blocks: [p1-1, p2-1-1] }]`],
      ],
    },
  });
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  const loaded = loadContent('content', root);
  if (loaded.problems.length) throw new Error(`fixture has problems: ${JSON.stringify(loaded.problems)}`);
  model = buildModel(loaded.set);
  // Inside the project: Astro puts its prerender chunks next to an outDir within the working directory,
  // but for one outside it (a temporary tree) in the shared ./.astro/, where builds of other test files running
  // at the same time would overwrite them.
  outDir = mkdtempSync(join(process.cwd(), 'node_modules', '.two-editions-dist-'));
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'tests/build/astro.config.mjs', '--outDir', outDir],
    {
      encoding: 'utf8',
      env: { ...buildEnv(), CONTENT_ROOT: join(root, 'content'), TEST_CACHE_DIR: join(root, '.cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    },
  );
  seconds = (Date.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`astro build failed:\n${`${r.stdout}\n${r.stderr}`.slice(-4000)}`);
  console.log(`two-editions build: ${seconds.toFixed(1)} s`);
});
afterAll(() => {
  if (root) removeTree(root);
  if (outDir) removeTree(outDir);
});

const parsed = new Map<string, Root>();
const page = (path: string): Root => {
  const file = join(outDir, path, 'index.html');
  expect(existsSync(file), `${path} was built`).toBe(true);
  if (!parsed.has(path)) parsed.set(path, fromHtml(readFileSync(file, 'utf8')));
  return parsed.get(path)!;
};
const mainOf = (r: Root) => one('main', r)!;
const docPath = (locale: Locale, id: string) => `/${locale}/documents/${id}/`;
/** A block's own content: its element without the nested blocks. */
const own = (el: Element): Element => ({
  ...el,
  children: el.children.filter((c) => !(c.type === 'element' && (Boolean(c.properties.id) || c.tagName === 'ul'))),
});

test('the model: two editions, the fixture one current, and the workshop citing both', () => {
  expect(model.documents.map((d) => d.id)).toEqual([OLD, NEW]);
  expect(model.currentDocument.id).toBe(NEW);
  const citers = (doc: string, block: string) => model.blockLinks(doc, block).map((l) => `${l.collection}/${l.id}`);
  expect(citers(NEW, 'p1-1')).toEqual(['activities/afr-workshop-2023', 'activities/afr-followup-2025']);
  // The old edition's key figure states its p1-1 too: a document's own link, which its page does not list.
  expect(citers(OLD, 'p1-1')).toEqual(['regions/ams', 'resolutions/pp-25', 'references/kap', `documents/${OLD}`]);
});

describe.each(LOCALES)('%s', (locale) => {
  test('each edition has its page, with its title and exactly its own blocks as anchors', () => {
    for (const d of model.documents) {
      const m = mainOf(page(docPath(locale, d.id)));
      const ids = all('[id]', m)
        .map((e) => String(e.properties.id))
        .filter((id) => id !== 'source-quote');
      const blockIds = d.facts.blocks.map((b) => b.id);
      // Every block once, in order; no block of the other edition.
      expect(ids.filter((id) => blockIds.includes(id))).toEqual(blockIds);
      expect(new Set(ids).size, `${d.id}: unique ids`).toBe(ids.length);
      const other = model.documents.find((x) => x.id !== d.id)!;
      const foreign = other.facts.blocks.map((b) => b.id).filter((b) => !blockIds.includes(b));
      expect(
        ids.filter((id) => foreign.includes(id)),
        d.id,
      ).toEqual([]);
      expect(text(one('h1', page(docPath(locale, d.id)))!)).toBe(d.text[locale].title);
      // The same block id, its own text in each edition.
      expect(text(own(one('[id="p1-1"]', m)!))).toContain(d.text[locale].blocks!['p1-1']);
    }
  });

  test('each block lists the entries citing it in that edition, and no other', () => {
    for (const d of model.documents) {
      const m = mainOf(page(docPath(locale, d.id)));
      for (const b of d.facts.blocks) {
        const want = model
          .blockLinks(d.id, b.id)
          .filter((l) => l.collection !== 'documents')
          .map((l) => `/${locale}/${l.collection}/${l.id}/`);
        const have = links(own(one(`[id="${b.id}"]`, m)!))
          .map((l) => l.href)
          .filter((h) => !h.startsWith('#'));
        expect(have, `${d.id} ${b.id}`).toEqual(want);
      }
    }
    // Explicitly, for the shared id: p1-1 of the new edition is cited by the two activities only.
    const p11 = (id: string) =>
      links(own(one('[id="p1-1"]', mainOf(page(docPath(locale, id))))!))
        .map((l) => l.href)
        .filter((h) => !h.startsWith('#'));
    expect(p11(NEW)).toEqual([`/${locale}/activities/afr-workshop-2023/`, `/${locale}/activities/afr-followup-2025/`]);
    expect(p11(OLD)).toEqual([`/${locale}/regions/ams/`, `/${locale}/resolutions/pp-25/`, `/${locale}/references/kap/`]);
  });

  test('an activity cited by both editions lists both citations, each labelled with its edition and linked to its anchor', () => {
    const m = mainOf(page(`/${locale}/activities/afr-workshop-2023/`));
    const source = all('p', m).find((p) => text(p).startsWith(t(locale, 'source.label')))!;
    const label = (edition: string, l: string) => t(locale, 'source.edition', { edition, label: l });
    const para = (n: string) => t(locale, 'source.paragraph', { n });
    const bullet = (n: string, b: string) => t(locale, 'source.bullet', { n, b });
    const want = [
      { href: `${docPath(locale, OLD)}#p3-3-1`, text: label('C24', bullet('3.3', '1')) },
      { href: `${docPath(locale, NEW)}#p1-1`, text: label('C25', para('1.1')) },
      { href: `${docPath(locale, NEW)}#p2-1-1`, text: label('C25', bullet('2.1', '1')) },
    ];
    // Spaces folded: French sets a no-break space before its colon, which the page's text may show as either.
    const folded = (ls: { href: string; text: string }[]) => ls.map((l) => ({ ...l, text: l.text.replace(/\s+/gu, ' ') }));
    expect(folded(links(source))).toEqual(folded(want));
    // The quotes: each edition's own words, linked the same way.
    const quotes = all('blockquote', m);
    expect(quotes.map((q) => String(q.properties.cite))).toEqual(want.map((w) => w.href));
    const texts = [
      model.get('documents', OLD).text[locale].blocks!['p3-3-1'],
      model.get('documents', NEW).text[locale].blocks!['p1-1'],
      model.get('documents', NEW).text[locale].blocks!['p2-1-1'],
    ];
    quotes.forEach((q, i) => expect(text(q)).toContain(texts[i]));
    // Each link lands on an anchor of the edition it names.
    for (const w of want) {
      const [path, hash] = w.href.split('#');
      expect(one(`[id="${hash}"]`, mainOf(page(path))), w.href).toBeDefined();
    }
  });

  test('an activity cited by one edition (the current one, by default) has unlabelled citations', () => {
    const m = mainOf(page(`/${locale}/activities/afr-followup-2025/`));
    const source = all('p', m).find((p) => text(p).startsWith(t(locale, 'source.label')))!;
    expect(links(source)).toEqual([
      { href: `${docPath(locale, NEW)}#p1-1`, text: t(locale, 'source.paragraph', { n: '1.1' }) },
      { href: `${docPath(locale, NEW)}#p2-1`, text: t(locale, 'source.paragraph', { n: '2.1' }) },
    ]);
  });

  test('/document/ redirects to the current edition, and the navigation leads there', () => {
    expectRedirect(page(`/${locale}/document/`), docPath(locale, NEW), locale);
    const nav = links(page(`/${locale}/`)).filter((l) => l.text === t(locale, 'nav.document'));
    expect(nav.length).toBeGreaterThan(0);
    expect(new Set(nav.map((l) => l.href))).toEqual(new Set([docPath(locale, NEW)]));
  });
});

test('the build stays quick', () => {
  expect(seconds).toBeLessThan(120);
});
