/**
 * `npm run check`: every check in one run, every problem printed as
 * `file:line field: message`, exit status 1 when anything is wrong.
 *   --content-only  skip the type check (astro check), for a quick run.
 * The content root comes from CONTENT_ROOT (default ./content).
 */
import { spawnSync } from 'node:child_process';
import { checkContent, PROJECT_ROOT, sortProblems } from '../src/editor/check.ts';
import { formatProblem } from '../src/loading/problems.ts';
import { staleSchemaFiles } from '../src/editor/schema-files.ts';
import { contentRoot } from '../src/loading/content-root.ts';
import { fileHistory, lastCommit } from '../src/model/git-dates.ts';
import { formatTranslationReport, translationReport } from '../src/editor/translation-report.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--content-only');
if (unknown.length) {
  console.error(`unknown option ${unknown.join(' ')} (usage: npm run check [-- --content-only])`);
  process.exit(2);
}
const started = Date.now();
const { loaded, problems: content } = await checkContent({ root: contentRoot() });
const problems = sortProblems([...content, ...staleSchemaFiles(PROJECT_ROOT)]);
for (const p of problems) console.error(formatProblem(p));
const counts = Object.entries(loaded.set.facts)
  .map(([c, e]) => `${e.length} ${c}`)
  .join(', ');
// What translators have to do, language by language (missing texts are problems above too).
const history = fileHistory(PROJECT_ROOT);
for (const line of formatTranslationReport(translationReport(loaded.set, (f) => lastCommit(f, history), contentRoot()))) console.log(line);
console.log(
  `content: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${counts}, ${loaded.set.texts.length} texts) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

let types = 0;
if (!args.includes('--content-only')) {
  // astro check prints its own report (file:line:column - error …).
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], { stdio: 'inherit', cwd: PROJECT_ROOT });
  types = r.status ?? 1;
  console.log(types === 0 ? 'types: no errors' : 'types: errors above (astro check)');
}
process.exit(problems.length || types ? 1 : 0);
