/**
 * What a page costs to load, gzipped: its HTML, the JavaScript it runs at load
 * (module scripts and their static imports, inline scripts; not what loads
 * later on demand, like Pagefind when search opens), and its CSS (stylesheets,
 * their @imports, inline styles). Each file counts once per page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './dist.ts';
import { attr, elements, parseHtml, rawText } from './parse5.ts';
import { fileOf } from './site.ts';

export interface Weight {
  html: number;
  js: number;
  css: number;
}

const gzCache = new Map<string, number>();
function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}
function gzFile(file: string): number {
  let n = gzCache.get(file);
  if (n === undefined) gzCache.set(file, (n = gzipSize(readFileSync(file))));
  return n;
}

/** A same-origin URL path as a dist file, or undefined for other origins. */
function distFile(url: string, from: string): string | undefined {
  const u = new URL(url, `http://local${from}`);
  if (u.origin !== 'http://local') return undefined;
  const file = join(DIST, decodeURIComponent(u.pathname));
  if (!existsSync(file)) throw new Error(`${from}: ${url} is not in dist/`);
  return file;
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`); dynamic import() is lazy and left out. */
function staticImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)) out.push(m[1]);
  return out;
}

function withImports(file: string, seen: Set<string>, follow: (source: string) => string[], urlOf: (f: string) => string) {
  if (seen.has(file)) return;
  seen.add(file);
  for (const spec of follow(readFileSync(file, 'utf8'))) {
    const dep = distFile(spec, urlOf(file));
    if (dep) withImports(dep, seen, follow, urlOf);
  }
}

const cssImports = (source: string) => [...source.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((m) => m[1]);
const urlOf = (file: string) => `/${file.slice(DIST.length + 1)}`;

export function pageWeight(path: string): Weight {
  const html = readFileSync(fileOf(path), 'utf8');
  const jsFiles = new Set<string>();
  const cssFiles = new Set<string>();
  let js = 0;
  let css = 0;
  for (const el of elements(parseHtml(html))) {
    if (el.tagName === 'script') {
      const type = attr(el, 'type') ?? '';
      if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue;
      const src = attr(el, 'src');
      if (src === undefined) js += gzipSize(rawText(el));
      else {
        const file = distFile(src, path);
        if (file) withImports(file, jsFiles, staticImports, urlOf);
      }
    } else if (el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).includes('stylesheet')) {
      const file = distFile(attr(el, 'href') ?? '', path);
      if (file) withImports(file, cssFiles, cssImports, urlOf);
    } else if (el.tagName === 'style') {
      css += gzipSize(rawText(el));
    }
  }
  for (const f of jsFiles) js += gzFile(f);
  for (const f of cssFiles) css += gzFile(f);
  return { html: gzipSize(html), js, css };
}

/** What a first visit downloads from the site, gzipped: the page and every file it loads (each once). */
export interface FirstVisit {
  /** All bytes: the HTML (inline scripts and styles included, once) plus every file below. */
  total: number;
  html: number;
  /** Each file the page loads at load time, by site path, gzipped. */
  files: Map<string, number>;
}

const cssUrls = (source: string) =>
  [...source.matchAll(/url\(\s*["']?([^"')\s]+)["']?\s*\)/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:') && !u.startsWith('#'));

/**
 * Everything a first visit loads from the site, gzipped, for the budgets of
 * issue 14: the HTML, its module scripts and their static imports, its
 * stylesheets (print ones too: browsers fetch them) with their @imports and
 * the files their url()s name (fonts, images), images (`img`, SVG `image` and
 * `use` to a file), icons and preloads. Not what loads on demand (dynamic
 * import(): Pagefind when search opens).
 */
export function firstVisit(path: string): FirstVisit {
  const text = readFileSync(fileOf(path), 'utf8');
  const files = new Set<string>();
  const add = (url: string, from: string) => {
    if (!url || url.startsWith('data:') || url.startsWith('#')) return undefined;
    const file = distFile(url.split('#')[0], from);
    if (file) files.add(file);
    return file;
  };
  const cssFollow = (source: string) => [...cssImports(source), ...cssUrls(source)];
  for (const el of elements(parseHtml(text))) {
    const tag = el.tagName;
    if (tag === 'script') {
      const type = attr(el, 'type') ?? '';
      const src = attr(el, 'src');
      if (src === undefined || (type && !/^(module|text\/javascript|application\/javascript)$/.test(type))) continue;
      const file = distFile(src, path);
      if (file) withImports(file, files, staticImports, urlOf);
    } else if (tag === 'link') {
      const rel = (attr(el, 'rel') ?? '').split(/\s+/);
      const href = attr(el, 'href') ?? '';
      if (rel.includes('stylesheet')) {
        const file = distFile(href, path);
        // A stylesheet's imports and url()s, each resolved from the stylesheet itself.
        if (file) withImports(file, files, (s) => (file.endsWith('.css') ? cssFollow(s) : []), urlOf);
      } else if (rel.some((r) => ['icon', 'preload', 'modulepreload'].includes(r))) add(href, path);
    } else if (tag === 'img') {
      add(attr(el, 'src') ?? '', path);
      for (const part of (attr(el, 'srcset') ?? '').split(',')) add(part.trim().split(/\s+/)[0] ?? '', path);
    } else if (tag === 'image' || tag === 'use') {
      add(attr(el, 'href') ?? attr(el, 'xlink:href') ?? '', path);
    } else if (tag === 'style') {
      for (const u of cssUrls(rawText(el))) add(u, path);
    }
  }
  const html = gzipSize(text);
  const sizes = new Map([...files].sort().map((f) => [urlOf(f), gzFile(f)]));
  return { total: html + [...sizes.values()].reduce((a, b) => a + b, 0), html, files: sizes };
}
