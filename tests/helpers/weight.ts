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
