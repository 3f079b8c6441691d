/**
 * `npm run doc-figures`: the figures the docs quote, computed instead of typed.
 * Each figure lives in a marked region of a doc,
 * `<!-- figures:NAME:start -->…<!-- figures:NAME:end -->`, which this script
 * rewrites; text outside the regions is never touched.
 *
 * Two sorts of figures:
 *
 * - **Computed from the committed files** (deterministic): the folders of
 *   src/ with their file counts, the pages the site builds per kind (from the
 *   content and the routes, as the link check computes them: site-urls.ts),
 *   the bad-input corpus's case count. `npm run doc-figures` rewrites them;
 *   tests/scripts/doc-figures.test.ts fails when a committed region differs.
 * - **Measured** (they depend on a build or a run): page weights from dist/
 *   (`--dist`), test counts and durations from a vitest JSON report
 *   (`--tests FILE`). Each region says when, at which commit, on what machine
 *   and by which command it was measured; they change only when measured again.
 *
 * Usage:
 *   npm run doc-figures                       # the computed regions
 *   npm run doc-figures -- --dist             # also the page weights of dist/ (build it first)
 *   npm run doc-figures -- --tests report.json [--wall-seconds N] [--cpu-seconds N] [--commit SHA] [--load N]
 *                                             # also the test counts, from
 *                                             # `npx vitest run --reporter=default --reporter=json --outputFile.json=report.json`
 *                                             # (--commit: the commit the run tested, when HEAD has moved since;
 *                                             # --load: the 1-minute load average when the run started)
 *   npm run doc-figures -- --check            # exit 1 if a computed region is stale (writes nothing)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/loading/load.ts';
import { expansionsOf, siteRoutes } from '../src/editor/site-urls.ts';
import { CASES } from '../tests/corpus/cases.ts';
import { builtPages, pageKind } from '../tests/helpers/site.ts';
import { pageWeight, type Weight } from '../tests/helpers/weight.ts';
import { readmeSummary, type Report } from './bench/report.ts';

export const PROJECT = fileURLToPath(new URL('..', import.meta.url));

// ---------------------------------------------------------------- regions

const MARK = /<!-- figures:([a-z][a-z0-9-]*):start -->\n?([\s\S]*?)<!-- figures:\1:end -->/g;

/** The regions of a doc, by name, with their bodies. */
export function regionsOf(text: string): Map<string, string> {
  return new Map([...text.matchAll(MARK)].map((m) => [m[1], m[2]]));
}

/** The doc with region `name` replaced by `body`; throws when the doc has no such region. */
export function replaceRegion(text: string, name: string, body: string): string {
  if (!regionsOf(text).has(name)) throw new Error(`no <!-- figures:${name}:start --> … <!-- figures:${name}:end --> region`);
  const inner = body.endsWith('\n') ? body : `${body}\n`;
  return text.replace(MARK, (all, n: string) => (n === name ? `<!-- figures:${n}:start -->\n${inner}<!-- figures:${n}:end -->` : all));
}

// ---------------------------------------------------------------- computed figures

/** What each folder of src/ holds: a folder missing here is an error, so that the README describes every folder. */
export const FOLDERS: Record<string, string> = {
  'src/schemas': 'zod schemas of the facts and texts, shared field builders, the closed vocabularies (`vocab.ts`)',
  'src/loading':
    'reading `content/`: `load.ts` (facts and texts, with file lines), `integrity.ts` (references, translations, dates), `mdx-check.ts` (MDX bodies) and `remote-resources.ts` (nothing loaded from another origin), `problems.ts` (`file:line field: message`), the Chinese original',
  'src/model':
    'the model built from the loaded content: backlinks, countries, dates, numbers, the document tree, translation status, git dates',
  'src/presentation':
    'what pages show, as pure functions: labels, URLs, routes and navigation, explorer rows, search data, edit links, the route middleware',
  'src/figures': 'maps and timelines: geography (`world.json`), layouts and SVG marks',
  'src/components': 'Astro components (render only)',
  'src/pages': 'routes: `[locale]/…` entity pages and indexes, the document, map and timeline; `index.astro` is the language chooser',
  'src/content': 'the guides (`src/content/docs/<locale>/guides/`, a Starlight collection)',
  'src/integrations': 'build hooks: `content-check.ts` (the content check before every build), the CSP hashes and header, guide-link rules',
  'src/editor':
    'editor tools: `check.ts` (`npm run check`), `site-urls.ts` (the pages links may point to), `scaffold.ts` (`npm run new`), JSON Schema files and the schema reference',
  'src/client': 'scripts that run in the browser: search, the explorer filter, map and timeline enhancements',
  'src/i18n':
    'languages as data: `languages/<code>.ts` (one locale entry per language), `strings/<code>.ts` (its interface strings and vocabulary labels), `registry.ts` (finds them), `keys.ts`, formatting; `ui.ts` looks strings up',
  'src/styles': 'the site stylesheets (Starlight `customCss`)',
};

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    if (f.startsWith('.')) return [];
    const abs = join(dir, f);
    return statSync(abs).isDirectory() ? walk(abs) : [abs];
  });

