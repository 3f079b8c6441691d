/** The benchmark's rows, its targets and BENCHMARKS.md. */
import { cpus, platform, release, totalmem } from 'node:os';
import type { SearchCost } from './measure.ts';

/** One size, as written by `--out`: exactly these keys, in this order. */
export interface Row {
  activities: number;
  pages: number;
  build_seconds: number;
  baseline_build_seconds: number;
  peak_rss_mb: number;
  dist_mb: number;
  pagefind_index_kb: number;
  search_transfer_kb: number;
  first_result_ms: number;
}
export const ROW_KEYS = [
  'activities',
  'pages',
  'build_seconds',
  'baseline_build_seconds',
  'peak_rss_mb',
  'dist_mb',
  'pagefind_index_kb',
  'search_transfer_kb',
  'first_result_ms',
] as const satisfies readonly (keyof Row)[];

/** What was measured for one built site. */
export interface Measured {
  activities: number;
  pages: number;
  buildSeconds: number;
  buildCpuSeconds: number;
  peakRssMb: number;
  largestProcessMb: number;
  distBytes: number;
  pagefindBytes: number;
  search: SearchCost;
}

export interface Machine {
  cpu: string;
  cores: number;
  memory_gb: number;
  node: string;
  os: string;
}

export interface Report {
  rows: Row[];
  /** The bare Starlight site's figures, same keys (its baseline_build_seconds is its own time). */
  baseline: Row[];
  /** The real site (content/ as it is), built the same way. */
  real_site_build_seconds?: number;
  query: string;
  machine: Machine;
  /** Wall time of the whole run. */
  run_minutes?: number;
  /** When the run ended, ISO 8601. */
  date?: string;
  /** Peak memory of the largest single process of each build (the Astro process), per size. */
  largest_process_mb?: { activities: number; ours: number; baseline: number }[];
  /** CPU time (user + system) of each build, per size: steadier than wall time on a busy machine. */
  build_cpu_seconds?: { activities: number; ours: number; baseline: number }[];
  /** The search transfer as the uncompressing test server sent it, per size. */
  search_uncompressed_kb?: { activities: number; ours: number; baseline: number }[];
  /** Of that, the response headers, per size. */
  search_header_kb?: { activities: number; ours: number; baseline: number }[];
  /** 1-minute load average when each build started: other work on the machine skews times. */
  load_at_builds?: number[];
  /** The commit measured (short), with " with uncommitted changes" when the tree differed from it. */
  commit?: string;
  /** The command that ran the benchmark, e.g. "npm run bench -- --sizes 100,1000". */
  command?: string;
  /** Anything a reader must know about where the figures come from. */
  note?: string;
  /** The JavaScript heap limit both sites' builds ran with, MB (see sites.ts HEAP_MB). */
  heap_mb?: number;
  /** Builds that did not finish: the size, which site, and why (the end of its output); that size has no row. */
  failed?: { activities: number; site: 'ours' | 'bare'; reason: string; ours?: string }[];
}

const n = (x: number) => x.toLocaleString('en-GB');
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function row(m: Measured, baselineSeconds: number): Row {
  return {
    activities: m.activities,
    pages: m.pages,
    build_seconds: round(m.buildSeconds, 2),
    baseline_build_seconds: round(baselineSeconds, 2),
    peak_rss_mb: round(m.peakRssMb),
    dist_mb: round(m.distBytes / 1024 / 1024, 2),
    pagefind_index_kb: round(m.pagefindBytes / 1024),
    search_transfer_kb: round(m.search.transferBytes / 1024),
    first_result_ms: Math.round(m.search.firstResultMs),
  };
}

/** Our row for one size, and the baseline's. */
export function toRows(ours: Measured, baseline: Measured): { row: Row; baseline: Row } {
  return { row: row(ours, baseline.buildSeconds), baseline: row(baseline, baseline.buildSeconds) };
}

export function machineInfo(): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memory_gb: round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}

export interface Target {
  name: string;
  pass: boolean | undefined;
  detail: string;
}

