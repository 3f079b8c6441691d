/**
 * The Content Security Policy and security headers, read from the build:
 * every page carries a strict <meta> policy that allows exactly its own inline
 * scripts and styles by hash; dist/_headers carries the same policy as a header
 * (plus frame-ancestors) and the other security headers, and the static server
 * sends them. Whether a browser finds a violation is tests/browser/every-page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { metaPolicy, parsePolicy, sha256 } from '../../src/integrations/csp.ts';
import { parseHeaders } from '../helpers/server.ts';
import { attr, elements, parseHtml, rawText } from '../helpers/parse5.ts';
import { builtPages, fileOf, pageKind } from '../helpers/site.ts';

const pages = builtPages();
const headerRules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
const allPaths = headerRules.find((r) => r.pattern === '/*');
// The documents' rules (one per place pages are) carry the same headers; the home page's stands for them all.
const documentRules = headerRules.filter((r) => r.headers.some(([k]) => k.toLowerCase() === 'content-security-policy'));
const documents = headerRules.find((r) => r.pattern === '/');
const find = (rule: typeof allPaths, name: string) => rule?.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
const header = (name: string) => find(allPaths, name) ?? find(documents, name);

/** What a strict policy must say, whatever hashes it lists. */
function strictnessProblems(policy: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const script = policy.get('script-src') ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:']) {
    if (script.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  for (const s of script) {
    if (!["'self'", "'wasm-unsafe-eval'"].includes(s) && !/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(s))
      problems.push(`script-src allows ${s}`);
  }
  if (!script.length) problems.push('no script-src');
  if ((policy.get('style-src') ?? []).includes("'unsafe-inline'"))
    problems.push("style-src allows 'unsafe-inline' (only style-src-attr may)");
  for (const [name, value] of [
    ['default-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ]) {
    if ((policy.get(name) ?? []).join(' ') !== value) problems.push(`${name} is not ${value}`);
  }
  for (const [name, sources] of policy) {
    for (const s of sources) if (/^(https?:|\*|wss?:)/.test(s)) problems.push(`${name} allows another origin: ${s}`);
  }
  return problems;
}

describe('every page has a strict <meta> policy covering its own inline code (by page kind)', () => {
  const kinds = [...new Set(pages.map(pageKind))].sort();
  test.each(kinds)('%s pages', (kind) => {
    const problems = new Set<string>();
    for (const page of pages.filter((p) => pageKind(p) === kind)) {
      const html = readFileSync(fileOf(page), 'utf8');
      const text = metaPolicy(html);
      if (!text) {
        problems.add(`${page}: no Content-Security-Policy <meta>`);
        continue;
      }
      const policy = parsePolicy(text);
      for (const p of strictnessProblems(policy)) problems.add(`${page}: ${p}`);
      for (const el of elements(parseHtml(html))) {
        // Data blocks (<script type="application/json">) are never executed, so the policy does not govern them.
        const data = el.tagName === 'script' && /json/i.test(attr(el, 'type') ?? '');
        if ((el.tagName === 'script' && attr(el, 'src') === undefined && !data) || el.tagName === 'style') {
          const directive = el.tagName === 'script' ? 'script-src' : 'style-src';
          const hash = `'${sha256(rawText(el))}'`;
          if (!policy.get(directive)?.includes(hash))
            problems.add(`${page}: inline <${el.tagName}> ${hash} not in ${directive}: ${rawText(el).trim().slice(0, 60)}`);
        }
        for (const a of el.attrs) {
          if (/^on/i.test(a.name)) problems.add(`${page}: <${el.tagName} ${a.name}> inline event handler (blocked by the CSP)`);
        }
      }
    }
    expect([...problems]).toEqual([]);
  });
});

describe('dist/_headers', () => {
  test('carries the policy as a header, allowing at least what every page allows, plus frame-ancestors', () => {
    const policy = parsePolicy(header('Content-Security-Policy') ?? '');
    expect(strictnessProblems(policy)).toEqual([]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    const missing = new Set<string>();
    for (const page of pages) {
      for (const [name, sources] of parsePolicy(metaPolicy(readFileSync(fileOf(page), 'utf8')) ?? '')) {
        for (const s of sources) if (!policy.get(name)?.includes(s)) missing.add(`${name} ${s}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  test('carries the security headers an A+ on the MDN HTTP Observatory asks for', () => {
    const maxAge = Number(/max-age=(\d+)/.exec(header('Strict-Transport-Security') ?? '')?.[1] ?? 0);
    expect(maxAge).toBeGreaterThanOrEqual(15_768_000); // six months
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('X-Frame-Options')).toBe('DENY');
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(header('Referrer-Policy'));
    expect(header('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect(header('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(header('Permissions-Policy')).toMatch(/camera=\(\)/);
  });

  test('the documents’ rules cover every page and the favicon, each with the same headers', () => {
    const patterns = documentRules.map((r) => r.pattern);
    expect(patterns).toContain('/');
    expect(patterns).toContain('/404.html');
    expect(patterns).toContain('/favicon.svg');
    const covered = (path: string) => patterns.some((p) => (p.endsWith('/*') ? path.startsWith(p.slice(0, -1)) : path === p));
    expect(pages.filter((p) => !covered(p))).toEqual([]);
    for (const r of documentRules) expect(r.headers, r.pattern).toEqual(documents?.headers);
    // Nothing but documents: scripts, styles, data and the search index are not under them.
    for (const asset of ['/_astro/', '/pagefind/', '/data/'])
      expect(
        patterns.some((p) => p.startsWith(asset)),
        asset,
      ).toBe(false);
  });

  test('is sent by the static server: the document headers with every page, the others with every file', async () => {
    const base = inject('baseUrl');
    for (const path of ['/', '/en/', '/404.html', '/favicon.svg', ...pages.filter((p) => pageKind(p) === 'region').slice(0, 1)]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toBe(header('Content-Security-Policy'));
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('strict-transport-security'), path).toBe(header('Strict-Transport-Security'));
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/data/datapackage.json']) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toBeNull();
      expect(res.headers.get('x-frame-options'), path).toBeNull();
      expect(res.headers.get('strict-transport-security'), path).toBe(header('Strict-Transport-Security'));
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});
