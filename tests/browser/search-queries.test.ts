/**
 * Full-text search in real Chromium against the built site: the query sets
 * (the page a Council member expects must be in the top 5), Chinese recall,
 * and the search dialog itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { fragments } from '../helpers/pagefind.ts';
import { LANGUAGES } from '../../src/i18n/registry.ts';
import { t } from '../../src/i18n/ui.ts';
import type { QuerySet } from './search-queries/query-set.ts';

/** Each language's query set: tests/browser/search-queries/<code>.ts (a language without one fails). */
const SETS = await Promise.all(
  LANGUAGES.map(async (l) => {
    const set = await import(`./search-queries/${l.code}.ts`).then(
      (m: { default: QuerySet }) => m.default,
      () => [] as QuerySet,
    );
    return [l.code, set] as const;
  }),
);

let browser: Browser | undefined; // undefined in afterAll when launch() failed
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openSearch(lang: string): Promise<Page> {
  const page = await browser!.newPage();
  await page.goto(`${inject('baseUrl')}/${lang}/`);
  await page.getByRole('button', { name: t(lang, 'search.open'), exact: true }).click();
  return page;
}

/** Types a query into the dialog and returns the result URLs it lists, in order. */
async function query(page: Page, q: string): Promise<string[]> {
  const box = page.getByRole('searchbox');
  await box.fill(q);
  const list = page.locator(`[data-results][data-query="${q}"]:not([aria-busy])`);
  await list.waitFor({ state: 'attached' });
  return list.locator(':scope > li > a.title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.each(SETS)('search dialog, %s query set', (lang, set) => {
  it(`has at least 15 queries, each for a page of the language`, () => {
    expect(set.length).toBeGreaterThanOrEqual(15);
    for (const [q, want] of set) expect(want, q).toMatch(new RegExp(`^/${lang}/`));
  });

  it('puts the expected page in the top 5 for every query', async () => {
    const page = await openSearch(lang);
    const misses: string[] = [];
    for (const [q, want] of set) {
      const top = (await query(page, q)).slice(0, 5);
      if (!top.includes(want)) misses.push(`${q} → ${want}; got ${top.join(' ')}`);
    }
    await page.close();
    expect(misses).toEqual([]);
  });
});

describe('questions few pages answer word for word', () => {
  it.each([
    ['en', 'what did ITU do in Barbados?', '/en/countries/bb/', 'Few or no pages have all the words'],
    ['zh-cn', '国际电联在巴巴多斯做了什么？', '/zh-cn/countries/bb/', '同时包含所有词语的页面很少或没有'],
  ])('%s: "%s" still finds the page', async (lang, q, want, note) => {
    const page = await openSearch(lang);
    const top = (await query(page, q)).slice(0, 5);
    expect(top).toContain(want);
    expect(await page.getByRole('status').textContent()).toContain(note);
    await page.close();
  });
});

/** Every result id (fragment name) Pagefind returns for each query, through its JS API. */
async function resultIds(lang: string, queries: string[]): Promise<Record<string, string[]>> {
  const page = await browser!.newPage();
  await page.goto(`${inject('baseUrl')}/${lang}/`);
  // A string, so the test runner leaves the browser's dynamic import alone.
  const out: Record<string, string[]> = await page.evaluate(`(async (qs) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ noWorker: true });
    const res = {};
    for (const q of qs) res[q] = (await pf.search(q)).results.map((r) => r.id);
    return res;
  })(${JSON.stringify(queries)})`);
  await page.close();
  return out;
}

describe('Chinese recall', () => {
  const zh = fragments('zh-cn');

  it('finds every page whose indexed text contains the query, for real queries', async () => {
    const queries = [
      '网络安全',
      '频谱管理',
      '元宇宙',
      '数字金融服务',
      '智慧城市',
      '巴巴多斯',
      '阿鲁沙',
      '白俄罗斯',
      '阿联酋',
      '博布鲁伊斯克',
      '科摩罗',
      '可持续智慧城市',
      '缩小标准化差距',
      '区域发展论坛',
      '安全实验室',
      '人工智能',
      '应急通信',
      '无线电通信',
      '行业',
    ];
    const ids = await resultIds('zh-cn', queries);
    const missed: string[] = [];
    for (const q of queries) {
      const want = zh.filter((f) => f.content.includes(q));
      expect(want.length, q).toBeGreaterThan(0);
      for (const f of want) if (!ids[q].includes(f.id)) missed.push(`${q}: ${f.url}`);
    }
    expect(missed).toEqual([]);
  });

  it('finds each page by every word of its title, as the browser cuts it', async () => {
    const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const byWord = new Map<string, string[]>();
    for (const f of zh) {
      for (const s of seg.segment(f.meta.title ?? '')) {
        if (!s.isWordLike || s.segment.length < 2 || !/\p{Script=Han}/u.test(s.segment)) continue;
        byWord.set(s.segment, [...(byWord.get(s.segment) ?? []), f.id]);
      }
    }
    expect(byWord.size).toBeGreaterThan(100);
    const ids = await resultIds('zh-cn', [...byWord.keys()]);
    const url = new Map(zh.map((f) => [f.id, f.url]));
    const missed = [...byWord].flatMap(([w, pages]) => pages.filter((p) => !ids[w].includes(p)).map((p) => `${w}: ${url.get(p)}`));
    expect(missed).toEqual([]);
  });
});

describe('search dialog', () => {
  it('shows the type, region and date next to each excerpt', async () => {
    const page = await openSearch('zh-cn');
    await query(page, '网络安全');
    const first = page.locator('[data-results] > li').filter({ has: page.getByRole('link', { name: '2023年区域网络安全演练' }) });
    await expect.poll(() => first.locator('.meta').textContent()).toBe('活动 · 阿拉伯国家 · 2023年10月9日至12日');
    expect(await first.locator('.excerpt mark').first().textContent()).toMatch(/网络|安全/);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到\d+项结果$/);
    await page.close();
  });

  it('filters by region and year and sorts by date', async () => {
    const page = await openSearch('en');
    await page.getByText('Filter and sort').click();
    await page.getByRole('dialog').getByLabel('Region', { exact: true }).selectOption('Arab States');
    await page.getByRole('dialog').getByLabel('Year', { exact: true }).selectOption('2023');
    await page.getByRole('dialog').getByLabel('Order', { exact: true }).selectOption('asc');
    // No words: everything in the Arab States in 2023, oldest first.
    const list = page.locator('[data-results][data-query=""]:not([aria-busy])');
    await list.waitFor({ state: 'attached' });
    const metas = await list.locator(':scope > li .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) expect(m).toContain('Arab States');
    for (const m of metas) expect(m).toMatch(/2023/);
    const titles = await list.locator(':scope > li a.title').allTextContents();
    expect(titles).toContain('2023 Regional Cyberdrill');
    // Words narrow it further.
    const urls = await query(page, 'cybersecurity');
    expect(urls[0]).toBe('/en/activities/arb-regional-cyberdrill-2023/');
    for (const m of await page.locator('[data-results] > li .meta').allTextContents()) expect(m).toContain('Arab States');
    await page.close();
  });

  it('shows five results, then five more on request', async () => {
    const page = await openSearch('en');
    await query(page, 'regional office');
    const items = page.locator('[data-results] > li');
    expect(await items.count()).toBe(5);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => items.count()).toBe(10);
    await page.close();
  });

  it('opens with Ctrl+K, takes focus, and closes with Escape', async () => {
    const page = await browser!.newPage();
    await page.goto(`${inject('baseUrl')}/en/activities/`);
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    await page.close();
  });
});
