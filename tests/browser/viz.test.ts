/** The maps and timelines in Chromium: clicks land on the right pages, keyboard and enhancements work, and all reads without JavaScript. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch } from '../helpers/browser.ts';

const base = inject('baseUrl');
let browser: Browser | undefined; // undefined in afterAll when launch() failed
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function open(path: string, js = true): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });
  const page = await context.newPage();
  await page.goto(base + path);
  return page;
}

describe('clicks land where expected', () => {
  test('a country on the world map opens its country page', async () => {
    const page = await open('/en/map/');
    await page.locator('svg[data-map="world"] a[data-country="AU"]').click();
    await page.waitForURL('**/en/countries/au/');
    expect(await page.locator('h1').textContent()).toContain('Australia');
    await page.context().close();
  });
  test('a pin on the world map opens its forum page', async () => {
    const page = await open('/en/map/');
    await page.locator('svg[data-map="world"] a.pin[href="/en/forums/rdf-afr-2023/"]').click();
    await page.waitForURL('**/en/forums/rdf-afr-2023/');
    expect(await page.locator('h1').textContent()).toMatch(/Africa/);
    await page.context().close();
  });
  test('a region name on the home map opens the region page', async () => {
    const page = await open('/zh-cn/');
    await page.locator('svg[data-map="home-map"] a.chip[data-region="arb"]').click();
    await page.waitForURL('**/zh-cn/regions/arb/');
    await page.context().close();
  });
  test('an item on the timeline opens its activity page', async () => {
    const page = await open('/en/timeline/');
    await page.locator('svg[data-timeline="timeline"] a.tl-item[href="/en/activities/cis-volte-roundtable-2023/"]').click();
    await page.waitForURL('**/en/activities/cis-volte-roundtable-2023/');
    expect(await page.locator('h1').textContent()).toMatch(/VoLTE/);
    await page.context().close();
  });
});

describe('keyboard and enhancements', () => {
  test('a focused item shows its tooltip and Enter follows it', async () => {
    const page = await open('/en/timeline/');
    const item = page.locator('svg[data-timeline="timeline"] a.tl-item[href="/en/forums/rdf-eur-2023/"]');
    await item.focus();
    const tip = page.locator('#viz-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('22–23 May 2023');
    expect(await item.getAttribute('aria-label')).toContain('Europe');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await item.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/forums/rdf-eur-2023/');
    await page.context().close();
  });
  test('filters hide items by region and by theme, and say how many are shown', async () => {
    const page = await open('/en/timeline/');
    const visible = () => page.locator('svg[data-timeline="timeline"] a.tl-item:visible').count();
    const all = await visible();
    await page.getByRole('checkbox', { name: 'Africa' }).uncheck();
    const withoutAfrica = await visible();
    expect(withoutAfrica).toBeLessThan(all);
    expect(await page.locator('a.tl-item[data-region="afr"]:visible').count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toBe(`${withoutAfrica} of ${all} shown`);
    await page.getByRole('combobox', { name: 'Filter by theme' }).selectOption('cybersecurity');
    const cyber = await visible();
    expect(cyber).toBeGreaterThan(0);
    expect(cyber).toBeLessThan(withoutAfrica);
    await page.context().close();
  });
  test('without JavaScript the drawings and their links are there, and the filters stay hidden', async () => {
    const page = await open('/zh-cn/timeline/', false);
    expect(await page.locator('svg[data-timeline="timeline"] a.tl-item').count()).toBeGreaterThan(40);
    expect(await page.locator('[data-filters]').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('accessibility of the figures (axe-core, WCAG 2.2 A/AA rules)', () => {
  const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  test.each([
    '/en/',
    '/zh-cn/map/',
    '/en/timeline/',
    '/en/regions/asp/',
    '/zh-cn/activities/asp-dfat-critical-technologies-project/',
    '/en/countries/fj/',
  ])('%s', async (path) => {
    const page = await open(path);
    // Evaluated through the DevTools protocol: the page's CSP (rightly) blocks injected script tags.
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run({ include: [['.viz-figure']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