/** Issue 14's scale targets, exactly as the issue states them. */
const LIMITS = {
  /** Build wall time, ours ÷ bare Starlight's, at every size. */
  wallRatio: 1.3,
  /** Build CPU time, ours ÷ bare Starlight's, at every size. */
  cpuRatio: 1.2,
  /** dist/ bytes, ours ÷ bare Starlight's, at 1,000 activities. */
  distRatio: 1.5,
  distAt: 1000,
  /** Peak memory at 5,000 activities. */
  peakRssMb: 4096,
  peakAt: 5000,
  /** "Linear growth": from size to size, peak memory grows at most as the size does (× this slack). */
  growthSlack: 1.2,
};

/** The issue's targets, checked on a report; `pass` is undefined when the run did not cover it. */
export function checkTargets(r: Report): Target[] {
  const out: Target[] = [];
  const sorted = [...r.rows].sort((a, b) => a.activities - b.activities);
  const base = (x: Row) => r.baseline.find((b) => b.activities === x.activities);
  const cpu = (a: number) => r.build_cpu_seconds?.find((c) => c.activities === a);
  const all = (rows: Row[], ok: (x: Row) => boolean | undefined) =>
    rows.length && rows.every((x) => ok(x) !== undefined) ? rows.every((x) => ok(x) === true) : undefined;
  const f2 = (x: number) => x.toFixed(2);

  out.push({
    name: `Build wall time ≤ ${LIMITS.wallRatio}× the bare Starlight site's at every size`,
    pass: all(sorted, (x) => x.build_seconds <= LIMITS.wallRatio * x.baseline_build_seconds),
    detail: sorted.map((x) => `${x.activities}: ${f2(x.build_seconds / x.baseline_build_seconds)}`).join('; ') || 'not run',
  });
  out.push({
    name: `Build CPU time ≤ ${LIMITS.cpuRatio}× the bare Starlight site's at every size`,
    pass: all(sorted, (x) => {
      const c = cpu(x.activities);
      return c ? c.ours <= LIMITS.cpuRatio * c.baseline : undefined;
    }),
    detail:
      sorted
        .map((x) => {
          const c = cpu(x.activities);
          return `${x.activities}: ${c ? f2(c.ours / c.baseline) : 'not measured'}`;
        })
        .join('; ') || 'not run',
  });
  const at = (a: number) => sorted.filter((x) => x.activities === a);
  out.push({
    name: `dist/ ≤ ${LIMITS.distRatio}× the bare Starlight site's at ${n(LIMITS.distAt)}`,
    pass: at(LIMITS.distAt).length
      ? at(LIMITS.distAt).every((x) => {
          const b = base(x);
          return b !== undefined && x.dist_mb <= LIMITS.distRatio * b.dist_mb;
        })
      : undefined,
    detail:
      sorted
        .map((x) => {
          const b = base(x);
          return `${x.activities}: ${b ? f2(x.dist_mb / b.dist_mb) : '—'}`;
        })
        .join('; ') || 'not run',
  });
  out.push({
    name: `Peak memory ≤ ${LIMITS.peakRssMb / 1024} GB at ${n(LIMITS.peakAt)}`,
    pass: at(LIMITS.peakAt).length ? at(LIMITS.peakAt).every((x) => x.peak_rss_mb <= LIMITS.peakRssMb) : undefined,
    detail:
      sorted
        .map((x) => {
          const one = r.largest_process_mb?.find((c) => c.activities === x.activities);
          return `${x.activities}: ${x.peak_rss_mb} MB${one ? `, largest single process ${one.ours} MB` : ''}`;
        })
        .join('; ') || 'not run',
  });
  const steps = sorted.slice(1).map((b, i) => ({ a: sorted[i], b }));
  const limit = (a: Row, b: Row) => (LIMITS.growthSlack * b.activities) / a.activities;
  out.push({
    name: `Peak memory grows no worse than linearly: from size to size at most the size ratio × ${LIMITS.growthSlack}`,
    pass: steps.length ? steps.every(({ a, b }) => b.peak_rss_mb <= limit(a, b) * a.peak_rss_mb) : undefined,
    detail:
      steps
        .map(({ a, b }) => `${a.activities}→${b.activities}: ×${f2(b.peak_rss_mb / a.peak_rss_mb)}, limit ×${limit(a, b).toFixed(1)}`)
        .join('; ') || 'needs two sizes',
  });
  out.push({
    name: `Search transfer for “${r.query}” ≤ the bare Starlight site's on the same pages, at every size`,
    pass: all(sorted, (x) => {
      const b = base(x);
      return b ? x.search_transfer_kb <= b.search_transfer_kb : undefined;
    }),
    detail:
      sorted.map((x) => `${x.activities}: ${x.search_transfer_kb} / ${base(x)?.search_transfer_kb ?? '—'} KB`).join('; ') || 'not run',
  });
  return out;
}

