/**
 * The site works with the keyboard alone (Tab, arrows, Enter, typing): the
 * language switch, the search (open the dialog, type, reach a result, follow
 * it), and every interactive item of the map, the timeline and the activity
 * explorer when those pages exist. Search runs under the page's full CSP
 * (Pagefind's WebAssembly included): no violation, no console error.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { cspViolations, themedContext, watch } from '../helpers/audit.ts';
import { readFileSync } from 'node:fs';
import { builtPages, fileOf, pageKind, requiredPage, unbuilt } from '../helpers/site.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { LANGUAGES, language } from '../../src/i18n/registry.ts';
import { t } from '../../src/i18n/ui.ts';
import { elements, parseHtml } from '../helpers/parse5.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages();
/** The first region page of a language, and its title (the region's name: something the search index has). */
function region(locale: string) {
  const path = pages.find((p) => p.startsWith(`/${locale}/`) && pageKind(p) === 'region');
  if (!path) throw new Error(`no region page in /${locale}/`);
  const h1 = elements(parseHtml(readFileSync(fileOf(path), 'utf8'))).find((e) => e.tagName === 'h1');
  const title =
    h1?.childNodes
      .map((c) => ('value' in c ? c.value : ''))
      .join('')
      .trim() ?? '';
  return { path, title };
}
/** The search button's and dialog's label in each language, and a query its index has. */
const SEARCH = Object.fromEntries(LANGUAGES.map((l) => [l.code, { label: t(l.code, 'search.open'), query: region(l.code).title }]));

let browser: Browser | undefined; // undefined in afterAll when launch() failed
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await themedContext(browser, 'light');
});
afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until `target` (or something inside it) has focus; returns the number of presses. */
async function tabTo(page: Page, target: Locator, max = 100): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return i;
  }
  throw new Error(`not reached with ${max} Tab presses`);
}

async function open(path: string) {
  const page = await context.newPage();
  const { report, stop } = watch(page, baseUrl);
  await page.goto(baseUrl + path);
  return { page, report, stop };
}

