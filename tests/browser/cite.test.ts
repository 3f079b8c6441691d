/**
 * "Cite this" in a browser: opened, the citation gets a copy button per
 * format, which copies the format to the clipboard and says so; on the
 * document page a block's "Cite" button writes that block's citation, the
 * same as the build writes it, and opens it under the block.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { parse } from '@retorquere/bibtex-parser';
import { launch } from '../helpers/browser.ts';
import { themedContext, watch } from '../helpers/audit.ts';
import { DOCUMENT_ID, realModel } from '../helpers/content.ts';
import { t } from '../../src/i18n/ui.ts';
import { blockLabel } from '../../src/presentation/present.ts';
import { citationParts, restsOn } from '../../src/presentation/citation.ts';
import { citationFormats } from '../../src/presentation/citation-format.ts';

const baseUrl = inject('baseUrl');
const model = realModel();
const doc = model.get('documents', DOCUMENT_ID);
const activity = model.activities[0];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await themedContext(browser, 'light');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});
afterAll(async () => {
  await browser.close();
});

test.each(['en', 'ar'])('%s: an activity’s BibTeX is copied by its button, which says so', async (locale) => {
  const page = await context.newPage();
  const { report, stop } = watch(page, baseUrl);
  await page.goto(`${baseUrl}/${locale}/activities/${activity.id}/`);
  const copy = page.getByRole('button', { name: `${t(locale, 'cite.copy')} BibTeX` });
  await expect(copy.count()).resolves.toBe(0);
  await page.getByText(t(locale, 'cite.summary'), { exact: true }).click();
  await copy.click();
  await page
    .getByRole('status')
    .filter({ hasText: t(locale, 'cite.copied') })
    .waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#cite-bibtex').textContent());
  const lib = parse(copied);
  expect(lib.errors).toEqual([]);
  expect(lib.entries[0].fields.title).toBe(doc.text[locale].title);
  const first = restsOn(model, 'activities', activity.id)[0].blocks[0];
  expect(lib.entries[0].fields.url).toMatch(new RegExp(`/${locale}/documents/${DOCUMENT_ID}/#${first}$`));
  // Each format has its button, named with the format.
  for (const name of [t(locale, 'cite.text'), 'CSL-JSON'])
    await expect(page.getByRole('button', { name: `${t(locale, 'cite.copy')} ${name}` }).count()).resolves.toBe(1);
  stop();
  expect(report.consoleErrors).toEqual([]);
  expect(report.pageErrors).toEqual([]);
  await page.close();
});

test.each<[string, string]>([
  ['en', 'p2-3'],
  ['ar', 'p3-6-2-4'],
  ['zh-cn', 'financial'],
])('%s: the document page’s button for %s writes the block’s citation as the build does', async (locale, block) => {
  const page = await context.newPage();
  const { report, stop } = watch(page, baseUrl);
  await page.goto(`${baseUrl}/${locale}/documents/${DOCUMENT_ID}/`);
  const label = blockLabel(model, DOCUMENT_ID, block, locale);
  const name = t(locale, 'cite.block', { label });
  await page.getByRole('button', { name, exact: true }).click();
  const summary = page.locator(`[id="${block}"] details[open] summary`);
  await summary.waitFor();
  await expect(summary.textContent()).resolves.toBe(name);
  await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
  const csl = await page.locator('#cite-csl').textContent();
  const url = new URL((JSON.parse(csl ?? '') as { URL: string }[])[0].URL);
  const expected = citationFormats([citationParts(model, doc, [block], locale, url.origin)]);
  expect(url.hash).toBe(`#${block}`);
  await expect(page.locator('#cite-text').textContent()).resolves.toBe(expected.text);
  await expect(page.locator('#cite-bibtex').textContent()).resolves.toBe(expected.bibtex);
  expect(csl).toBe(expected.csl);
  await page.getByRole('button', { name: `${t(locale, 'cite.copy')} CSL-JSON` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: t(locale, 'cite.copied') })
    .waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.csl);
  stop();
  expect(report.consoleErrors).toEqual([]);
  expect(report.pageErrors).toEqual([]);
  await page.close();
});
