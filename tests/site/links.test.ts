/**
 * Every internal link and resource of every built page resolves: each href,
 * src, srcset, action and og: URL on this site names a file in dist/ (pages
 * with their trailing slash), and each #fragment names an id in the target
 * page. CSS url()s must exist too. Resources (scripts, styles, images, icons,
 * fonts) never come from another origin. The Markdown guides are also checked
 * at build time by starlight-links-validator; this covers the generated pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { attr, elements, parseHtml, type Element } from '../helpers/parse5.ts';
import { builtPages, fileOf, pageKind } from '../helpers/site.ts';

/** Origins that are this site: the local one used to resolve, and the configured public one (canonical, og:url, sitemap). */
const LOCAL = 'http://site.invalid';
const SITE = new URL(process.env.SITE_URL ?? 'https://regional-presence.example.org').origin;

interface Ref {
  url: string;
  /** A resource the browser fetches by itself, as opposed to a link the reader follows. */
  resource: boolean;
  where: string;
}

const RESOURCE_TAGS = new Set(['script', 'img', 'source', 'video', 'audio', 'track', 'iframe', 'embed', 'input', 'image', 'use']);
const NAVIGATION_RELS = new Set(['canonical', 'alternate', 'sitemap', 'prev', 'next', 'author', 'help', 'license', 'search']);

function refsOf(el: Element): Ref[] {
  const where = `<${el.tagName}${attr(el, 'id') ? `#${attr(el, 'id')}` : ''}>`;
  const refs: Ref[] = [];
  const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
  const linkIsResource = el.tagName === 'link' && !rel.every((r) => NAVIGATION_RELS.has(r));
  for (const name of ['href', 'src', 'xlink:href', 'action', 'poster', 'data']) {
    const v = attr(el, name);
    if (v === undefined) continue;
    refs.push({ url: v, resource: RESOURCE_TAGS.has(el.tagName) || linkIsResource, where: `${where} ${name}` });
  }
  for (const name of ['srcset', 'imagesrcset']) {
    const v = attr(el, name);
    if (v) for (const c of v.split(',')) refs.push({ url: c.trim().split(/\s+/)[0], resource: true, where: `${where} ${name}` });
  }
  const property = attr(el, 'property') ?? attr(el, 'name');
  if (el.tagName === 'meta' && property && /^(og:url|og:image|twitter:image)$/.test(property)) {
    refs.push({ url: attr(el, 'content') ?? '', resource: false, where: `<meta ${property}>` });
  }
  return refs;
}

/** The dist file a same-site pathname names, or an error. Pages need their trailing slash. */
function targetFile(pathname: string): { file?: string; error?: string } {
  const path = decodeURIComponent(pathname);
  if (path.endsWith('/')) {
    const file = join(DIST, path, 'index.html');
    return existsSync(file) ? { file } : { error: 'no such page' };
  }
  const file = join(DIST, path);
  if (!existsSync(file)) return { error: 'no such file' };
  if (statSync(file).isDirectory()) return { error: 'page linked without its trailing slash' };
  return { file };
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set();
    for (const el of elements(parseHtml(readFileSync(file, 'utf8')))) {
      const id = attr(el, 'id');
      if (id) ids.add(id);
      if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
    }
    idCache.set(file, ids);
  }
  return ids;
}

/** Problems with one reference from a page, as readable strings. */
function check(ref: Ref, page: string): string[] {
  const raw = ref.url.trim();
  if (raw === '') return [`${ref.where}: empty URL`];
  if (/^javascript:/i.test(raw)) return [`${ref.where}: javascript: URL (blocked by the CSP)`];
  if (/^(mailto|tel|data|blob):/i.test(raw)) return [];
  const url = new URL(raw, LOCAL + page);
  if (url.origin !== LOCAL && url.origin !== SITE) {
    return ref.resource ? [`${ref.where}: resource from another origin ${raw}`] : [];
  }
  const { file, error } = targetFile(url.pathname);
  if (error) return [`${ref.where}: ${raw} → ${error}`];
  if (url.hash.length > 1) {
    if (!file!.endsWith('.html')) return [`${ref.where}: ${raw} → fragment on a non-HTML file`];
    // A text directive (#p2-4:~:text=…) is not part of the anchor: browsers strip it before finding the id.
    const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0]);
    if (!idsOf(file!).has(id)) return [`${ref.where}: ${raw} → no element with id "${id}"`];
  }
  return [];
}

const pages = builtPages();

test('the crawl sees every kind of link target (pages, fragments, assets)', () => {
  const all = pages.flatMap((p) => elements(parseHtml(readFileSync(fileOf(p), 'utf8'))).flatMap(refsOf));
  expect(all.some((r) => r.url.includes('#') && !r.url.startsWith('#'))).toBe(true);
  expect(all.some((r) => r.resource && r.url.includes('/_astro/'))).toBe(true);
  expect(all.filter((r) => !r.resource).length).toBeGreaterThan(pages.length * 10);
});

describe('every link and resource of every page resolves (by page kind)', () => {
  const kinds = [...new Set(pages.map(pageKind))].sort();
  test.each(kinds)('%s pages', (kind) => {
    const problems = new Map<string, string[]>();
    for (const page of pages.filter((p) => pageKind(p) === kind)) {
      for (const ref of elements(parseHtml(readFileSync(fileOf(page), 'utf8'))).flatMap(refsOf)) {
        for (const problem of check(ref, page)) problems.set(problem, [...(problems.get(problem) ?? []), page]);
      }
    }
    // One line per distinct problem, with how many pages have it: a shared header link breaks hundreds at once.
    expect([...problems].map(([problem, on]) => `${problem} (on ${on.length} page${on.length > 1 ? 's' : ''}, e.g. ${on[0]})`)).toEqual([]);
  });
});

test('every url() in the built CSS resolves to a file or is a data: URL', () => {
  const problems: string[] = [];
  const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
  expect(css.length).toBeGreaterThan(0);
  for (const f of css) {
    const text = readFileSync(join(DIST, '_astro', f), 'utf8');
    for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const ref = m[2];
      if (ref.startsWith('data:') || ref.startsWith('#')) continue;
      const url = new URL(ref, `${LOCAL}/_astro/${f}`);
      if (url.origin !== LOCAL) problems.push(`${f}: url(${ref}) from another origin`);
      else if (targetFile(url.pathname).error) problems.push(`${f}: url(${ref}) → no such file`);
    }
  }
  expect(problems).toEqual([]);
});
