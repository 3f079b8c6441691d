import { readFileSync } from 'node:fs';
/**
 * axe-core on the search button, the open search dialog with results, and the
 * explorer controls, in real Chromium. Includes axe's experimental
 * label-content-name-mismatch, which Starlight's own search button fails.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser | undefined; // undefined in afterAll when launch() failed
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page, include: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) blocks injected script tags.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations: Violation[] = await page.evaluate(
    async (sel) =>
      (
        await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> } }).axe.run(
          { include: [sel] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'] } },
        )
      ).violations,
    include,
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

it("the axe check catches Starlight's own search button (so a pass means something)", async () => {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
  // The markup of @astrojs/starlight/components/Search.astro, as rendered on a wide screen.
  await page.setContent(`<html lang="en"><body><site-search><button data-open-modal aria-label="Search" aria-keyshortcuts="Control+K">
    <svg aria-hidden="true" width="16" height="16"></svg><span aria-hidden="true">Search</span><kbd><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button></site-search></body></html>`);
  expect((await axe(page, 'site-search')).join('\n')).toMatch(/^label-content-name-mismatch/m);
  await page.close();
});

describe.each(['en', 'zh-cn'])('accessibility (%s)', (lang) => {
  it('search button: its accessible name contains its visible label, at every width', async () => {
    for (const width of [400, 1280]) {
      const page = await browser!.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${inject('baseUrl')}/${lang}/`);
      const button = page.getByRole('button', { name: lang === 'en' ? 'Search' : '搜索', exact: true });
      expect(await button.isVisible()).toBe(true);
      expect(await axe(page, 'site-search')).toEqual([]);
      await page.close();
    }
  });

  it('open dialog with results and filters has no violations', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${inject('baseUrl')}/${lang}/`);
    await page.getByRole('button', { name: lang === 'en' ? 'Search' : '搜索', exact: true }).click();
    await page.getByRole('searchbox').fill(lang === 'en' ? 'cybersecurity' : '网络安全');
    await page.locator('[data-results][data-query]:not([aria-busy]) > li').first().waitFor();
    await page.locator('site-search details summary').click();
    expect(await axe(page, 'site-search dialog')).toEqual([]);
    await page.close();
  });

  it('explorer controls have no violations', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${inject('baseUrl')}/${lang}/activities/?region=arb`);
    await page.locator('.explorer-form:not([hidden])').waitFor();
    expect(await axe(page, '.explorer')).toEqual([]);
    await page.close();
  });
});
