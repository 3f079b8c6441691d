/**
 * `npm run lighthouse`: Lighthouse (mobile) with Debian's Chromium on the home
 * page, a region page, the map, the timeline and the activity explorer (the
 * pages the routes and the model say the site has; one missing from dist/ is
 * an error), in Chinese, English and Arabic unless LIGHTHOUSE_LOCALES says.
 * Prints the four category scores per page and what costs points, writes the
 * HTML reports to .lighthouse/, and exits non-zero when a score is below
 * issue 14's (THRESHOLDS: performance 95, the others 100), as the test does.
 *
 *   npm run lighthouse
 *   LIGHTHOUSE_LOCALES=en,fr npm run lighthouse
 *
 * Builds the site first when dist/ is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { buildEnv } from '../tests/helpers/build.ts';
import { belowThresholds, CATEGORIES, LIGHTHOUSE_LOCALES, lighthouseTargets, runLighthouse } from '../tests/helpers/lighthouse.ts';
import { serve } from '../tests/helpers/server.ts';
import { unbuilt } from '../tests/helpers/site.ts';
import { isLocale, LOCALES as SITE_LOCALES } from '../src/schemas/vocab.ts';

const LOCALES = process.env.LIGHTHOUSE_LOCALES
  ? process.env.LIGHTHOUSE_LOCALES.split(',').map((given: string) => {
      const l = given;
      if (isLocale(l)) return l;
      throw new Error(`LIGHTHOUSE_LOCALES: "${given}" is not a locale (${SITE_LOCALES.join(', ')})`);
    })
  : LIGHTHOUSE_LOCALES;
const OUT = '.lighthouse';

if (!existsSync('dist/index.html')) {
  console.log('dist/ missing: building the site');
  const r = spawnSync('node_modules/.bin/astro', ['build'], { stdio: 'inherit', env: buildEnv() });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const targets = lighthouseTargets(LOCALES);
const missing = unbuilt(targets.map((t) => t.path));
if (missing.length) {
  console.log(`Not in dist/: ${missing.join(', ')}`);
  process.exit(1);
}

// Compressed, as a static host serves the site.
const { server, url } = await serve('dist', 0, { gzip: true });
let results;
try {
  results = await runLighthouse(
    url,
    targets.map((t) => t.path),
  );
} finally {
  server.close();
}

mkdirSync(OUT, { recursive: true });
console.log(`\n${'Lighthouse, mobile'.padEnd(34)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
for (const [i, r] of results.entries()) {
  writeFileSync(`${OUT}/${r.path.replace(/\W+/g, '_').replace(/^_|_$/g, '')}.html`, r.report);
  console.log(`${`${targets[i].kind} ${r.path}`.padEnd(34)}${CATEGORIES.map((c) => String(r.scores[c] ?? 'error').padStart(16)).join('')}`);
  if (r.performanceRuns.length > 1) console.log(`    performance runs: ${r.performanceRuns.join(', ')} (the best counts)`);
  console.log(`    benchmarkIndex ${Math.round(r.benchmarkIndex)}`);
  for (const p of r.problems) console.log(`    ${p}`);
  for (const [c, audits] of Object.entries(r.losses)) console.log(`    ${c}: ${audits.join('; ')}`);
}
writeFileSync(
  `${OUT}/summary.json`,
  `${JSON.stringify(
    results.map(({ path, scores, losses, performanceRuns, benchmarkIndex }) => ({ path, scores, losses, performanceRuns, benchmarkIndex })),
    null,
    2,
  )}\n`,
);
const low = belowThresholds(results);
if (low.length) {
  console.log(`\nBelow issue 14's scores:\n${low.map((l) => `  ${l}`).join('\n')}`);
  process.exit(1);
}