/** The README's project layout: every folder of src/ with its file count and what it holds. */
export function layoutTable(project = PROJECT): string {
  const src = join(project, 'src');
  const folders = readdirSync(src)
    .filter((f) => statSync(join(src, f)).isDirectory())
    .map((f) => `src/${f}`)
    .sort();
  const undescribed = folders.filter((f) => !(f in FOLDERS));
  if (undescribed.length) throw new Error(`no description for ${undescribed.join(', ')}: add one to FOLDERS in scripts/doc-figures.ts`);
  const gone = Object.keys(FOLDERS).filter((f) => !folders.includes(f));
  if (gone.length) throw new Error(`${gone.join(', ')} no longer exist: remove them from FOLDERS in scripts/doc-figures.ts`);
  const tests = walk(join(project, 'tests')).filter((f) => f.endsWith('.test.ts')).length;
  const rows = folders.map((f) => `| \`${f}/\` | ${walk(join(project, f)).length} | ${FOLDERS[f]} |`);
  return [
    '| Folder | Files | Holds |',
    '| --- | ---: | --- |',
    ...rows,
    `| \`scripts/\` | ${walk(join(project, 'scripts')).length} | command-line tools: \`check\`, \`new\`, \`schemas\`, \`bench\`, \`lighthouse\`, \`compare-builds\`, \`doc-figures\` |`,
    `| \`tests/\` | ${tests} test files | vitest suites, mirroring \`src/\` (plus \`corpus\`, \`content\`, \`pages\`, \`site\`, \`browser\`, \`build\`, \`lighthouse\`), and their helpers |`,
    '',
    'File counts: generated by `npm run doc-figures` from the files in the repository.',
  ].join('\n');
}

/**
 * Every page the site builds, from the content and the routes (no build):
 * the routes of src/pages and the guides, each dynamic segment expanded with
 * the ids it takes, plus Starlight's 404 page. tests/site/doc-figures.test.ts
 * checks that the build writes exactly these.
 */
export function modelPages(project = PROJECT, contentRoot = join(project, 'content')): string[] {
  const { set } = loadContent(contentRoot);
  const paths: string[] = [];
  for (const route of siteRoutes(project, expansionsOf(set))) {
    if (!route.page) continue;
    let acc = [''];
    for (const s of route.segments) {
      if ('literal' in s) acc = acc.map((a) => `${a}/${s.literal}`);
      else if ('oneOf' in s) acc = acc.flatMap((a) => [...s.oneOf].map((v) => `${a}/${v}`));
      else throw new Error(`${route.file}: a dynamic segment that is not expanded from content; count its pages by hand`);
    }
    paths.push(...acc.map((a) => `${a}/`));
  }
  return [...new Set([...paths, '/404.html'])].sort();
}

/** Pages per kind (tests/helpers/site.ts), as a table. */
export function pagesTable(paths = modelPages()): string {
  const kinds = new Map<string, number>();
  for (const p of paths) kinds.set(pageKind(p), (kinds.get(pageKind(p)) ?? 0) + 1);
  const rows = [...kinds].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `| ${k} | ${n} |`);
  return [
    `The site builds **${paths.length} pages**, by kind:`,
    '',
    '| Kind | Pages |',
    '| --- | ---: |',
    ...rows,
    '',
    'Computed by `npm run doc-figures` from `content/` and the routes (the same expansion the link check uses); `tests/site/doc-figures.test.ts` checks that the build writes exactly these pages.',
  ].join('\n');
}

