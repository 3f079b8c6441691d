/**
 * Issue 14, print: region, forum and activity pages and the document print as
 * clean A4 briefs (src/styles/print.css). In every language, the largest page
 * of each of the four kinds (the hardest to fit) is printed to PDF in Chromium
 * in the dark theme (the print must still be black on white), and the PDF is
 * read back: every page A4, a page count within the bounds below. The same
 * page laid out as print at the A4 content width must not overflow it; its
 * navigation, search and controls are gone; the link targets, the paragraph
 * references and the quotes (the originals folded away on screen included)
 * are there. The PDFs are kept in test-results/print/ for a human to look at.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { launch } from '../helpers/browser.ts';
import { themedContext } from '../helpers/audit.ts';
import { builtPages, fileOf, localeOf, pageKind } from '../helpers/site.ts';
import { LANGUAGES, language } from '../../src/i18n/registry.ts';
import type { Locale } from '../../src/schemas/vocab.ts';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/print';

/** A4 in PDF points (1/72 in): 210 × 297 mm. */
const A4 = { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 };
/** The content box in CSS px (96 per inch): A4 less the @page margins of src/styles/print.css (15 mm each side). */
const CONTENT_WIDTH = Math.floor(((210 - 2 * 15) / 25.4) * 96);

/**
 * Page counts, measured on the largest page of each kind in each language
 * (the first test prints them), with room for the content to grow by a
 * quarter or so; the lower bound is what the page cannot print in without
 * losing its figures or text:
 * - activity: the opening facts on the first page, the locator map, the
 *   timeline, the sourced facts and the document's words after; 3–4 measured,
 *   up to 5. One page would mean the figures or the facts are gone.
 * - forum: as an activity, with more facts and figures; 3–4 measured, up to 6.
 * - region: facts and the region map, then the timeline, the quotes and the
 *   lists of forums, activities, partners and countries; 3–4 measured, up to 6.
 * - document: the whole Council document, about 50 paragraphs; 7 (Chinese,
 *   denser) to 14 (Russian, longest) measured, up to 18; fewer than 5 would
 *   mean text is missing.
 */
const PAGE_BOUNDS: Record<string, [number, number]> = {
  activity: [2, 5],
  forum: [2, 6],
  region: [2, 6],
  document: [5, 18],
};
const KINDS = Object.keys(PAGE_BOUNDS);

const pages = builtPages();
/** The largest page (by its HTML) of a kind in a language: the longest to print. */
function largest(locale: Locale, kind: string): string {
  const of = pages.filter((p) => localeOf(p) === locale && pageKind(p) === kind);
  if (of.length === 0) throw new Error(`no ${kind} page in ${locale}`);
  return of.reduce((a, b) => (statSync(fileOf(b)).size > statSync(fileOf(a)).size ? b : a));
}

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  // The dark theme: print must override it (light is what print looks like anyway).
  context = await themedContext(browser, 'dark', { width: CONTENT_WIDTH, height: 1000 });
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

const counts: string[] = [];

/** Everything the checks read from a page laid out as print. */
interface Printed {
  scrollWidth: number;
  main: { left: number; right: number };
  /** Elements in main whose box leaves the content box. */
  overflowing: string[];
  color: string;
  background: string;
  /** Text in main (outside the drawings, which keep their own paper) lighter than dark grey. */
  pale: string[];
  direction: string;
  /** Where the first line of the title starts and ends. */
  title: { left: number; right: number };
}

function measure(page: Page): Promise<Printed> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    // An SVG clips what it draws to its own box: the drawing's inside is the figure's layout, not the page's.
    const overflowing = [...document.querySelectorAll('main *')]
      .filter((e) => e.checkVisibility() && !e.parentElement?.closest('svg'))
      .map((e) => [e, e.getBoundingClientRect()] as const)
      .filter(([, r]) => r.width > 0 && (r.left < main.left - 1 || r.right > main.right + 1))
      .map(([e, r]) => `<${e.tagName.toLowerCase()}> ${Math.round(r.left)}–${Math.round(r.right)}: ${e.textContent.trim().slice(0, 60)}`);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('main h1')!);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const top = Math.min(...rects.map((r) => r.top));
    const first = rects.filter((r) => r.top < top + 4);
    const body = getComputedStyle(document.body);
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => {
        const v = Number(x) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const pale = [...document.querySelectorAll('main *')]
      .filter(
        (e) =>
          !e.closest('svg') && e.checkVisibility() && [...e.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()),
      )
      .filter((e) => lum(getComputedStyle(e).color) > 0.2)
      .map((e) => `<${e.tagName.toLowerCase()}> ${getComputedStyle(e).color}: ${e.textContent.trim().slice(0, 40)}`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      main: { left: main.left, right: main.right },
      overflowing,
      color: body.color,
      background: body.backgroundColor,
      pale,
      direction: getComputedStyle(document.querySelector('main')!).direction,
      title: { left: Math.min(...first.map((r) => r.left)), right: Math.max(...first.map((r) => r.right)) },
    };
  });
}

