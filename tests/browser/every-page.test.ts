/**
 * Every built page, in both languages and both themes, loaded in Chromium:
 * no console error, no uncaught exception, no failed request, no request to
 * another origin, no Content Security Policy violation, no axe-core WCAG 2.2 AA
 * violation. Pages come from the build itself (sitemap ∪ dist listing), so new
 * pages are covered as soon as they exist.
 *
 * Desktop: every page of the source language (and the root and 404 pages),
 * and for each other language the first, middle and last page of each kind
 * (six languages make ~2,000 pages, more than CI's time allows to load twice;
 * the pages of a kind share their components): loaded in the light theme,
 * audited, switched to the dark theme with Starlight's own theme picker,
 * audited again. Mobile, one page
 * per kind and language: loaded in each theme (stored preference and system
 * preference both set before load), so the theme-at-load path is covered too.
 * One browser; a few tabs, reused from page to page, work in parallel.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { auditPage, auditPageBothThemes, CLEAN, TabPool, themedContext, type Theme } from '../helpers/audit.ts';
import { builtPages, localeOf, samplePerKind, sitemapPaths, spreadPerKind } from '../helpers/site.ts';
import { isSource } from '../../src/i18n/registry.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';

const pages = [...new Set([...sitemapPaths(), ...builtPages()])].sort();
const inSource = (p: string) => {
  const l = localeOf(p);
  return l === undefined || isSource(l);
};
const audited = [...pages.filter(inSource), ...spreadPerKind(pages.filter((p) => !inSource(p)))].sort();
const baseUrl = inject('baseUrl');
const THEMES: Theme[] = ['light', 'dark'];
const MOBILE = { width: 390, height: 844 };
/** Desktop tabs working in parallel: enough to overlap page loads with axe runs on two cores. */
const TABS = Number(process.env.AUDIT_TABS ?? 3);

type Slot = Record<Theme, Page>;
let browser: Browser | undefined; // undefined in afterAll when launch() failed
let desktop: TabPool<Page>;
let mobile: TabPool<Slot>;

beforeAll(async () => {
  browser = await launch();
  // One context per tab: the theme picker stores the choice in localStorage, which a context shares.
  desktop = new TabPool(await Promise.all(Array.from({ length: TABS }, async () => (await themedContext(browser!, 'light')).newPage())));
  const phone = { light: await themedContext(browser, 'light', MOBILE), dark: await themedContext(browser, 'dark', MOBILE) };
  mobile = new TabPool([{ light: await phone.light.newPage(), dark: await phone.dark.newPage() }]);
});
afterAll(async () => {
  await browser?.close();
});

async function loadedInEachTheme(path: string) {
  return mobile.use(async (slot) => {
    const reports = [];
    for (const theme of THEMES) reports.push({ theme, ...(await auditPage(slot[theme], baseUrl + path)) });
    return reports;
  });
}

const clean = THEMES.map((theme) => ({ theme, ...CLEAN }));

test('the sitemap lists every built page but the 404 page, in every language', () => {
  expect(sitemapPaths().sort()).toEqual(builtPages().filter((p) => p !== '/404.html'));
  const count = (l: string) => pages.filter((p) => p.startsWith(`/${l}/`)).length;
  for (const l of LOCALES) expect(count(l), l).toBe(count(LOCALES[0]));
});

describe.concurrent('every page of the source language, and each kind in every other, light and dark theme (desktop)', () => {
  for (const path of audited)
    test(path, async () => expect(await desktop.use((tab) => auditPageBothThemes(tab, baseUrl + path))).toEqual(clean));
});

describe.concurrent('one page per kind and language, loaded in the light and in the dark theme (mobile)', () => {
  for (const path of samplePerKind(pages)) test(path, async () => expect(await loadedInEachTheme(path)).toEqual(clean));
});
