/**
 * Issue 14 for the timelines: on a 390 px phone, in every language, the
 * timeline page and a region page's timeline fit the screen (nothing scrolls
 * sideways), the drawing shown is the one that runs down the page with every
 * month marked, its text is at least 12 CSS px as rendered (SVG scaling
 * counts), its links are at least 24 × 24 px, and no two item labels meet; on
 * a desktop screen the wide drawing's labels do not meet either. Marks and
 * labels stay visible in both themes and in forced-colours mode, and without
 * JavaScript each figure keeps its table. The phone timelines are saved as
 * screenshots (test-results/phone/) for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { themedContext } from '../helpers/audit.ts';
import { builtPages, localeOf, pageKind, requiredPage } from '../helpers/site.ts';
import { LANGUAGES, language } from '../../src/i18n/registry.ts';
import type { Locale } from '../../src/schemas/vocab.ts';

const base = inject('baseUrl');
const SHOTS = 'test-results/phone';
const PHONE = { width: 390, height: 844 };
let browser: Browser | undefined; // undefined in afterAll when launch() failed
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => browser?.close());

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser!.newContext({ viewport: PHONE, ...options });
  const page = await context.newPage();
  await page.goto(base + path);
  return page;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface Drawing {
  box: Box;
  texts: (Box & { text: string; px: number })[];
  links: { href: string; width: number; height: number }[];
  labels: (Box & { text: string })[];
}
interface Report {
  scrollWidth: number;
  viewport: number;
  /** The timeline drawings a reader sees (display not none), per figure. */
  figures: Drawing[][];
}

/** What the reader sees of every timeline figure on the page, measured in CSS pixels as rendered. */
function measure(page: Page): Promise<Report> {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height });
    const figures = [...document.querySelectorAll('figure')].filter((f) => f.querySelector('svg[data-timeline]'));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      figures: figures.map((f) =>
        [...f.querySelectorAll<SVGSVGElement>('svg[data-timeline]')]
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => {
            const scale = svg.getScreenCTM()?.a ?? 1;
            const r = svg.getBoundingClientRect();
            return {
              box: box(r),
              texts: [...svg.querySelectorAll<SVGTextContentElement>('text, tspan')]
                .filter((t) => t.getNumberOfChars() > 0 && t.textContent.trim())
                .map((t) => ({
                  ...box(t.getBoundingClientRect()),
                  text: t.textContent,
                  px: parseFloat(getComputedStyle(t).fontSize) * scale,
                })),
              links: [...svg.querySelectorAll('a')]
                .filter((a) => getComputedStyle(a).display !== 'none')
                .map((a) => {
                  const b = a.getBoundingClientRect();
                  return { href: a.getAttribute('href') ?? '', width: b.width, height: b.height };
                }),
              labels: [...svg.querySelectorAll('a text')].map((t) => ({ ...box(t.getBoundingClientRect()), text: t.textContent })),
            };
          }),
      ),
    };
  });
}

/** Pairs of item labels whose boxes overlap. */
function meeting(labels: (Box & { text: string })[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i], labels[j]];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`"${a.text}" × "${b.text}"`);
    }
  return out;
}

/** The short month names as the language writes them, January first. */
function monthNames(locale: Locale): string[] {
  const f = new Intl.DateTimeFormat(language(locale).intl.locale, { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2023, i, 1))));
}

/**
 * The drawing's month marks, top to bottom, as month numbers (0 for January),
 * checking that they run down the page, not across it.
 */
function monthsDown(d: Drawing, locale: Locale): number[] {
  const names = monthNames(locale);
  const marks = d.texts.filter((t) => names.includes(t.text.trim())).sort((a, b) => a.top - b.top);
  for (let i = 1; i < marks.length; i++)
    expect(marks[i].top, `${marks[i].text} below ${marks[i - 1].text}`).toBeGreaterThan(marks[i - 1].bottom);
  return marks.map((m) => names.indexOf(m.text.trim()));
}

