/**
 * Lighthouse (mobile) on the home page, a region page, the map, the timeline
 * and the explorer: every category scores at least 90 (the goal is 100;
 * `npm run lighthouse` prints the scores and what costs points). A page of
 * these kinds missing from the build fails the test.
 */
import { expect, inject, test } from 'vitest';
import { CATEGORIES, lighthouseTargets, runLighthouse } from '../helpers/lighthouse.ts';
import { unbuilt } from '../helpers/site.ts';

const MIN = 90;
const targets = lighthouseTargets(['en']);

test(`scores at least ${MIN} in every category: ${targets.map((t) => t.kind).join(', ')}`, async () => {
  expect(unbuilt(targets.map((t) => t.path)), 'pages Lighthouse must audit that the build did not write').toEqual([]);
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