const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '—');

/** BENCHMARKS.md. */
export function renderMarkdown(r: Report, date = r.date ? new Date(r.date) : new Date()): string {
  const base = new Map(r.baseline.map((b) => [b.activities, b]));
  const lines = [
    '# Benchmarks',
    '',
    'Build, page weight and search cost of the site with many activities, against a bare Starlight site with the same pages and text.',
    '',
    `Measured on ${date.toISOString().slice(0, 10)}${r.commit ? ` at commit ${r.commit.replace(/^(\S+)/, '`$1`')}` : ''} by \`${r.command ?? 'npm run bench'}\` (scripts/bench.ts), on the machine below${r.note ? `; ${r.note}` : ''}. The figures describe the site as it was then; they change only when the benchmark is run again. This file is generated from BENCHMARKS.json (\`npm run bench -- --from BENCHMARKS.json\`): do not edit it by hand.`,
    '',
    '## Machine',
    '',
    `- CPU: ${r.machine.cpu}, ${r.machine.cores} cores`,
    `- Memory: ${r.machine.memory_gb} GB`,
    `- Node: ${r.machine.node}`,
    `- OS: ${r.machine.os}`,
    '',
    '## Results',
    '',
    'Each cell: ours, then the bare Starlight site’s figure, then ours divided by it.',
    '',
    '| Activities | Pages | Build (s) | Build CPU (s) | Peak memory (MB) | dist (MB) | Pagefind index (KB) | Search transfer (KB) | First result (ms) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.rows.map((x) => {
      const b = base.get(x.activities);
      const cpu = r.build_cpu_seconds?.find((c) => c.activities === x.activities);
      const cell = (ours: number, theirs: number | undefined) =>
        b && theirs !== undefined ? `${n(ours)} / ${n(theirs)} = **${ratio(ours, theirs)}**` : n(ours);
      return `| ${n(x.activities)} | ${n(x.pages)}${b ? ` / ${n(b.pages)}` : ''} | ${cell(x.build_seconds, x.baseline_build_seconds)} | ${cpu ? cell(cpu.ours, cpu.baseline) : '—'} | ${cell(x.peak_rss_mb, b?.peak_rss_mb)} | ${cell(x.dist_mb, b?.dist_mb)} | ${cell(x.pagefind_index_kb, b?.pagefind_index_kb)} | ${cell(x.search_transfer_kb, b?.search_transfer_kb)} | ${cell(x.first_result_ms, b?.first_result_ms)} |`;
    }),
    '',
    ...(r.largest_process_mb?.length
      ? [
          `Peak memory is that of the whole build at once: the Astro process and, at the end, Pagefind’s indexer, which Starlight runs while Astro is still alive. The largest single process (ours / bare): ${r.largest_process_mb.map((x) => `${n(x.activities)}: ${n(x.ours)} / ${n(x.baseline)} MB`).join('; ')}.`,
          '',
        ]
      : []),
    ...(r.search_uncompressed_kb?.length
      ? [
          `Search transfer as the test server sent it, uncompressed (ours / bare): ${r.search_uncompressed_kb.map((x) => `${n(x.activities)}: ${n(x.ours)} / ${n(x.baseline)} KB`).join('; ')}.${r.search_header_kb?.length ? ` Of that, response headers (ours / bare): ${r.search_header_kb.map((x) => `${n(x.activities)}: ${n(x.ours)} / ${n(x.baseline)} KB`).join('; ')}.` : ''}`,
          '',
        ]
      : []),
    ...(r.load_at_builds?.length
      ? [
          `Load average (1 min) when each build started: ${r.load_at_builds.map((x) => x.toFixed(1)).join(', ')} on ${r.machine.cores} cores; other work on the machine lengthens build times, so compare the ratios, measured in the same run.`,
          '',
        ]
      : []),
    ...(r.failed?.length
      ? [
          ...r.failed.map(
            (f) =>
              `At ${n(f.activities)} activities the ${f.site === 'ours' ? 'site’s' : 'bare Starlight site’s'} build did not finish, so that size has no row: ${f.reason}${f.ours ? ` Ours at that size, measured before: ${f.ours}.` : ''}`,
          ),
          '',
        ]
      : []),
    ...(r.heap_mb !== undefined
      ? [
          `Both sites’ builds ran with a JavaScript heap of up to ${n(r.heap_mb)} MB (\`--max-old-space-size\`, three quarters of the machine’s memory).`,
          '',
        ]
      : []),
    ...(r.real_site_build_seconds !== undefined
      ? [`The real site (content/ as it is) builds in ${r.real_site_build_seconds} s by the same method.`, '']
      : []),
    '## Targets',
    '',
    ...checkTargets(r).map((t) => `- ${t.pass === undefined ? 'not measured' : t.pass ? 'met' : '**missed**'}: ${t.name} (${t.detail})`),
    '',
    ...whyMissed(r),
    '## What is measured',
    '',
    '- **Activities**: activities on the site in total: the real ones from content/ plus synthetic ones (scripts/bench/generate.ts) citing real section-3 blocks, places, organizations, resolutions and forums, with text assembled from the document’s own clauses. They go to a temporary content root (`CONTENT_ROOT`), never to content/.',
    '- **Build**: wall time of `astro build` (Pagefind and sitemap included) of a copy of the project in a temporary folder, with fresh Astro caches. **Peak memory**: the build’s process tree, sampled every 100 ms from /proc (the larger of the summed resident memory and the highest single-process high-water mark).',
    '- **Baseline**: a bare Starlight site (same languages and sidebar) with one plain MDX page per page of ours, at the same path, carrying the text of that page’s main content but no cross-links, tables, maps or timelines; built and measured the same way.',
    '- **dist** and **Pagefind index**: bytes on disk of the whole output and of dist/pagefind.',
    `- **Search**: Chromium opens /en/, opens the search dialog and types “${r.query}”; transfer is every byte the server sent from the click until the first page of results has loaded (Pagefind’s scripts, WebAssembly, metadata, index chunk and fragments, with headers), counting the text files (its two scripts) gzipped as a static host would send them; Pagefind’s own files are gzipped already. First result is the time from the click to the first result link shown (it includes Pagefind’s 300 ms input debounce).`,
    '',
    '## Rerun',
    '',
    '```sh',
    'npm ci',
    'npm run bench                                   # sizes 100,1000,5000; rewrites BENCHMARKS.md and BENCHMARKS.json',
    'npm run bench -- --sizes 100,1000 --out r.json  # writes the rows as JSON instead',
    '```',
    '',
    `Options: \`--sizes\` (activities in total, comma-separated), \`--out FILE.json\`, \`--query WORD\`, \`--runs N\` (build each site N times, keep the fastest), \`--keep\` (keep the temporary sites and print where), \`--from FILE.json\` (rewrite BENCHMARKS.md from a report saved with \`--out\`).${r.run_minutes !== undefined ? ` This run (sizes ${r.rows.map((x) => n(x.activities)).join(', ')}) took ${Math.round(r.run_minutes)} minutes.` : ''}`,
    '',
  ];
  return lines.join('\n');
}

