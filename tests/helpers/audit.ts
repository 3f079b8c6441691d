/**
 * Loads one page in Chromium and reports everything wrong with it: console
 * errors, uncaught exceptions, failed or erroring requests, requests to another
 * origin, Content Security Policy violations, and axe-core WCAG violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Response, Route } from 'playwright-core';

export type Theme = 'light' | 'dark';

export interface PageReport {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
  axe: string[];
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * A context in one theme: Starlight reads localStorage 'starlight-theme' before
 * first paint (and falls back to prefers-color-scheme, emulated too). Every page
 * records CSP violations from its first script on.
 */
export async function themedContext(
  browser: Browser,
  theme: Theme,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme: theme, viewport, reducedMotion: 'reduce' });
  await context.addInitScript((t) => {
    try {
      localStorage.setItem('starlight-theme', t);
    } catch {
      // Opaque origins (about:blank) have no storage.
    }
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  }, theme);
  return context;
}

/** Attaches listeners that fill a report as the page runs; `stop()` detaches them. */
export function watch(page: Page, origin: string): { report: PageReport; stop: () => void } {
  const report: PageReport = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [], axe: [] };
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error') report.consoleErrors.push(m.text());
  };
  const onPageError = (e: Error) => report.pageErrors.push(e.message);
  const onRequest = (r: Request) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) report.foreignRequests.push(r.url());
  };
  const onFailed = (r: Request) => {
    // A navigation held by holdNavigation ends as aborted: the audit's doing, not the page's.
    if (!held.has(r)) report.failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`);
  };
  const onResponse = (r: Response) => {
    if (r.status() >= 400) report.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  };
  return { report, stop };
}

/** The CSP violations a page recorded so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
}

/** axe-core violations of the page in its current state, one line per rule. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to injecting axe.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
    return r.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`,
    );
  }, AXE_TAGS);
  return violations;
}

/**
 * Loads a URL in an open tab and audits it. Tabs are reused from page to page:
 * a same-site navigation keeps the renderer process (measured: 2.5 times
 * cheaper than a new tab per page).
 */
/** Navigations answered 204 by holdNavigation. */
const held = new WeakSet<Request>();

/**
 * Keeps the tab on the audited page: a navigation elsewhere (the old document
 * URL's meta refresh) is answered 204 No Content, which a browser does not
 * follow, so the audit sees the page it loaded.
 */
async function holdNavigation(page: Page, url: string): Promise<() => Promise<void>> {
  const handler = async (route: Route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== url) {
      held.add(request);
      await route.fulfill({ status: 204 });
    } else await route.fallback();
  };
  await page.route('**/*', handler);
  return () => page.unroute('**/*', handler);
}

export async function auditPage(page: Page, url: string, { axe = true } = {}): Promise<PageReport> {
  const release = await holdNavigation(page, url);
  const { report, stop } = watch(page, new URL(url).origin);
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (axe) report.axe = await axeViolations(page);
    report.cspViolations = await cspViolations(page);
    return report;
  } finally {
    stop();
    await release();
  }
}

/**
 * Switches a loaded page to a theme the way a reader does: with Starlight's
 * theme picker (which stores the choice and sets <html data-theme>), the
 * system preference emulated to match. Pages without the picker (the language
 * chooser) follow the system preference and are reloaded with it.
 */
async function switchTheme(page: Page, theme: Theme): Promise<'picker' | 'reload'> {
  await page.emulateMedia({ colorScheme: theme });
  const picker = page
    .getByRole('combobox')
    .filter({ has: page.locator(`option[value="${theme}"]`) })
    .filter({ visible: true })
    .first();
  if ((await picker.count()) > 0) {
    await picker.selectOption(theme);
    const applied = await page.evaluate(() => document.documentElement.dataset.theme);
    if (applied !== theme) throw new Error(`${page.url()}: the theme picker set data-theme="${applied}", not "${theme}"`);
    return 'picker';
  }
  await page.reload({ waitUntil: 'load' });
  return 'reload';
}

/**
 * Audits a page in the light theme as loaded, then in the dark theme after
 * switching to it on the same page: two reports. The dark report's console,
 * request and CSP findings are those from the switch on.
 */
export async function auditPageBothThemes(page: Page, url: string): Promise<(PageReport & { theme: Theme })[]> {
  const light = await auditPage(page, url);
  const release = await holdNavigation(page, url);
  const { report, stop } = watch(page, new URL(url).origin);
  try {
    const before = (await cspViolations(page)).length;
    const how = await switchTheme(page, 'dark');
    report.axe = await axeViolations(page);
    report.cspViolations = (await cspViolations(page)).slice(how === 'picker' ? before : 0);
  } finally {
    stop();
    await release();
    await page.emulateMedia({ colorScheme: 'light' });
  }
  return [
    { theme: 'light', ...light },
    { theme: 'dark', ...report },
  ];
}

/** A fixed set of tabs shared by concurrent tests: `use` waits for a free one. */
export class TabPool<T> {
  private free: T[];
  private waiting: ((tab: T) => void)[] = [];
  constructor(tabs: T[]) {
    this.free = [...tabs];
  }
  async use<R>(fn: (tab: T) => Promise<R>): Promise<R> {
    const tab = this.free.pop() ?? (await new Promise<T>((resolve) => this.waiting.push(resolve)));
    try {
      return await fn(tab);
    } finally {
      const next = this.waiting.shift();
      if (next) next(tab);
      else this.free.push(tab);
    }
  }
}

export const CLEAN: PageReport = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [], axe: [] };
