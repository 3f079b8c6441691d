/**
 * The original of a translated quote opens with the keyboard: Tab reaches its
 * <summary>, Enter opens the <details>, and the original is then visible.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { themedContext, watch } from '../helpers/audit.ts';
import { realModel } from '../helpers/content.ts';
import { t } from '../../src/i18n/ui.ts';

const baseUrl = inject('baseUrl');
const model = realModel();
const forum = model.get('forums', 'rdf-ams-2023');
const host = model.quotesOf(forum).find((q) => q.fact === 'host')!;

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await themedContext(browser, 'light');
});
afterAll(async () => {
  await browser.close();
});

async function tabTo(page: Page, target: Locator, max = 400): Promise<void> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`not reached with ${max} Tab presses`);
}

test('a quote’s original opens with the keyboard', async () => {
  const page = await context.newPage();
  const { report, stop } = watch(page, baseUrl);
  await page.goto(`${baseUrl}/en/forums/${forum.id}/`);
  const list = page.getByRole('region', { name: t('en', 'quotes.heading') });
  const row = list.locator('dd').filter({ hasText: host.translation.en! });
  const original = row.getByText(host.original);
  await expect(original.isVisible()).resolves.toBe(false);
  const summary = row.getByText(t('en', 'quotes.original'), { exact: true });
  await tabTo(page, summary);
  await page.keyboard.press('Enter');
  await expect(original.isVisible()).resolves.toBe(true);
  expect(await original.getAttribute('lang')).toBe('zh-CN');
  expect(await original.getAttribute('cite')).toMatch(/#p2-4$/);
  stop();
  expect(report.consoleErrors).toEqual([]);
  await page.close();
});
