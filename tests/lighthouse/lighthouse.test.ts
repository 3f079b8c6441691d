/**
 * Lighthouse (mobile) on the home page, a region page, the map, the timeline
 * and the explorer (when built): every category scores at least 90 (the goal
 * is 100; `npm run lighthouse` prints the scores and what costs points).
 */
import { expect, inject, test } from 'vitest';
import { CATEGORIES, lighthouseTargets, runLighthouse } from '../helpers/lighthouse.ts';
import { builtPages } from '../helpers/site.ts';

const MIN = 90;
const { targets, missing } = lighthouseTargets(builtPages(), ['en']);

for (const m of missing) test.skip(`${m}: no page of this kind in this build (built on another branch); skipped`, () => {});

test(`scores at least ${MIN} in every category: ${targets.map((t) => t.kind).join(', ')}`, async () => {
  expect(targets.length).toBeGreaterThanOrEqual(2);
  const results = await runLighthouse(
    inject('baseUrl'),
    targets.map((t) => t.path),
  );
  const low = results.flatMap((r) =>
    CATEGORIES.filter((c) => (r.scores[c] ?? 0) < MIN).map(
      (c) => `${r.path} ${c} ${r.scores[c]}: ${[...r.problems, ...(r.losses[c] ?? [])].join('; ')}`,
    ),
  );
  console.log(results.map((r) => `${r.path}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}`).join('\n'));
  expect(low).toEqual([]);
}, 300_000);
