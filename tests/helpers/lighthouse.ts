/**
 * Lighthouse (mobile, its default settings) on built pages with Debian's
 * Chromium, launched by chrome-launcher with the same flags as the browser
 * tests. Shared by `npm run lighthouse` (scripts/lighthouse.ts) and the test.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';
import type { Locale } from '../../src/schemas/vocab.ts';
import { requiredPage, type RequiredKind } from './site.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
/** The kinds of page Lighthouse looks at: one page of each in each language asked for. */
const LIGHTHOUSE_KINDS: readonly RequiredKind[] = ['home', 'region', 'map', 'timeline', 'explorer'];

export interface LighthouseResult {
  path: string;
  scores: Record<Category, number | null>;
  /** Audits that cost points, per category below 100. */
  losses: Partial<Record<Category, string[]>>;
  report: string;
  problems: string[];
}

/** For each kind, the page of that kind each locale must have (from the routes and the model, not from dist/). */
export function lighthouseTargets(locales: readonly Locale[]): { kind: RequiredKind; path: string }[] {
  return locales.flatMap((locale) => LIGHTHOUSE_KINDS.map((kind) => ({ kind, path: requiredPage(kind, locale) })));
}

/** Runs Lighthouse on each path of a served site, one after the other, in one Chromium. */
export async function runLighthouse(baseUrl: string, paths: string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      // A run that fails to trace (rare, under heavy load) scores null: run it again once.
      let result = await lighthouse(baseUrl + path, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result || CATEGORIES.some((c) => result!.lhr.categories[c].score == null)) {
        result = await lighthouse(baseUrl + path, {
          port: chrome.port,
          output: 'html',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
      }
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, lhr.categories[c].score == null ? null : Math.round(lhr.categories[c].score * 100)]),
      ) as LighthouseResult['scores'];
      const losses: LighthouseResult['losses'] = {};
      for (const c of CATEGORIES) {
        if (scores[c] === 100) continue;
        losses[c] = lhr.categories[c].auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => `${a.id} ${a.displayValue ?? ''} (${a.score})`.replace('  ', ' '));
      }
      const problems = [...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []), ...lhr.runWarnings];
      results.push({ path, scores, losses, report: result.report as string, problems });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