describe.each(LANGUAGES.map((l) => l.code))('%s on a 390 px phone', (locale) => {
  test.each(['timeline', 'region'] as const)(
    'the %s page: the narrow timeline fits, marks months, reads at 12 px, taps at 24 px',
    async (kind) => {
      const path = requiredPage(kind, locale);
      const page = await open(path);
      const r = await measure(page);
      expect(r.scrollWidth).toBeLessThanOrEqual(390);
      expect(r.figures.length).toBeGreaterThan(0);
      for (const shown of r.figures) {
        expect(shown, 'one drawing per figure').toHaveLength(1);
        const [d] = shown;
        expect(d.box.left).toBeGreaterThanOrEqual(0);
        expect(d.box.right).toBeLessThanOrEqual(r.viewport);
        // Months down the page (quiet runs of months are squeezed, and the legend says which); the
        // timeline page marks every month from June 2023 to May 2024.
        const months = monthsDown(d, locale);
        expect(months.length).toBeGreaterThanOrEqual(3);
        if (kind === 'timeline') {
          const june = months.indexOf(5);
          expect(months.slice(june, june + 12)).toEqual([5, 6, 7, 8, 9, 10, 11, 0, 1, 2, 3, 4]);
        }
        expect(d.texts.filter((t) => t.px < 12).map((t) => `${t.text}: ${t.px.toFixed(2)} px`)).toEqual([]);
        expect(d.links.length).toBeGreaterThan(0);
        expect(d.links.filter((l) => l.width < 24 || l.height < 24)).toEqual([]);
        expect(d.labels).toHaveLength(d.links.length);
        expect(meeting(d.labels)).toEqual([]);
      }
      // The figure's table, opened, does not widen the page either.
      for (const summary of await page.locator('figure:has(svg[data-timeline]) details > summary').all()) await summary.click();
      expect((await measure(page)).scrollWidth).toBeLessThanOrEqual(390);
      if (kind === 'timeline' && ['zh-cn', 'en', 'ar'].includes(locale))
        await page
          .locator('figure:has(svg[data-timeline])')
          .first()
          .screenshot({ path: `${SHOTS}/timeline-${locale}.png` });
      await page.context().close();
    },
  );
});

test('every region page in every language: the narrow timeline fits a phone and its labels do not meet', async () => {
  const regions = builtPages().filter((p) => pageKind(p) === 'region');
  expect(new Set(regions.map(localeOf))).toEqual(new Set(LANGUAGES.map((l) => l.code)));
  const context = await browser!.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of regions) {
    await page.goto(base + path);
    const r = await measure(page);
    if (r.scrollWidth > 390) problems.push(`${path}: scrolls to ${r.scrollWidth} px`);
    for (const [d] of r.figures) {
      if (d.box.right > r.viewport || d.box.left < 0) problems.push(`${path}: drawing outside the screen`);
      problems.push(...meeting(d.labels).map((m) => `${path}: ${m}`));
    }
  }
  expect(problems).toEqual([]);
  await context.close();
}, 300_000);

describe.each(LANGUAGES.map((l) => l.code))('%s on a desktop screen', (locale) => {
  test('the timeline page shows the wide drawing, a label for every item, no two meeting', async () => {
    const page = await open(requiredPage('timeline', locale), { viewport: { width: 1280, height: 900 } });
    const r = await measure(page);
    const [[d]] = r.figures;
    expect(r.figures[0]).toHaveLength(1);
    expect(d.box.width).toBeGreaterThanOrEqual(700);
    expect(d.labels.length).toBeGreaterThan(40);
    expect(d.labels.every((l) => l.text.trim().length > 0)).toBe(true);
    expect(meeting(d.labels)).toEqual([]);
    await page.context().close();
  });
});

describe('both themes and forced colours: marks and labels stay visible', () => {
  const cases = (['light', 'dark'] as const).flatMap((theme) =>
    (['none', 'active'] as const).flatMap((forced) =>
      [PHONE.width, 1280].map((width) => ({ theme, forced, width, path: requiredPage(width === 1280 ? 'timeline' : 'region', 'en') })),
    ),
  );
  test.each(cases)('$theme theme, forced colours $forced, $width px: $path', async ({ theme, forced, width, path }) => {
    const context = await themedContext(browser!, theme, { width, height: 844 });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: forced, colorScheme: theme });
    await page.goto(base + path);
    const paints = await page.evaluate(() => {
      const svg = [...document.querySelectorAll('svg[data-timeline]')].find((s) => s.getBoundingClientRect().width > 0)!;
      const paper = getComputedStyle(svg).backgroundColor;
      const seen = (c: string) => c !== 'none' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c) && c !== paper;
      const bad: string[] = [];
      for (const t of svg.querySelectorAll('text'))
        if (!seen(getComputedStyle(t).fill)) bad.push(`text "${t.textContent}" fill ${getComputedStyle(t).fill}`);
      for (const m of svg.querySelectorAll('.mark'))
        if (!seen(getComputedStyle(m).stroke)) bad.push(`mark stroke ${getComputedStyle(m).stroke}`);
      return { paper, bad, texts: svg.querySelectorAll('text').length, marks: svg.querySelectorAll('.mark').length };
    });
    expect(paints.texts).toBeGreaterThan(0);
    expect(paints.marks).toBeGreaterThan(0);
    expect(paints.bad).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  test.each(LANGUAGES.map((l) => l.code))('%s: the phone timeline and its table are there, a row for each item', async (locale) => {
    for (const kind of ['timeline', 'region'] as const) {
      const page = await open(requiredPage(kind, locale), { javaScriptEnabled: false });
      const figure = page.locator('figure:has(svg[data-timeline])').first();
      const items = await figure.locator('svg[data-timeline]:visible a[href]').count();
      expect(items).toBeGreaterThan(0);
      const table = figure.locator('details');
      await table.locator('summary').click();
      expect(await table.getByRole('row').count()).toBe(items + 1);
      await page.context().close();
    }
  });
});
