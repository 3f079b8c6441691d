/**
 * Builds the site once for the whole run (unless SKIP_BUILD=1, for a dist/
 * that is already built) and serves dist/ on localhost for the page and
 * browser tests. Several test projects (site, browser) declare this setup:
 * the build and the server are shared between them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './helpers/build.ts';
import { serve } from './helpers/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

interface Shared {
  ready: Promise<{ server: Server; url: string }>;
  users: number;
}
const KEY = Symbol.for('itu-regional-presence.site-server');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

async function buildAndServe() {
  if (process.env.SKIP_BUILD !== '1' || !existsSync('dist/index.html')) {
    const started = Date.now();
    const r = spawnSync('node_modules/.bin/astro', ['build'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: buildEnv() });
    if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
    console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return serve('dist');
}

export default async function setup(project: TestProject) {
  const shared = (registry[KEY] ??= { ready: buildAndServe(), users: 0 });
  shared.users++;
  const { server, url } = await shared.ready;
  project.provide('baseUrl', url);
  return async () => {
    if (--shared.users > 0) return;
    registry[KEY] = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
