/**
 * Two builds of the same sources produce byte-identical output: every file of
 * two fresh builds, into two different temporary directories, has the same
 * SHA-256. Nothing is excluded (search index and _headers included), so a
 * timestamp, a random id or an absolute path leaking into the output fails.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildEnv } from '../helpers/build.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function build(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/astro', ['build', '--outDir', outDir], { env: buildEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
    child.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build --outDir ${outDir} failed (${code}):\n${log}`))));
  });
}

function hashes(root: string, dir = root, out = new Map<string, string>()): Map<string, string> {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) hashes(root, p, out);
    else out.set(relative(root, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
  }
  return out;
}

test('two builds produce byte-identical files', async () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'build-a-')), mkdtempSync(join(tmpdir(), 'build-b-'))];
  dirs.push(a, b);
  // One after the other: two builds would share Astro's cache directory.
  await build(a);
  await build(b);
  const [ha, hb] = [hashes(a), hashes(b)];
  expect(ha.size).toBeGreaterThan(100);
  const differ = [...new Set([...ha.keys(), ...hb.keys()])].filter((f) => ha.get(f) !== hb.get(f)).sort();
  expect(differ).toEqual([]);
}, 900_000);
