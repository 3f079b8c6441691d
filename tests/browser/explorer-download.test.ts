/**
 * Issue 13, "The explorer's download matches the rows shown, in a browser
 * test": in real Chromium, the activity and forum lists download exactly the
 * rows they show (after a facet and a text filter, and with none), as CSV and
 * JSON with the columns of the package's table; "copy link" gives a URL that
 * shows the same rows again; without JavaScript, the full files are linked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { csvParseRows } from 'd3-dsv';
import { launch } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { requiredPage } from '../helpers/site.ts';
import { realModel } from '../helpers/content.ts';
import { listUrl } from '../../src/presentation/urls.ts';
import { t } from '../../src/i18n/ui.ts';
import type { Locale } from '../../src/schemas/vocab.ts';

const model = realModel();
const BOM = '\uFEFF';
interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string }[] };
}
const descriptor = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')) as { resources: Resource[] };
/** The field names of a table of the package, in schema order. */
const fieldsOf = (table: string) => {
  const r = descriptor.resources.find((x) => x.name === table);
  if (!r) throw new Error(`the data package has no ${table} table`);
  return r.schema.fields.map((f) => f.name);
};
/** The package's own CSV of a table: header and rows by id. */
const packageRows = (table: string) => {
  const [header, ...rows] = csvParseRows(
    readFileSync(join(DIST, 'data', `${table}.csv`), 'utf8')
      .slice(1)
      .replace(/\r\n$/, ''),
  );
  return { header, byId: new Map(rows.map((r) => [r[header.indexOf('id')], r])) };
};

