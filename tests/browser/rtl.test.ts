/**
 * Right-to-left languages mirror the layout: on a desktop screen the sidebar
 * sits on the right of the content, headings and the translation note start
 * on the right (logical CSS), and numbers keep Western digits. The same page
 * in the source language (left to right) is the control. Each page is also
 * saved as a screenshot (test-results/rtl/) for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { themedContext } from '../helpers/audit.ts';
import { LANGUAGES, SOURCE_LOCALE, language } from '../../src/i18n/registry.ts';

const baseUrl = inject('baseUrl');
const RTL = LANGUAGES.filter((l) => l.dir === 'rtl');
const SHOTS = 'test-results/rtl';
const PAGES = ['regions/arb/', 'activities/arb-regional-cyberdrill-2023/', 'documents/c24-regional-presence/'];

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface Layout {
  dir: string | null;
  sidebar: { left: number; right: number };
  main: { left: number; right: number };
  /** The heading's box and the first line of its text. */
  heading: { left: number; right: number; direction: string; textLeft: number; textRight: number };
  note: { borderLeft: number; borderRight: number };
  text: string;
}

async function layoutOf(page: Page): Promise<Layout> {
  const box = async (selector: ReturnType<Page['locator']>) => {
    const b = await selector.boundingBox();
    if (!b) throw new Error('element not displayed');
    return { left: b.x, right: b.x + b.width };
  };
  // The site navigation (Starlight's sidebar) comes first; its pane is positioned, so measure its first link.
  const sidebar = page.getByRole('navigation').first().getByRole('link').first();
  const heading = page.getByRole('main').getByRole('heading', { level: 1 });
  const line = await heading.evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    // The first line may hold several runs (Latin inside Arabic): take them all.
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const top = Math.min(...rects.map((r) => r.top));
    const first = rects.filter((r) => r.top < top + 4);
    return { textLeft: Math.min(...first.map((r) => r.left)), textRight: Math.max(...first.map((r) => r.right)) };
  });
  const note = page.getByRole('main').locator('.lang-note');
  return {
    dir: await page.locator('html').getAttribute('dir'),
    sidebar: await box(sidebar),
    main: await box(page.getByRole('main')),
    heading: { ...(await box(heading)), ...line, direction: await heading.evaluate((e) => getComputedStyle(e).direction) },
    note: await note.evaluate((e) => {
      const s = getComputedStyle(e);
      return { borderLeft: parseFloat(s.borderLeftWidth), borderRight: parseFloat(s.borderRightWidth) };
    }),
    text: (await page.getByRole('main').textContent()) ?? '',
  };
}

test('the site has a right-to-left language to test', () => {
  expect(RTL.length).toBeGreaterThan(0);
});

describe.each(RTL.map((l) => [l.code] as const))('%s mirrors the layout', (code) => {
  test.each(PAGES)('%s', async (path) => {
    const context = await themedContext(browser!, 'light', { width: 1280, height: 900 });
    const page = await context.newPage();
    const seen: Record<string, Layout> = {};
    for (const l of [code, SOURCE_LOCALE]) {
      await page.goto(`${baseUrl}/${l}/${path}`);
      await page.screenshot({ path: `${SHOTS}/${l}-${path.replace(/\W+/g, '-')}.png`, fullPage: false });
      seen[l] = await layoutOf(page);
    }
    const rtl = seen[code];
    const ltr = seen[SOURCE_LOCALE];
    expect(rtl.dir).toBe('rtl');
    expect(ltr.dir).toBe(language(SOURCE_LOCALE).dir);
    // The sidebar is on the reading side: the right in Arabic, the left in Chinese.
    expect(rtl.sidebar.left).toBeGreaterThan(rtl.main.left);
    expect(ltr.sidebar.left).toBeLessThan(ltr.main.left);
    // The heading reads right to left, its first line starting at the right of its box (at the left in Chinese).
    expect(rtl.heading.direction).toBe('rtl');
    expect(Math.abs(rtl.heading.right - rtl.heading.textRight)).toBeLessThan(2);
    expect(Math.abs(ltr.heading.left - ltr.heading.textLeft)).toBeLessThan(2);
    // The translation note's rule is on its starting side (border-inline-start).
    expect(rtl.note.borderRight).toBeGreaterThan(0);
    expect(rtl.note.borderLeft).toBe(0);
    // Numbers in Western digits, as ITU's Arabic documents write them.
    expect(rtl.text).toMatch(/\d{4}/);
    expect(rtl.text).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
    await context.close();
  });
});