export function corpusLine(): string {
  const failing = CASES.filter((c) => c.expected.length > 0).length;
  return `${CASES.length} cases (${failing} mistakes, each with its exact messages, and ${CASES.length - failing} that must pass); counted by \`npm run doc-figures\` from \`tests/corpus/cases.ts\`.`;
}

/** The README's benchmark figures: BENCHMARKS.json's, never typed. */
export function benchSummary(project = PROJECT): string {
  return readmeSummary(JSON.parse(readFileSync(join(project, 'BENCHMARKS.json'), 'utf8')) as Report);
}

/** The computed regions, per doc. */
export function computedRegions(project = PROJECT): Record<string, Record<string, string>> {
  return {
    'README.md': { layout: layoutTable(project), corpus: corpusLine(), bench: benchSummary(project) },
    'docs/testing.md': { pages: pagesTable(modelPages(project)), corpus: corpusLine() },
  };
}

// ---------------------------------------------------------------- measured figures

function git(args: string[]): string {
  const r = spawnSync('git', args, { cwd: PROJECT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** The site's sources: what a build depends on. */
const SITE_SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];
/** What a test run depends on. */
const TEST_SOURCES = [...SITE_SOURCES, 'tests', 'scripts', 'vitest.config.ts'];

/** The commit measured, "with uncommitted changes" when `paths` differ from it. */
export function commitStamp(paths = SITE_SOURCES): string {
  const sha = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = git(['status', '--porcelain', '--', ...paths]);
  return `commit \`${sha}\`${dirty ? ' with uncommitted changes' : ''}`;
}

/** The machine, as this process sees it (run the script where the figures were measured); `load`: the 1-minute load average when the run started. */
export function machineStamp(load?: number): string {
  const c = cpus();
  return `a ${c.length}-core machine (${c[0]?.model.trim() ?? 'unknown CPU'}${load === undefined ? '' : `, load average ${load} from other work when the run started`})`;
}

const kb = (n: number) => (n / 1024).toFixed(2);

/** The largest page per kind, gzipped, from a built dist/. */
export function weightsTable(dist: string, date = new Date()): string {
  const pages = builtPages(dist);
  const weighed = pages.map((p) => ({ kind: pageKind(p), weight: pageWeight(p) }));
  const kinds = [...new Set(weighed.map((w) => w.kind))].sort();
  const rows = kinds.map((kind) => {
    const of = weighed.filter((w) => w.kind === kind).map((w) => w.weight);
    const max = (k: keyof Weight) => kb(Math.max(...of.map((w) => w[k])));
    return `| ${kind} | ${of.length} | ${max('html')} | ${max('js')} | ${max('css')} |`;
  });
  return [
    `Measured ${date.toISOString().slice(0, 10)} by \`npm run doc-figures -- --dist\` on \`dist/\` built (\`npx astro build\`) at ${commitStamp()}: largest page per kind, gzipped (level 9), kB. The budgets are in \`tests/site/budgets.test.ts\`.`,
    '',
    '| Kind | Pages | HTML | JS at load | CSS |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** The parts of vitest's JSON report read here. */
export interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  startTime: number;
  success: boolean;
  testResults: { name: string; startTime?: number; endTime?: number; assertionResults: { status: string }[] }[];
}

/** The vitest project of a test file (the same folders as vitest.config.ts). */
export function projectOf(file: string): string {
  // A report may come from another checkout (a clean clone in CI): the folder under its tests/ decides.
  const rel = relative(PROJECT, file).split(/[\\/]/);
  const at = rel.lastIndexOf('tests');
  const folder = at >= 0 ? (rel[at + 1] ?? '') : '';
  if (['browser'].includes(folder)) return 'browser';
  if (['build'].includes(folder)) return 'build';
  if (['lighthouse'].includes(folder)) return 'lighthouse';
  const unit = ['loading', 'model', 'presentation', 'figures', 'editor', 'client', 'schemas', 'i18n', 'integrations', 'scripts'];
  return unit.includes(folder) ? 'unit' : 'site';
}

export function testsTable(
  report: VitestReport,
  options: { command: string; wallSeconds?: number; cpuSeconds?: number; date?: Date; commit?: string; load?: number } = {
    command: 'npm test',
  },
): string {
  const date = options.date ?? new Date(report.startTime);
  const projects = new Map<string, { files: number; tests: number; passed: number; skipped: number; failed: number }>();
  for (const f of report.testResults) {
    const p = projectOf(f.name);
    const row = projects.get(p) ?? { files: 0, tests: 0, passed: 0, skipped: 0, failed: 0 };
    row.files++;
    for (const a of f.assertionResults) {
      row.tests++;
      if (a.status === 'passed') row.passed++;
      else if (a.status === 'failed') row.failed++;
      else row.skipped++;
    }
    projects.set(p, row);
  }
  const order = ['unit', 'site', 'browser', 'build', 'lighthouse'];
  const rows = [...projects]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([p, r]) => `| ${p} | ${r.files} | ${r.tests} | ${r.passed} | ${r.skipped} | ${r.failed} |`);
  const end = Math.max(report.startTime, ...report.testResults.map((f) => f.endTime ?? 0));
  const wall = options.wallSeconds ?? (end - report.startTime) / 1000;
  const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
  return [
    `Measured ${date.toISOString().slice(0, 10)} at ${options.commit ? `commit \`${options.commit}\`` : commitStamp(TEST_SOURCES)} on ${machineStamp(options.load)}, \`${options.command}\`: **${report.numTotalTests} tests** in ${report.testResults.length} files, ${report.numPassedTests} passed, ${skipped} skipped, ${report.numFailedTests} failed; ${Math.round(wall)} s wall${options.cpuSeconds !== undefined ? `, ${Math.round(options.cpuSeconds)} CPU-seconds (Chromium included)` : ''}. Written by \`npm run doc-figures -- --tests <vitest JSON report>\`.`,
    '',
    '| Project | Files | Tests | Passed | Skipped | Failed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

// ---------------------------------------------------------------- CLI

/** Rewrites `name` in `doc` (relative to the project); returns whether it changed. */
function write(doc: string, name: string, body: string): boolean {
  const path = join(PROJECT, doc);
  const before = readFileSync(path, 'utf8');
  const after = replaceRegion(before, name, body);
  if (after !== before) writeFileSync(path, after);
  return after !== before;
}

/** Computed regions whose committed text differs from what the files give. */
export function staleRegions(project = PROJECT): string[] {
  const stale: string[] = [];
  for (const [doc, regions] of Object.entries(computedRegions(project))) {
    const committed = regionsOf(readFileSync(join(project, doc), 'utf8'));
    for (const [name, body] of Object.entries(regions)) {
      const inner = body.endsWith('\n') ? body : `${body}\n`;
      if (committed.get(name) !== inner) stale.push(`${doc} figures:${name}`);
    }
  }
  return stale;
}

function main(argv: string[]) {
  process.chdir(PROJECT); // dist/ and the test helpers' paths are relative to the project
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i < 0 ? undefined : argv[i + 1];
  };
  if (argv.includes('--check')) {
    const stale = staleRegions();
    for (const s of stale) console.error(`stale: ${s} (run npm run doc-figures)`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [doc, regions] of Object.entries(computedRegions()))
    for (const [name, body] of Object.entries(regions)) if (write(doc, name, body)) console.log(`${doc}: figures:${name} rewritten`);
  if (argv.includes('--dist')) {
    const dist = join(PROJECT, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is not built: run npx astro build first');
    if (write('docs/testing.md', 'weights', weightsTable(dist))) console.log('docs/testing.md: figures:weights rewritten');
  }
  const tests = arg('--tests');
  if (tests) {
    const report = JSON.parse(readFileSync(tests, 'utf8')) as VitestReport;
    const wall = arg('--wall-seconds');
    const cpu = arg('--cpu-seconds');
    const body = testsTable(report, {
      command: arg('--command') ?? 'npm test',
      wallSeconds: wall === undefined ? undefined : Number(wall),
      cpuSeconds: cpu === undefined ? undefined : Number(cpu),
      commit: arg('--commit'),
      load: arg('--load') === undefined ? undefined : Number(arg('--load')),
    });
    if (write('docs/testing.md', 'tests', body)) console.log('docs/testing.md: figures:tests rewritten');
  }
}

if (import.meta.main) main(process.argv.slice(2));
