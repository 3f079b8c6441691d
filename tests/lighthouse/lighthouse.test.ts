/**
 * Lighthouse (mobile) on the home page, a region page, the map, the timeline
 * and the explorer, in Chinese, English and Arabic: issue 14's scores, 100 in
 * accessibility, best practices and SEO and at least 95 in performance
 * (THRESHOLDS). `npm run lighthouse` prints the scores and what costs points.
 * A page of these kinds missing from the build fails the test.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Server } from 'node:http';
import {
  belowThresholds,
  CATEGORIES,
  LIGHTHOUSE_LOCALES,
  lighthouseTargets,
  runLighthouse,
  THRESHOLDS,
  type LighthouseResult,
} from '../helpers/lighthouse.ts';
import { serve } from '../helpers/server.ts';
import { unbuilt } from '../helpers/site.ts';

const targets = lighthouseTargets(LIGHTHOUSE_LOCALES);
let results: LighthouseResult[] = [];
let server: Server | undefined;

beforeAll(async () => {
  expect(unbuilt(targets.map((t) => t.path)), 'pages Lighthouse must audit that the build did not write').toEqual([]);
  // dist/ compressed, as a static host serves it (the shared test server sends files as stored).
  const served = await serve('dist', 0, { gzip: true });
  server = served.server;
  results = await runLighthouse(
    served.url,
    targets.map((t) => t.path),
  );
  console.log(
    results
      .map(
        (r) => `${r.path}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')} (performance runs ${r.performanceRuns.join(', ')})`,
      )
      .join('\n'),
  );
}, 1_200_000);

afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

test.each(targets)(`$kind $path scores ${CATEGORIES.map((c) => `${c} ≥ ${THRESHOLDS[c]}`).join(', ')}`, ({ path }) => {
  const result = results.find((r) => r.path === path);
  expect(result, `no Lighthouse result for ${path}`).toBeDefined();
  expect(belowThresholds([result!])).toEqual([]);
});
