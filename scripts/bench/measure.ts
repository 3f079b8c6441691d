/**
 * What the benchmark measures: a build's wall time and peak memory, the
 * built site's weight, and the cost of one search in Chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { serve } from '../../tests/helpers/server.ts';
import { launch } from '../../tests/helpers/browser.ts';

export interface Run {
  seconds: number;
  /** Highest resident memory of the process tree, in MB: all its processes at once. */
  peakRssMb: number;
  /** Highest resident memory of any one of its processes, in MB (what `/usr/bin/time -v` reports). */
  largestProcessMb: number;
  /**
   * CPU time (user + system) of the process tree, from /proc, sampled: less
   * skewed than wall time by other work on the machine.
   */
  cpuSeconds: number;
  output: string;
}

/** Field (in kB) of /proc/<pid>/status, or 0 once the process is gone. */
function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const TICKS = 100; // USER_HZ, the unit of /proc/<pid>/stat times on Linux

/** The process and all its descendants, with their CPU ticks (own plus waited-for children's). */
function tree(root: number): { pids: number[]; ticks: number } {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields resume after the last ")".
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      ticks.set(Number(d), Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
    } catch {
      // gone meanwhile
    }
  }
  const pids = [root];
  // The loop reaches the descendants it appends as it goes.
  for (const p of pids) for (const [pid, ppid] of parent) if (ppid === p) pids.push(pid);
  return { pids, ticks: pids.reduce((n, p) => n + (ticks.get(p) ?? 0), 0) };
}

/**
 * Runs a command and samples its process tree's memory every 100 ms: the peak
 * is the larger of the highest summed VmRSS and the highest single VmHWM.
 */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    let peakKb = 0;
    let largestKb = 0;
    let cpuTicks = 0;
    const sample = () => {
      if (!child.pid) return;
      let sum = 0;
      const { pids, ticks } = tree(child.pid);
      cpuTicks = Math.max(cpuTicks, ticks);
      for (const pid of pids) {
        sum += status(pid, 'VmRSS');
        largestKb = Math.max(largestKb, status(pid, 'VmHWM'));
      }
      peakKb = Math.max(peakKb, sum, largestKb);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-6000)}`));
      else resolve({ seconds, peakRssMb: peakKb / 1024, largestProcessMb: largestKb / 1024, cpuSeconds: cpuTicks / TICKS, output });
    });
  });
}

/** Total bytes and number of files under a directory, optionally only files matching a test. */
function dirStats(dir: string, test: (name: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const f of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!f.isFile() || !test(f.name)) continue;
    bytes += statSync(join(f.parentPath, f.name)).size;
    files += 1;
  }
  return { bytes, files };
}

export interface SiteStats {
  pages: number;
  distBytes: number;
  pagefindBytes: number;
}

export function siteStats(dist: string): SiteStats {
  return {
    pages: dirStats(dist, (n) => n.endsWith('.html')).files,
    distBytes: dirStats(dist).bytes,
    pagefindBytes: dirStats(join(dist, 'pagefind')).bytes,
  };
}

export interface SearchCost {
  /**
   * Bytes a compressing static host would send from opening the search until
   * the results settled: what the server sent, with text types (JS, JSON,
   * CSS, HTML) counted gzipped. Pagefind's index files are gzipped already.
   */
  transferBytes: number;
  /** What the test server actually sent (it does not compress). */
  rawBytes: number;
  /** Of rawBytes, the response headers: what is not the requested files' bodies. */
  headerBytes: number;
  /** From opening the search and typing to the first result link shown. */
  firstResultMs: number;
  results: number;
  /** Paths requested in that time, in order. */
  requests: string[];
  /** "ui": Starlight's search dialog, typed into; "api": Pagefind's own search(), when that dialog is absent. */
  method: 'ui' | 'api';
}

const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|xml|txt)$/;

/** The file a requested path is served from (resolved as the test server does), if there is one. */
function served(dist: string, p: string): string | undefined {
  let file = join(dist, decodeURIComponent(new URL(p, 'http://x').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Bytes gzip would save on the text files among requested paths. */
function gzipSaving(dist: string, paths: string[]): number {
  let saved = 0;
  for (const p of paths) {
    const file = served(dist, p);
    if (!file || !COMPRESSIBLE.test(file)) continue;
    const body = readFileSync(file);
    saved += body.length - gzipSync(body, { level: 6 }).length;
  }
  return saved;
}

/** Bytes of the requested files' bodies, as stored. */
function bodyBytes(dist: string, paths: string[]): number {
  return paths.reduce((n, p) => {
    const file = served(dist, p);
    return n + (file ? statSync(file).size : 0);
  }, 0);
}

/** The part of Pagefind's browser API (/pagefind/pagefind.js) the measurement calls. */
interface PagefindApi {
  search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

/**
 * Serves a built site, opens /en/ in Chromium, opens Starlight's search
 * dialog, types a query and waits for the first result. Bytes are counted on
 * the server's sockets, so requests from workers and every header count too.
 */
export async function measureSearch(dist: string, query: string, path = '/en/'): Promise<SearchCost> {
  const { server, url } = await serve(dist);
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => sockets.add(s));
  const sent = () => [...sockets].reduce((n, s) => n + s.bytesWritten, 0);
  const requests: string[] = [];
  server.on('request', (req) => requests.push(req.url ?? ''));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(url + path, { waitUntil: 'networkidle' });
    // Starlight mounts Pagefind's UI when the page is idle; Pagefind itself loads on focus.
    const input = page.locator('#starlight__search input').first();
    const hasUi = await input.waitFor({ state: 'attached', timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    const before = sent();
    requests.length = 0;
    const started = performance.now();
    let results: number;
    if (hasUi) {
      await page.locator('button[data-open-modal]').first().click();
      await input.fill(query);
      await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ state: 'visible', timeout: 60_000 });
    } else {
      // Without Starlight's dialog (a replaced search UI), ask Pagefind itself, as a UI would: first result's data.
      await page.evaluate(async (q) => {
        const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PagefindApi;
        const search = await pagefind.search(q);
        await search.results.at(0)?.data();
      }, query);
    }
    const firstResultMs = performance.now() - started;
    if (hasUi) {
      // Let the first page of results finish loading: no new bytes for 500 ms.
      let last = -1;
      while (sent() !== last) {
        last = sent();
        await new Promise((r) => setTimeout(r, 500));
      }
      results = await page.locator('#starlight__search .pagefind-ui__result-link').count();
    } else {
      results = await page.evaluate(async (q) => {
        const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PagefindApi;
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
        return search.results.length;
      }, query);
    }
    const rawBytes = sent() - before;
    return {
      transferBytes: rawBytes - gzipSaving(dist, requests),
      rawBytes,
      headerBytes: rawBytes - bodyBytes(dist, requests),
      firstResultMs,
      results,
      requests: [...requests],
      method: hasUi ? 'ui' : 'api',
    };
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
}
