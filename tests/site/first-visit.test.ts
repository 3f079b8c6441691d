/**
 * Issue 14's weight limits: what a first visit downloads from the site,
 * gzipped, counting everything the page loads (HTML, CSS, JS, SVG, fonts,
 * data; tests/helpers/weight.ts `firstVisit`), except the search index that
 * loads on demand. Every page of each kind counts, so the limit holds for the
 * largest one, in every language of the site (src/i18n/registry.ts: a
 * language that lands is covered without a change here). A language without
 * a page of one of these kinds fails: the page is missing.
 *
 * `npm run test:site -- first-visit` prints the largest page per kind and
 * language and what it loads.
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../src/i18n/registry.ts';
import { builtPages, pageKind } from '../helpers/site.ts';
import { firstVisit } from '../helpers/weight.ts';

const kB = 1024;
/** Issue 14, "Weight limits": first visit, gzipped. */
const FIRST_VISIT_LIMITS: Record<string, number> = {
  home: 35 * kB,
  region: 35 * kB,
  activity: 27 * kB,
  forum: 30 * kB,
  map: 60 * kB,
  timeline: 40 * kB,
  explorer: 40 * kB,
  document: 40 * kB,
};

const pages = builtPages();
const kb = (n: number) => `${(n / kB).toFixed(2)} kB`;
const inLanguage = (code: string) => pages.filter((p) => p.split('/')[1] === code);

test('the first-visit weights, largest page per kind and language (gzipped)', () => {
  const rows: string[] = [];
  for (const { code } of LANGUAGES)
    for (const kind of Object.keys(FIRST_VISIT_LIMITS)) {
      const of = inLanguage(code).filter((p) => pageKind(p) === kind);
      if (of.length === 0) continue;
      const [page, w] = of.map((p) => [p, firstVisit(p)] as const).reduce((a, b) => (b[1].total > a[1].total ? b : a));
      const files = [...w.files].map(([f, n]) => `${f} ${kb(n)}`).join(', ');
      rows.push(`${code.padEnd(6)} ${kind.padEnd(9)} ${kb(w.total).padStart(9)} (html ${kb(w.html)}; ${files})  ${page}`);
    }
  console.log(rows.join('\n'));
  expect(rows.length).toBeGreaterThan(0);
});

test('the measure counts what a page loads: scripts, stylesheets and the icon', () => {
  const home = firstVisit(`/${LANGUAGES[0].code}/`);
  const names = [...home.files.keys()];
  expect(names.some((f) => f.endsWith('.js'))).toBe(true);
  expect(names.some((f) => f.endsWith('.css'))).toBe(true);
  expect(names).toContain('/favicon.svg');
  expect(home.total).toBe(home.html + [...home.files.values()].reduce((a, b) => a + b, 0));
});

describe.each(LANGUAGES.map((l) => l.code))('in %s, every page fits its first-visit limit', (code) => {
  test.each(Object.entries(FIRST_VISIT_LIMITS))('%s', (kind, limit) => {
    const of = inLanguage(code).filter((p) => pageKind(p) === kind);
    expect(of.length, `no ${kind} page in ${code}`).toBeGreaterThan(0);
    const over = of.map((p) => [p, firstVisit(p).total] as const).filter(([, n]) => n > limit);
    expect(over.map(([p, n]) => `${p}: ${kb(n)} > ${kb(limit)}`)).toEqual([]);
  });
});
