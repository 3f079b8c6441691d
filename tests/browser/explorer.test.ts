/**
 * The list explorers in real Chromium: complete without JavaScript; with it,
 * facets narrow the list, the state lives in the URL (load, change, back),
 * the count is announced, and everything works from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { dateEnd, dateStart } from '../../src/model/dates.ts';

const model = buildModel(loadContent().set);
const N = model.activities.length;
let browser: Browser | undefined; // undefined in afterAll when launch() failed
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const visibleRows = (page: Page) =>
  page.locator('tr[data-row]:visible').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.row!));
const status = (page: Page) => page.getByRole('status').filter({ hasText: /\d/ }).first().textContent();
const ids = (pred: (a: (typeof model.activities)[number]) => boolean) =>
  model.activities
    .filter(pred)
    .map((a) => a.id)
    .sort();
const sorted = async (p: Promise<string[]>) => (await p).sort();

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const ctx = await browser!.newContext({ javaScriptEnabled });
  const page = await ctx.newPage();
  await page.goto(`${inject('baseUrl')}${path}`);
  if (javaScriptEnabled) await page.getByRole('search', { name: /Filter the list|筛选列表/ }).waitFor();
  return page;
}
const close = (page: Page) => page.context().close();

describe('without JavaScript', () => {
  it('lists every activity, grouped by region, with no dead controls', async () => {
    const page = await open('/en/activities/', false);
    expect(await sorted(visibleRows(page))).toEqual(model.activities.map((a) => a.id).sort());
    expect(await page.getByRole('heading', { level: 2, name: 'Arab States' }).isVisible()).toBe(true);
    expect(await page.locator('.explorer-form').isVisible()).toBe(false);
    expect(await page.getByText(`${N} items`, { exact: true }).first().isVisible()).toBe(true);
    await close(page);
  });

  it('lists every forum and every resolution', async () => {
    const page = await open('/zh-cn/forums/', false);
    expect(await visibleRows(page)).toHaveLength(model.forums.length);
    await page.goto(`${inject('baseUrl')}/zh-cn/resolutions/`);
    expect(await visibleRows(page)).toHaveLength(model.resolutions.length + model.references.length);
    await close(page);
  });
});

describe('with JavaScript', () => {
  it('narrows by facets, counts what each choice would give, and announces the total', async () => {
    const page = await open('/en/activities/');
    expect(await status(page)).toBe(`${N} items`);
    await page.locator('summary', { hasText: /^Region$/ }).click();
    await page.getByRole('checkbox', { name: /^Arab States/ }).check();
    const arb = ids((a) => a.facts.regions.includes('arb'));
    await expect.poll(() => sorted(visibleRows(page))).toEqual(arb);
    expect(await status(page)).toBe(`Showing ${arb.length} of ${N}`);
    expect(new URL(page.url()).search).toBe('?region=arb');

    await page.locator('summary', { hasText: /^Theme$/ }).click();
    const cyberCount = ids((a) => a.facts.regions.includes('arb') && a.facts.themes.includes('cybersecurity')).length;
    // The count beside a theme is what checking it would show, given the region.
    expect(
      await page
        .getByRole('checkbox', { name: /^Cybersecurity/ })
        .locator('..')
        .textContent(),
    ).toContain(`(${cyberCount})`);
    await page.getByRole('checkbox', { name: /^Cybersecurity/ }).check();
    await expect
      .poll(() => sorted(visibleRows(page)))
      .toEqual(ids((a) => a.facts.regions.includes('arb') && a.facts.themes.includes('cybersecurity')));
    // Region counts now follow the theme: Asia-Pacific shows its cybersecurity activities.
    const aspCyber = ids((a) => a.facts.regions.includes('asp') && a.facts.themes.includes('cybersecurity')).length;
    expect(
      await page
        .getByRole('checkbox', { name: /^Asia and the Pacific/ })
        .locator('..')
        .textContent(),
    ).toContain(`(${aspCyber})`);
    // Values in one facet are alternatives.
    await page.getByRole('checkbox', { name: /^Asia and the Pacific/ }).check();
    await expect
      .poll(() => sorted(visibleRows(page)))
      .toEqual(
        ids((a) => (a.facts.regions.includes('arb') || a.facts.regions.includes('asp')) && a.facts.themes.includes('cybersecurity')),
      );
    // Empty region groups are hidden.
    expect(await page.getByRole('heading', { level: 2, name: 'Africa' }).isVisible()).toBe(false);
    await close(page);
  });

  it('filters by text (Chinese by substring) and by date range', async () => {
    const page = await open('/zh-cn/activities/?q=网络安全');
    const want = model.activities
      .filter((a) => [a.text['zh-cn'].title, a.text['zh-cn'].summary ?? ''].join(' ').includes('网络安全'))
      .map((a) => a.id);
    const shown = await visibleRows(page);
    for (const id of want) expect(shown).toContain(id);
    expect(shown).toContain('arb-regional-cyberdrill-2023');
    await page.getByRole('searchbox', { name: '在列表中搜索' }).fill('');
    await page.getByLabel('起始日期').fill('2024-01-01');
    await page.getByLabel('截止日期').fill('2024-06-30');
    const inRange = ids(
      (a) => !!a.facts.start && dateEnd(a.facts.end ?? a.facts.start) >= '2024-01-01' && dateStart(a.facts.start) <= '2024-06-30',
    );
    await expect.poll(() => sorted(visibleRows(page))).toEqual(inRange);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-01-01');
    await close(page);
  });

  it('restores the state from the URL, updates it, and steps back with the back button', async () => {
    const page = await open('/en/activities/?region=afr&theme=metaverse');
    expect(await page.getByRole('checkbox', { name: /^Africa/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Metaverse/ }).isChecked()).toBe(true);
    const afrMeta = ids((a) => a.facts.regions.includes('afr') && a.facts.themes.includes('metaverse'));
    expect(await sorted(visibleRows(page))).toEqual(afrMeta);

    await page.getByRole('checkbox', { name: /^Metaverse/ }).uncheck();
    await expect.poll(() => new URL(page.url()).search).toBe('?region=afr');
    expect(await sorted(visibleRows(page))).toEqual(ids((a) => a.facts.regions.includes('afr')));

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?region=afr&theme=metaverse');
    expect(await page.getByRole('checkbox', { name: /^Metaverse/ }).isChecked()).toBe(true);
    await expect.poll(() => sorted(visibleRows(page))).toEqual(afrMeta);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await visibleRows(page)).toHaveLength(N);
    await page.goBack();
    await expect.poll(() => sorted(visibleRows(page))).toEqual(afrMeta);
    await close(page);
  });

  it('follows up a resolution: forums and resolutions filter the same way', async () => {
    const page = await open('/en/activities/?resolution=wtsa-100');
    expect(await sorted(visibleRows(page))).toEqual(ids((a) => a.facts.resolutions.includes('wtsa-100')));
    await page.goto(`${inject('baseUrl')}/en/forums/?region=eur`);
    await expect.poll(() => visibleRows(page)).toEqual(model.forums.filter((f) => f.facts.region === 'eur').map((f) => f.id));
    await page.goto(`${inject('baseUrl')}/en/resolutions/?region=afr`);
    const followed = (c: 'resolutions' | 'references', id: string) =>
      model
        .backlinks(c, id)
        .some(
          (l) =>
            (l.collection === 'activities' && model.get('activities', l.id).facts.regions.includes('afr')) ||
            (l.collection === 'forums' && model.get('forums', l.id).facts.region === 'afr'),
        );
    const want = [
      ...model.resolutions.filter((r) => followed('resolutions', r.id)).map((r) => `resolutions/${r.id}`),
      ...model.references.filter((r) => followed('references', r.id)).map((r) => `references/${r.id}`),
    ];
    expect(want.length).toBeGreaterThan(0);
    await expect.poll(() => visibleRows(page)).toEqual(want);
    await close(page);
  });

  it('is usable with the keyboard alone', async () => {
    const page = await open('/en/activities/');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el
          ? `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[${el.getAttribute('name')}]` : ''}:${el.textContent.trim().slice(0, 30)}`
          : '';
      });
    const tabTo = async (match: RegExp) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (match.test(await focused())) return;
      }
      throw new Error(`never reached ${match} by Tab`);
    };
    await tabTo(/^input\[q\]/);
    await page.keyboard.type('cyberdrill');
    await expect
      .poll(() => visibleRows(page))
      .toHaveLength(model.activities.filter((a) => /cyberdrill/i.test(`${a.text.en.title} ${a.text.en.summary}`)).length);
    await tabTo(/^summary:Region/);
    await page.keyboard.press('Enter');
    await tabTo(/^input\[region\]/);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('region')).toEqual(['afr']);
    await tabTo(/^button:Clear filters/);
    await page.keyboard.press('Enter');
    await expect.poll(() => visibleRows(page)).toHaveLength(N);
    expect(new URL(page.url()).search).toBe('');
    // Clearing hands focus back to the search box.
    expect(await focused()).toMatch(/^input\[q\]/);
    await close(page);
  });
});
