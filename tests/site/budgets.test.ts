/**
 * Size budgets per page kind, gzipped, in the spirit of Starlight's own CI
 * (HTML ≤ 7 kB, JS ≤ 27 kB, CSS ≤ 16.75 kB): every page of a kind must fit its
 * kind's budget for HTML, for the JavaScript it runs at load and for its CSS
 * (see tests/helpers/weight.ts for what counts). A page kind without a budget
 * fails: give a new kind of page a budget deliberately.
 *
 * Budgets are the largest page measured when they were set plus about 10 %
 * headroom. Run with
 * `npm run test:site -- budgets` to see the measured table.
 */
import { describe, expect, test } from 'vitest';
import { builtPages, pageKind } from '../helpers/site.ts';
import { pageWeight, type Weight } from '../helpers/weight.ts';

const kB = 1024;
/** Gzipped bytes per kind. Measured maxima when set (HTML / JS / CSS, kB) in comments. */
export const BUDGETS: Record<string, Weight> = {
  // Re-set after maps, timelines, locator maps, explorers and the Chinese search terms landed, and lowered
  // for the figure kinds by issue 14 (compact, merged map geometry; the search dialog's CSS on demand):
  // measured maximum (HTML / JS / CSS, kB) in comments, budget about 10 % above it.
  chooser: { html: 3 * kB, js: 1.5 * kB, css: 0.5 * kB }, // 2.54 / 1.09 / 0.24: six languages, each in itself
  redirect: { html: 2 * kB, js: 1.5 * kB, css: 0.5 * kB }, // 1.71 / 1.09 / 0.24: /<locale>/document/ → the current edition
  home: { html: 16.5 * kB, js: 10 * kB, css: 11.5 * kB }, // 14.73 / 9.14 / 10.45: the overview map, regions merged (issue 14)
  document: { html: 26 * kB, js: 9 * kB, css: 11 * kB }, // 23.43 / 7.88 / 9.44: the whole document
  lists: { html: 26 * kB, js: 9 * kB, css: 11 * kB }, // forum and resolution explorers, other indexes; below the activity explorer's
  explorer: { html: 29 * kB, js: 9 * kB, css: 11 * kB }, // 26.26 (Russian) / 8.08 / 9.90: the activity explorer carries its rows as data
  region: { html: 21 * kB, js: 8.5 * kB, css: 11.5 * kB }, // 19.07 / 7.87 / 10.45: region map and lane
  forum: { html: 16.5 * kB, js: 8.5 * kB, css: 11.5 * kB }, // 14.80 / 7.87 / 10.45
  activity: { html: 16.5 * kB, js: 8.5 * kB, css: 11.5 * kB }, // 14.79 / 7.87 / 10.45: locator map and context timeline
  resolution: { html: 9.5 * kB, js: 7.5 * kB, css: 10.5 * kB }, // 8.50 / 6.55 / 9.44
  organization: { html: 8.5 * kB, js: 7.5 * kB, css: 10.5 * kB }, // 7.48 / 6.55 / 9.44
  country: { html: 11 * kB, js: 8.5 * kB, css: 11.5 * kB }, // 9.63 / 7.81 / 10.45: locator map
  reference: { html: 11.5 * kB, js: 7.5 * kB, css: 10.5 * kB }, // 10.11 / 6.55 / 9.44
  guides: { html: 16 * kB, js: 10 * kB, css: 14.5 * kB }, // 14.03 / 9.02 / 13.29
  status: { html: 29 * kB, js: 10 * kB, css: 14.5 * kB }, // 26.32 / 9.02 / 13.29: the translation status, 149 entries × 5 translated languages
  404: { html: 6.5 * kB, js: 6.5 * kB, css: 10.5 * kB }, // 5.55 / 5.61 / 9.44
  map: { html: 32 * kB, js: 8.5 * kB, css: 11.5 * kB }, // 28.82 / 7.81 / 10.45
  // Two drawings since issue 14's phones: the wide one, and the same items down the page for narrow screens.
  timeline: { html: 23 * kB, js: 8.5 * kB, css: 11.5 * kB }, // 20.76 (Russian) / 7.81 / 10.45
  data: { html: 12.5 * kB, js: 7.5 * kB, css: 10.5 * kB }, // 11.45 / 6.84 / 9.56: downloads, preview, API examples, calendars
};

const pages = builtPages();
const weights = new Map(pages.map((p) => [p, pageWeight(p)]));
const kinds = [...new Set(pages.map(pageKind))].sort();
const kb = (n: number) => `${(n / kB).toFixed(2)} kB`;

test('the measured weights, largest page per kind (gzipped)', () => {
  const rows = kinds.map((kind) => {
    const of = pages.filter((p) => pageKind(p) === kind).map((p) => weights.get(p)!);
    const max = (k: keyof Weight) => Math.max(...of.map((w) => w[k]));
    return `${kind.padEnd(13)} ${String(of.length).padStart(4)} pages  html ${kb(max('html')).padStart(9)}  js ${kb(max('js')).padStart(8)}  css ${kb(max('css')).padStart(9)}`;
  });
  console.log(rows.join('\n'));
  // Sanity: the measure sees scripts and stylesheets at all.
  expect([...weights.values()].every((w) => w.html > 0 && w.css > 0)).toBe(true);
  expect([...weights.values()].some((w) => w.js > 0)).toBe(true);
});

describe('every page fits the budget of its kind', () => {
  test.each(kinds)('%s pages', (kind) => {
    const budget = BUDGETS[kind];
    expect(budget, `no size budget for page kind "${kind}": add one to tests/site/budgets.test.ts`).toBeDefined();
    const over: string[] = [];
    for (const page of pages.filter((p) => pageKind(p) === kind)) {
      const w = weights.get(page)!;
      for (const k of ['html', 'js', 'css'] as const) if (w[k] > budget[k]) over.push(`${page}: ${k} ${kb(w[k])} > ${kb(budget[k])}`);
    }
    expect(over).toEqual([]);
  });
});
