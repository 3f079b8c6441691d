/**
 * `npm run bench`: builds the site with N activities (real plus synthetic) and
 * a bare Starlight site with the same pages, measures both, and writes
 * BENCHMARKS.md (or, with --out, the rows as JSON). Timed targets live here,
 * never in the test suite. See BENCHMARKS.md for what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchContent } from './bench/generate.ts';
import { measureSearch, siteStats, type Run } from './bench/measure.ts';
import { buildSite, builtPages, copySite, HEAP_MB, writeBaseline } from './bench/sites.ts';
import { checkTargets, machineInfo, readmeSummary, renderMarkdown, toRows, type Measured, type Report } from './bench/report.ts';
import { replaceRegion } from './doc-figures.ts';

export interface Options {
  sizes: number[];
  out?: string;
  query: string;
  keep: boolean;
  /** Builds per site; the fastest counts (a busy machine only ever slows a build down). */
  runs: number;
  /** Re-renders BENCHMARKS.md from a report written by --out, without building. */
  from?: string;
}

export function parseArgs(argv: string[]): Options {
  const o: Options = { sizes: [100, 1000, 5000], query: 'spectrum', keep: false, runs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv.at(++i);
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') {
      const v = value();
      o.sizes = v.split(',').map((s) => {
        const x = Number(s.trim());
        if (!Number.isInteger(x) || x < 1)
          throw new Error(`--sizes: "${s}" is not a positive whole number (expected like --sizes 100,1000,5000)`);
        return x;
      });
    } else if (a === '--out') o.out = value();
    else if (a === '--query') o.query = value();
    else if (a === '--keep') o.keep = true;
    else if (a === '--from') o.from = value();
    else if (a === '--runs') {
      o.runs = Number(value());
      if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error(`--runs: expected a positive whole number`);
    } else
      throw new Error(
        `unknown option "${a}" (known: --sizes 100,1000,5000, --out FILE.json, --query WORD, --runs N, --keep, --from FILE.json)`,
      );
  }
  return o;
}

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

/** The commit the benchmark measures (short), and whether the site's files differ from it. */
function commitOf(project: string): string | undefined {
  const git = (args: string[]) => spawnSync('git', args, { cwd: project, encoding: 'utf8' });
  const sha = git(['rev-parse', '--short', 'HEAD']);
  if (sha.status !== 0) return undefined;
  const dirty = git([
    'status',
    '--porcelain',
    '--',
    'src',
    'content',
    'public',
    'scripts',
    'astro.config.mjs',
    'package-lock.json',
  ]).stdout.trim();
  return `${sha.stdout.trim()}${dirty ? ' with uncommitted changes' : ''}`;
}

/** Builds one temporary project and measures the build, the output and a search. */
const loads: number[] = [];

async function measure(label: string, build: () => Promise<Run>, dist: string, activities: number, options: Options): Promise<Measured> {
  const query = options.query;
  let run: Run | undefined;
  for (let i = 0; i < options.runs; i++) {
    rmSync(dist, { recursive: true, force: true });
    loads.push(loadavg()[0]);
    const r = await build();
    if (!run || r.seconds < run.seconds) run = r;
  }
  if (!run) throw new Error('no build ran');
  const stats = siteStats(dist);
  const search = await measureSearch(dist, query);
  log(
    `${label}: ${stats.pages} pages, build ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s), peak ${Math.round(run.peakRssMb)} MB, dist ${(stats.distBytes / 2 ** 20).toFixed(1)} MB, pagefind ${Math.round(stats.pagefindBytes / 1024)} KB, search ${Math.round(search.transferBytes / 1024)} KB (${Math.round(search.rawBytes / 1024)} KB uncompressed) in ${Math.round(search.firstResultMs)} ms (${search.results} results, via the ${search.method})`,
  );
  if (!search.results) throw new Error(`${label}: the search for "${query}" found nothing`);
  return {
    activities,
    pages: stats.pages,
    buildSeconds: run.seconds,
    buildCpuSeconds: run.cpuSeconds,
    peakRssMb: run.peakRssMb,
    largestProcessMb: run.largestProcessMb,
    distBytes: stats.distBytes,
    pagefindBytes: stats.pagefindBytes,
    search,
  };
}

/** Records a build that did not finish; the run stops there (a larger size would fail too). */
function failed(report: Report, activities: number, site: 'ours' | 'bare', e: unknown, ours?: Measured): undefined {
  const message = e instanceof Error ? e.message : String(e);
  // The command line, then the last line of output that says what went wrong.
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const why = lines.filter((l) => /error|memory|killed|signal/i.test(l)).at(-1) ?? lines.at(-1) ?? message;
  const reason = `${lines[0]} — ${why}`.slice(0, 400);
  log(`${site} ${activities}: did not finish: ${reason}`);
  const summary =
    ours &&
    `build ${ours.buildSeconds.toFixed(1)} s (CPU ${ours.buildCpuSeconds.toFixed(1)} s), peak memory ${Math.round(ours.peakRssMb)} MB, dist ${(ours.distBytes / 2 ** 20).toFixed(1)} MB, ${ours.pages} pages`;
  (report.failed ??= []).push({ activities, site, reason, ...(summary ? { ours: summary } : {}) });
  return undefined;
}

