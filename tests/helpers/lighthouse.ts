/**
 * Lighthouse (mobile, its default settings) on built pages with Debian's
 * Chromium, launched by chrome-launcher with the same flags as the browser
 * tests. Shared by `npm run lighthouse` (scripts/lighthouse.ts) and the test.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';
import { pageKind } from './site.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
/** The pages Lighthouse looks at, by kind; a kind not built yet is skipped. */
export const LIGHTHOUSE_KINDS = ['home', 'region', 'map', 'timeline', 'explorer'];

export interface LighthouseResult {
  path: string;
  scores: Record<Category, number | null>;
  /** Audits that cost points, per category below 100. */
  losses: Partial<Record<Category, string[]>>;
  report: string;
  problems: string[];
}

/** For each kind, the first page of that kind in each locale; and the kinds missing from the build. */
export function lighthouseTargets(pages: string[], locales: string[]): { targets: { kind: string; path: string }[]; missing: string[] } {
  const targets: { kind: string; path: string }[] = [];
  const missing: string[] = [];
  for (const locale of locales) {
    for (const kind of LIGHTHOUSE_KINDS) {
      const path = pages.find((p) => p.startsWith(`/${locale}/`) && pageKind(p) === kind);
      if (path) targets.push({ kind, path });
      else missing.push(`${kind} (${locale})`);
    }
  }
  return { targets, missing };
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
      if (!result || CATEGORIES.some((c) => result!.lhr.categories[c]?.score == null)) {
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
        CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100)]),
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