let browser: Browser | undefined; // undefined in afterAll when launch() failed
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function context(javaScriptEnabled = true): Promise<BrowserContext> {
  const ctx = await browser!.newContext({ javaScriptEnabled, acceptDownloads: true });
  if (javaScriptEnabled) await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
  return ctx;
}
async function open(ctx: BrowserContext, path: string, locale: Locale): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${inject('baseUrl')}${path}`);
  await page.getByRole('group', { name: t(locale, 'explorer.selection') }).waitFor();
  // The group is laid out from the first paint (no layout shift); the script has run once it drops `hidden`.
  await page.locator('[data-explorer-actions]:not([hidden])').waitFor();
  return page;
}

/** The rows the page shows, in its order, each once: id and the title it shows. */
const shownRows = async (page: Page) => {
  const rows = await page
    .locator('tr[data-row]:visible')
    .evaluateAll((trs) => trs.map((tr) => ({ id: (tr as HTMLElement).dataset.row!, title: tr.querySelector('a')?.textContent ?? '' })));
  return rows.filter((r, i) => rows.findIndex((x) => x.id === r.id) === i);
};

/** Clicks a download button and reads the file the browser saves. */
async function download(page: Page, format: 'CSV' | 'JSON') {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format, exact: true }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Both downloads equal the rows shown: ids in order, titles, the package's header and cells. */
async function expectDownloadsMatch(page: Page, table: string, locale: Locale) {
  const shown = await shownRows(page);
  const fields = fieldsOf(table);
  const full = packageRows(table);

  const csv = await download(page, 'CSV');
  expect(csv.name).toBe(`${table}-${locale}-selection.csv`);
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith(BOM), 'the CSV starts with a byte order mark, like the package’s').toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = csvParseRows(text.slice(1).replace(/\r\n$/, ''));
  expect(header).toEqual(fields);
  expect(rows.map((r) => r[header.indexOf('id')])).toEqual(shown.map((r) => r.id));
  expect(rows.map((r) => r[header.indexOf(`title_${locale}`)])).toEqual(shown.map((r) => r.title));
  for (const r of rows) expect(r).toEqual(full.byId.get(r[0]));
  await expect.poll(() => page.getByRole('status').filter({ hasText: csv.name }).count()).toBe(1);

  const json = await download(page, 'JSON');
  expect(json.name).toBe(`${table}-${locale}-selection.json`);
  const records = JSON.parse(json.bytes.toString('utf8')) as Record<string, string | number | null>[];
  expect(records.map((r) => r.id)).toEqual(shown.map((r) => r.id));
  for (const [i, r] of records.entries()) {
    expect(Object.keys(r)).toEqual(fields);
    expect(Object.values(r).map((v) => (v === null ? '' : String(v)))).toEqual(rows[i]);
  }
  return shown;
}

describe.each<Locale>(['zh-cn', 'en', 'ar'])('in %s, the activities explorer', (locale) => {
  const path = requiredPage('explorer', locale);

  it('downloads every activity when nothing is filtered', async () => {
    const ctx = await context();
    const page = await open(ctx, path, locale);
    const shown = await expectDownloadsMatch(page, 'activities', locale);
    expect(shown).toHaveLength(model.activities.length);
    await ctx.close();
  });

  it('downloads exactly the rows a facet and a text leave, and its copied link shows them again', async () => {
    const ctx = await context();
    const page = await open(ctx, path, locale);
    const all = await shownRows(page);
    await page.locator('summary', { hasText: t(locale, 'facet.region') }).click();
    await page
      .getByRole('group', { name: t(locale, 'facet.region') })
      .getByRole('checkbox')
      .nth(1)
      .check();
    await expect.poll(async () => (await shownRows(page)).length).toBeLessThan(all.length);
    // A word the rows show: the kind of the first one (a cell of its row).
    const kind = (await page.locator('tr[data-row]:visible').first().locator('td').nth(3).textContent()) ?? '';
    expect(kind).not.toBe('');
    const byRegion = await shownRows(page);
    await page.getByRole('searchbox', { name: t(locale, 'explorer.text') }).fill(kind);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(kind);
    const shown = await expectDownloadsMatch(page, 'activities', locale);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(byRegion.length);

    await page.getByRole('button', { name: t(locale, 'explorer.copyLink') }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: t(locale, 'explorer.copied') })
          .count(),
      )
      .toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const again = await open(ctx, new URL(copied).pathname + new URL(copied).search, locale);
    await expect.poll(() => shownRows(again)).toEqual(shown);
    await ctx.close();
  });
});

describe('the forums explorer', () => {
  it('downloads the forums of a region (en)', async () => {
    const ctx = await context();
    const page = await open(ctx, `${listUrl('en', 'forums')}?region=eur`, 'en');
    const shown = await expectDownloadsMatch(page, 'forums', 'en');
    expect(shown.map((r) => r.id)).toEqual(model.forums.filter((f) => f.facts.region === 'eur').map((f) => f.id));
    await ctx.close();
  });
});

describe('without JavaScript', () => {
  it.each<[Locale, 'activities' | 'forums', number]>([
    ['en', 'activities', model.activities.length],
    ['zh-cn', 'activities', model.activities.length],
    ['ar', 'forums', model.forums.length],
  ])('in %s, the %s list links its full files, which resolve, and shows no dead button', async (locale, table, n) => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${inject('baseUrl')}${listUrl(locale, table)}`);
    expect(await page.getByRole('group', { name: t(locale, 'explorer.selection') }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'CSV', exact: true }).isVisible()).toBe(false);
    const csvLink = page.getByRole('link', { name: `${table}.csv`, exact: true });
    const jsonLink = page.getByRole('link', { name: `${table}.json`, exact: true });
    expect(await csvLink.isVisible()).toBe(true);
    expect(await jsonLink.isVisible()).toBe(true);

    const csv = await ctx.request.get(new URL((await csvLink.getAttribute('href'))!, page.url()).href);
    expect(csv.ok()).toBe(true);
    const [header, ...rows] = csvParseRows((await csv.text()).replace(/^\uFEFF/, '').replace(/\r\n$/, ''));
    expect(header).toEqual(fieldsOf(table));
    expect(rows).toHaveLength(n);
    const json = await ctx.request.get(new URL((await jsonLink.getAttribute('href'))!, page.url()).href);
    expect(json.ok()).toBe(true);
    const records = (await json.json()) as Record<string, unknown>[];
    expect(records.map((r) => r.id)).toEqual(rows.map((r) => r[0]));
    await ctx.close();
  });
});