describe('language switch', () => {
  // Each language reached from the one before it in the chooser (Arrow Down), the first from the second (Arrow Up).
  const pairs = LANGUAGES.map((l, i) => [LANGUAGES[i === 0 ? 1 : i - 1].code, l.code] as const);
  test.each(pairs.map(([from, to]) => [region(from).path, to, language(to).label] as const))(
    'from %s to the same page in %s',
    async (from, to, optionLabel) => {
      const { page, report, stop } = await open(from);
      const select = page.getByRole('combobox').filter({ has: page.getByRole('option', { name: optionLabel }) });
      await tabTo(page, select);
      const target = from.replace(/^\/[^/]+\//, `/${to}/`);
      // A closed select changes its value with the arrow keys; Starlight navigates on change.
      const optionIndex = await select.evaluate(
        (el, label) => [...(el as HTMLSelectElement).options].findIndex((o) => o.text === label),
        optionLabel,
      );
      const currentIndex = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
      await Promise.all([page.waitForURL(baseUrl + target), page.keyboard.press(optionIndex > currentIndex ? 'ArrowDown' : 'ArrowUp')]);
      expect(await page.locator('html').getAttribute('lang')).toBe(language(to).tag);
      expect(await page.locator('html').getAttribute('dir')).toBe(language(to).dir);
      stop();
      expect(report.consoleErrors).toEqual([]);
      await page.close();
    },
  );
});

describe('search, under the Content Security Policy', () => {
  test.each(Object.entries(SEARCH))('%s: open with Enter, type, reach a result and follow it', async (locale, { label, query }) => {
    const { page, report, stop } = await open(`/${locale}/`);
    // Pagefind searches in a web worker and only warns when it has to fall back to the main thread.
    const workers: string[] = [];
    const pagefindWarnings: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    page.on('console', (m) => {
      if (m.type() === 'warning' && /pagefind/i.test(m.text())) pagefindWarnings.push(m.text());
    });
    const button = page.getByRole('button', { name: label });
    const dialog = page.getByRole('dialog', { name: label, includeHidden: true });
    const field = dialog
      .getByRole('searchbox', { includeHidden: true })
      .or(dialog.getByRole('textbox', { includeHidden: true }))
      .first();
    // The dialog is built when search is about to be used (the button reached), then opened by Enter.
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(true);
    // The dialog puts the focus in its search field.
    await expect.poll(() => field.evaluate((el) => el === document.activeElement), { timeout: 15_000 }).toBe(true);
    await page.keyboard.type(query, { delay: 20 });
    const firstResult = dialog.getByRole('link').filter({ hasText: query }).first();
    await firstResult.waitFor({ state: 'visible', timeout: 20_000 }).catch(async (e: unknown) => {
      throw new Error(
        `no result for "${query}": ${e instanceof Error ? e.message : String(e)}\nconsole errors: ${report.consoleErrors.join(' | ')}\nCSP violations: ${(await cspViolations(page)).join(' | ')}`,
      );
    });
    // Results render as Pagefind's fragments arrive: wait until they have all arrived, so the link Tab reaches is not replaced under it.
    await page.waitForLoadState('networkidle');
    await tabTo(page, firstResult, 20);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    expect(href).toMatch(new RegExp(`^/${locale}/`));
    await Promise.all([page.waitForURL((u) => u.pathname === new URL(href!, baseUrl).pathname), page.keyboard.press('Enter')]);
    stop();
    // Following a result may cancel the browser's prefetch of it (speculation rules), which is no failure.
    const target = new URL(href!, baseUrl).href;
    const failedRequests = report.failedRequests.filter((f) => f !== `${target}: net::ERR_ABORTED`);
    expect({
      consoleErrors: report.consoleErrors,
      pageErrors: report.pageErrors,
      failedRequests,
      csp: await cspViolations(page),
      pagefindWarnings,
    }).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      csp: [],
      pagefindWarnings: [],
    });
    // Search runs Pagefind without its worker (12 KB less to fetch); none may be started behind the CSP's back.
    expect(workers).toEqual([]);
    await page.close();
  });
});

/**
 * Every interactive element of an interactive page's <main> (facets, map and
 * timeline items, links) is reached by Tab alone.
 */
async function everyItemReachable(path: string) {
  const { page, report, stop } = await open(path);
  // Visible ones only: links in a closed <details> (the figures' tables) are rightly skipped by Tab until it is opened.
  const focusable = page
    .locator('main')
    .locator('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])')
    .filter({ visible: true });
  const count = await focusable.count();
  expect(count, `${path}: no interactive element in <main>`).toBeGreaterThan(0);
  await tabTo(page, focusable.first());
  const reached = new Set<number>([0]);
  for (let i = 1; i < count + 20 && reached.size < count; i++) {
    await page.keyboard.press('Tab');
    const at = await focusable.evaluateAll((els) =>
      els.findIndex((el) => el === document.activeElement || el.contains(document.activeElement)),
    );
    if (at >= 0) {
      reached.add(at);
      continue;
    }
    // Another focusable thing of <main> (a <summary>, say): keep tabbing; out of <main>: the end.
    if (!(await page.evaluate(() => !!document.activeElement?.closest('main')))) break;
  }
  expect(reached.size, `${path}: ${count - reached.size} of ${count} interactive elements not reached by Tab`).toBe(count);
  stop();
  expect(report.consoleErrors).toEqual([]);
  await page.close();
}

describe('interactive pages: every item reachable by keyboard', () => {
  for (const kind of ['explorer', 'map', 'timeline'] as const) {
    // The pages the site must have (one per language), and any other built page of the kind.
    const required = LOCALES.map((locale) => requiredPage(kind, locale));
    const of = [...new Set([...required, ...pages.filter((p) => pageKind(p) === kind)])];
    for (const path of of) {
      test(`${kind}: ${path}`, async () => {
        expect(unbuilt([path]), `no ${kind} page ${path} in dist/`).toEqual([]);
        await everyItemReachable(path);
      });
    }
  }
});