/** The README's benchmark figures, from the same report. */
function writeReadme(project: string, report: Report): void {
  const readme = join(project, 'README.md');
  writeFileSync(readme, replaceRegion(readFileSync(readme, 'utf8'), 'bench', readmeSummary(report)));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const project = fileURLToPath(new URL('..', import.meta.url));
  if (options.from) {
    const saved = JSON.parse(readFileSync(options.from, 'utf8')) as Report & { date?: string };
    writeFileSync(join(project, 'BENCHMARKS.md'), renderMarkdown(saved, saved.date ? new Date(saved.date) : new Date()));
    writeReadme(project, saved);
    log(`wrote BENCHMARKS.md and the README's figures from ${options.from}`);
    return;
  }
  // Inside the project (.bench/ is ignored): Astro treats files outside any
  // common ancestor of the root, like a linked node_modules elsewhere, as root-relative.
  mkdirSync(join(project, '.bench'), { recursive: true });
  const work = mkdtempSync(join(project, '.bench', 'run-'));
  const started = performance.now();
  log(`working in ${work}`);
  const report: Report = {
    rows: [],
    baseline: [],
    query: options.query,
    machine: machineInfo(),
    commit: commitOf(project),
    heap_mb: HEAP_MB,
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
  };
  try {
    // The real site, by the same method: the "≤ 60 s" target.
    copySite(project, join(work, 'real', 'site'));
    loads.push(loadavg()[0]);
    const real = await buildSite(join(work, 'real', 'site'), join(work, 'real', 'dist'), resolve(project, 'content'));
    report.real_site_build_seconds = Math.round(real.seconds * 100) / 100;
    log(`real site: build ${real.seconds.toFixed(1)} s (CPU ${real.cpuSeconds.toFixed(1)} s)`);
    if (!options.keep) rmSync(join(work, 'real'), { recursive: true, force: true });

    for (const n of options.sizes) {
      const dir = join(work, String(n));
      const content = join(dir, 'content');
      const generated = benchContent(resolve(project, 'content'), content, n);
      log(`${n} activities (${generated} generated) in ${content}`);
      copySite(project, join(dir, 'site'));
      // A build that fails (out of memory, say) is reported, and the sizes measured so far are kept.
      const ours = await measure(
        `ours ${n}`,
        () => buildSite(join(dir, 'site'), join(dir, 'dist'), content),
        join(dir, 'dist'),
        n,
        options,
      ).catch((e: unknown) => failed(report, n, 'ours', e));
      if (!ours) break;
      writeBaseline(project, join(dir, 'baseline'), builtPages(join(dir, 'dist')));
      const bare = await measure(
        `bare ${n}`,
        () => buildSite(join(dir, 'baseline'), join(dir, 'baseline-dist')),
        join(dir, 'baseline-dist'),
        n,
        options,
      ).catch((e: unknown) => failed(report, n, 'bare', e, ours));
      if (!bare) break;
      const { row, baseline } = toRows(ours, bare);
      report.rows.push(row);
      report.baseline.push(baseline);
      (report.largest_process_mb ??= []).push({
        activities: n,
        ours: Math.round(ours.largestProcessMb),
        baseline: Math.round(bare.largestProcessMb),
      });
      (report.build_cpu_seconds ??= []).push({
        activities: n,
        ours: Math.round(ours.buildCpuSeconds * 10) / 10,
        baseline: Math.round(bare.buildCpuSeconds * 10) / 10,
      });
      (report.search_uncompressed_kb ??= []).push({
        activities: n,
        ours: Math.round(ours.search.rawBytes / 1024),
        baseline: Math.round(bare.search.rawBytes / 1024),
      });
      (report.search_header_kb ??= []).push({
        activities: n,
        ours: Math.round((ours.search.headerBytes / 1024) * 10) / 10,
        baseline: Math.round((bare.search.headerBytes / 1024) * 10) / 10,
      });
      if (!options.keep) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
  report.run_minutes = (performance.now() - started) / 60_000;
  report.date = new Date().toISOString();
  report.load_at_builds = loads;

  for (const t of checkTargets(report))
    log(`${t.pass === undefined ? 'not measured' : t.pass ? 'met' : 'MISSED'}: ${t.name} (${t.detail})`);
  if (options.out) {
    mkdirSync(resolve(options.out, '..'), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${options.out}`);
  } else {
    // The report too, so that BENCHMARKS.md can be re-rendered (--from) without measuring again.
    writeFileSync(join(project, 'BENCHMARKS.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(project, 'BENCHMARKS.md'), renderMarkdown(report));
    writeReadme(project, report);
    log("wrote BENCHMARKS.md, BENCHMARKS.json and the README's figures");
  }
}

if (import.meta.main) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