/** What is known about the targets a run missed, from the run's own figures; where nothing is, it says so. */
function whyMissed(r: Report): string[] {
  const t = checkTargets(r);
  const out: string[] = [];
  if (t[0].pass === false && t[1].pass !== false)
    out.push(
      '- Wall time, where CPU time is within its target: other work on the machine (load averages above) lengthens wall time, and ours and the bare site did not run under the same load.',
    );
  const slow = r.rows.filter((x) => {
    const c = r.build_cpu_seconds?.find((y) => y.activities === x.activities);
    return x.build_seconds > LIMITS.wallRatio * x.baseline_build_seconds || (c !== undefined && c.ours > LIMITS.cpuRatio * c.baseline);
  });
  if (t[1].pass === false || (t[0].pass === false && slow.length))
    out.push(`- Build time at ${slow.map((x) => n(x.activities)).join(' and ')} activities: not profiled in this run.`);
  if (t[2].pass === false) out.push(`- dist/ at ${n(LIMITS.distAt)}: not investigated in this run.`);
  if (t[5].pass === false) {
    const h = r.search_header_kb ?? [];
    out.push(
      h.length
        ? `- Search: ours is measured through Pagefind’s own API (the site replaces Starlight’s search dialog), the bare site through Starlight’s dialog, after that dialog’s own scripts have loaded. The test server sends every response with the site’s _headers (ours carries its security headers; the bare site has none): headers, ours / bare, ${h.map((x) => `${n(x.activities)}: ${n(x.ours)} / ${n(x.baseline)} KB`).join('; ')}. An HTTP/2 host compresses repeated headers; this HTTP/1.1 test server does not.`
        : '- Search: not investigated in this run.',
    );
  }
  if (t[3].pass === false) {
    const row = r.rows.find((x) => x.activities === LIMITS.peakAt);
    const one = r.largest_process_mb?.find((x) => x.activities === LIMITS.peakAt);
    out.push(
      `- Memory at ${n(LIMITS.peakAt)}: ${n(Math.round(row?.peak_rss_mb ?? 0))} MB is the build’s processes together at their highest${one ? `; the largest single process reached ${n(one.ours)} MB (the bare site’s ${n(one.baseline)} MB)` : ''}. Starlight runs Pagefind’s indexer from Astro’s \`astro:build:done\` hook, while Astro still holds its memory, so both count at once.`,
    );
  }
  const big = r.failed?.find((f) => f.activities === LIMITS.peakAt);
  if (t[3].pass === undefined)
    out.push(
      big
        ? `- Memory at ${n(LIMITS.peakAt)}: not measured, as a build at that size did not finish (above).`
        : `- Memory at ${n(LIMITS.peakAt)}: not measured (that size was not run).`,
    );
  return out.length ? ['## Why the missed targets are missed', '', ...out, ''] : [];
}

