/**
 * Builds the site once for the whole run (unless SKIP_BUILD=1, for a dist/
 * that is already built) and serves dist/ on localhost for the page and
 * browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from './helpers/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1' || !existsSync('dist/index.html')) {
    const started = Date.now();
    const r = spawnSync('node_modules/.bin/astro', ['build'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
    console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const { server, url } = await serve('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