/** Relative luminance of an rgb()/rgba() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The links of main that are displayed, with the text they print: their own and the target that CSS adds after them. */
function links(page: Page): Promise<{ text: string; href: string; inFigure: boolean }[]> {
  return page.getByRole('main').evaluate((main) =>
    [...main.querySelectorAll('a[href]')]
      .filter((a) => a.checkVisibility())
      .map((a) => {
        const after = getComputedStyle(a, '::after').content;
        return {
          text: `${a.textContent}${after === 'none' || after === 'normal' ? '' : after.replace(/^"|"$/g, '')}`,
          href: a.getAttribute('href') ?? '',
          inFigure: a.closest('figure') !== null,
        };
      }),
  );
}

/** A link to a paragraph of the document: "¶ 2.4" on an entry page (/en/documents/<id>/#p2-4), the paragraph's own number on the document's (#p2-4). */
const isParagraphRef = (href: string) => /^(\/[^/]+\/documents\/[^/]+\/)?#p\d/.test(href);

describe.each(LANGUAGES.map((l) => l.code))('printed in %s', (code) => {
  const locale = code;
  test.each(KINDS)('%s', async (kind) => {
    const path = largest(locale, kind);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    expect(await page.locator('html').getAttribute('data-theme'), 'the page is in the dark theme on screen').toBe('dark');
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
    const screen = {
      navigation: await page.getByRole('navigation').count(),
      docLinks: (await links(page)).filter((l) => isParagraphRef(l.href)).map((l) => l.href),
    };
    expect(screen.navigation, 'the screen has navigation (the control for print)').toBeGreaterThan(0);

    // The PDF: A4 pages, as many as a brief of this kind takes.
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(`${OUT}/${code}-${kind}.pdf`, pdf);
    const doc = await PDFDocument.load(pdf);
    const n = doc.getPageCount();
    counts.push(`${code} ${kind} ${n} ${path}`);
    for (const [i, p] of doc.getPages().entries()) {
      const box = p.getMediaBox();
      expect(
        [Math.abs(box.width - A4.width), Math.abs(box.height - A4.height)].every((d) => d <= 1),
        `page ${i + 1}: ${box.width}×${box.height} pt`,
      ).toBe(true);
    }
    const [min, max] = PAGE_BOUNDS[kind];
    expect(n, `${path}: ${n} pages`).toBeGreaterThanOrEqual(min);
    expect(n, `${path}: ${n} pages`).toBeLessThanOrEqual(max);

    // The same page laid out as print, at the width of the A4 content box.
    await page.emulateMedia({ media: 'print' });
    const printed = await measure(page);
    expect(printed.scrollWidth, 'the page is no wider than the content box').toBeLessThanOrEqual(CONTENT_WIDTH);
    expect(printed.main.right - printed.main.left, 'the content takes the full width').toBeGreaterThanOrEqual(CONTENT_WIDTH - 2);
    expect(printed.overflowing, 'nothing in main leaves the content box').toEqual([]);
    expect(luminance(printed.color), `text ${printed.color}`).toBeLessThan(0.05);
    expect(luminance(printed.background), `paper ${printed.background}`).toBeGreaterThan(0.95);
    expect(printed.pale, 'all text prints dark').toEqual([]);

    // Right-to-left languages print right to left: the title starts at the right edge.
    const { dir } = language(locale);
    expect(printed.direction).toBe(dir);
    if (dir === 'rtl') expect(printed.main.right - printed.title.right).toBeLessThan(2);
    else expect(printed.title.left - printed.main.left).toBeLessThan(2);

    // No navigation, search, pickers or controls.
    for (const role of ['navigation', 'search', 'button', 'combobox', 'searchbox'] as const)
      expect(await page.getByRole(role).count(), `no ${role} in print`).toBe(0);

    // The page's own address (its canonical link, shown), and every link target printed absolute.
    const canonical = page.locator('link[rel="canonical"]');
    expect(await canonical.evaluate((l) => [l.checkVisibility(), getComputedStyle(l, '::before').content])).toEqual([
      true,
      `"\u2066${origin}${path}\u2069"`,
    ]);
    const shown = await links(page);
    const targets = shown.filter((l) => l.text.includes('(\u2066'));
    for (const l of shown.filter((x) => x.href.startsWith('http') && !x.inFigure))
      expect(l.text, 'an outside link shows its address').toContain(l.href);
    for (const l of targets)
      expect(l.text, 'a printed target is absolute').toContain(l.href.startsWith('/') ? `${origin}${l.href}` : l.href);
    if (kind !== 'document') expect(targets.length, 'some link targets print').toBeGreaterThan(0);

    // Paragraph references: every one the screen shows still prints (the originals' too, folded away on screen).
    const printedRefs = shown.filter((l) => isParagraphRef(l.href)).map((l) => l.href);
    expect(printedRefs.length).toBeGreaterThan(0);
    expect(screen.docLinks.filter((h) => !printedRefs.includes(h))).toEqual([]);

    // Quotes: every quotation in main prints, the originals in their <details> included.
    const quotes = page.getByRole('main').locator('q, blockquote');
    const hidden = await quotes.evaluateAll((qs) => qs.filter((q) => !q.checkVisibility()).map((q) => q.textContent.slice(0, 60)));
    expect(hidden).toEqual([]);
    if (kind !== 'document') expect(await quotes.count()).toBeGreaterThan(0);
    await page.close();
  });
});

test('page counts (printed)', () => {
  console.log(counts.join('\n'));
  expect(counts.length).toBe(LANGUAGES.length * KINDS.length);
});