/** The README's benchmark figures (its `figures:bench` region), from the same report as BENCHMARKS.md. */
export function readmeSummary(r: Report): string {
  const base = new Map(r.baseline.map((b) => [b.activities, b]));
  const loads = r.load_at_builds ?? [];
  const lines = [
    `Measured ${r.date ? r.date.slice(0, 10) : 'on an unrecorded date'}${r.commit ? ` at commit ${r.commit.replace(/^(\S+)/, '`$1`')}` : ''} by \`${r.command ?? 'npm run bench'}\` on ${r.machine.cores} cores (${r.machine.cpu}, Node ${r.machine.node})${loads.length ? `, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` : ''}; ours ÷ the bare Starlight site with the same pages, built in the same run. Copied from BENCHMARKS.json by \`npm run bench\` (or \`npm run doc-figures\`).`,
    '',
    '| Activities | Pages | Build wall time | Build CPU time | dist/ | Peak memory (MB) | Search transfer (KB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.rows.map((x) => {
      const b = base.get(x.activities);
      const c = r.build_cpu_seconds?.find((y) => y.activities === x.activities);
      return `| ${n(x.activities)} | ${n(x.pages)} | ${ratio(x.build_seconds, x.baseline_build_seconds)} | ${c ? ratio(c.ours, c.baseline) : '—'} | ${b ? ratio(x.dist_mb, b.dist_mb) : '—'} | ${n(Math.round(x.peak_rss_mb))}${b ? ` (bare ${n(Math.round(b.peak_rss_mb))})` : ''} | ${n(x.search_transfer_kb)}${b ? ` (bare ${n(b.search_transfer_kb)})` : ''} |`;
    }),
    '',
    `Targets (issue 14): ${checkTargets(r)
      .map((t) => `${t.pass === undefined ? 'not measured' : t.pass ? 'met' : '**missed**'}: ${t.name}`)
      .join('; ')}.`,
  ];
  return lines.join('\n');
}
