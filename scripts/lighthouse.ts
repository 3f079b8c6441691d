/**
 * `npm run lighthouse`: Lighthouse (mobile) with Debian's Chromium on the home
 * page, a region page, the map, the timeline and the activity explorer (the
 * pages the routes and the model say the site has; one missing from dist/ is
 * an error).
 * Prints the four category scores per page, writes the HTML reports to
 * .lighthouse/, and exits non-zero when a score is below LIGHTHOUSE_MIN
 * (default 90; the goal is 100).
 *
 *   npm run lighthouse
 *   LIGHTHOUSE_LOCALES=en,zh-cn npm run lighthouse
 *
 * Builds the site first when dist/ is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { buildEnv } from '../tests/helpers/build.ts';
import { CATEGORIES, lighthouseTargets, runLighthouse } from '../tests/helpers/lighthouse.ts';
import { serve } from '../tests/helpers/server.ts';
import { unbuilt } from '../tests/helpers/site.ts';
import { LOCALES as SITE_LOCALES } from '../src/schemas/vocab.ts';

const LOCALES = (process.env.LIGHTHOUSE_LOCALES ?? 'en').split(',').map((l) => {
  if (!(SITE_LOCALES as readonly string[]).includes(l))
    throw new Error(`LIGHTHOUSE_LOCALES: "${l}" is not a locale (${SITE_LOCALES.join(', ')})`);
  return l;
});
const MIN = Number(process.env.LIGHTHOUSE_MIN ?? 90);
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

const { server, url } = await serve('dist');
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
let failed = false;
console.log(`\n${'Lighthouse, mobile'.padEnd(34)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
for (const [i, r] of results.entries()) {
  writeFileSync(`${OUT}/${r.path.replace(/\W+/g, '_').replace(/^_|_$/g, '')}.html`, r.report);
  console.log(`${`${targets[i].kind} ${r.path}`.padEnd(34)}${CATEGORIES.map((c) => String(r.scores[c] ?? 'error').padStart(16)).join('')}`);
  for (const p of r.problems) console.log(`    ${p}`);
  for (const [c, audits] of Object.entries(r.losses)) console.log(`    ${c}: ${audits.join('; ')}`);
  if (CATEGORIES.some((c) => (r.scores[c] ?? 0) < MIN)) failed = true;
}
writeFileSync(
  `${OUT}/summary.json`,
  `${JSON.stringify(
    results.map(({ path, scores, losses }) => ({ path, scores, losses })),
    null,
    2,
  )}\n`,
);
if (failed) {
  console.log(`\nA score is below ${MIN}.`);
  process.exit(1);
}
