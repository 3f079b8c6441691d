/**
 * A real `astro build` of a broken content tree fails, names every problem
 * (file, line, field, value, expectation) and writes no page. The check runs
 * at config setup (src/integrations/content-check.ts), so this takes seconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceLine, tempContent } from '../helpers/content.ts';

describe('astro build with an editor’s mistakes', () => {
  let tree: ReturnType<typeof tempContent> | undefined; // undefined in afterAll when beforeAll failed first
  let outDir: string;
  let result: { status: number | null; output: string; ms: number };

  beforeAll(() => {
    tree = tempContent({
      'activities/afr-ntfa-workshop-2024.yaml': (s) =>
        replaceLine(/^themes:.*$/, 'themes: [spectrum]')(replaceLine(/^start:.*$/, 'start: "2023-02-29"')(s)),
      'forums/rdf-ams-2023.yaml': replaceLine(/^end:.*$/, 'end: "2023-08-15"'),
      'activities/ams-rrs-23-americas.yaml': replaceLine(/^place:.*$/, 'place: la-habana'),
      'activities/cis-rrs-2024.yaml': replaceLine(/^countries:.*$/, 'countries: [XX]'),
      'organizations/citel.yaml': replaceLine(/^kind:.*\n/, ''),
    });
    outDir = mkdtempSync(join(tmpdir(), 'dist-broken-'));
    const started = Date.now();
    // process.execPath is the project's Node (24); the system one is too old for Astro.
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: tree.root, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    result = { status: r.status, output: `${r.stdout}\n${r.stderr}`.replaceAll(tree.root, 'content'), ms: Date.now() - started };
  });
  afterAll(() => {
    tree?.remove();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('exits non-zero and builds no page', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('lists every problem with its file, line, field, value and what was expected', () => {
    const expected = [
      '6 content problems:',
      'content/activities/afr-ntfa-workshop-2024.yaml:5 start: "2023-02-29" is not a real date (February 2023 has 28 days)',
      'content/activities/afr-ntfa-workshop-2024.yaml:10 themes[0]: "spectrum" is not a theme (known: spectrum-management,',
      'content/forums/rdf-ams-2023.yaml:3 end: "2023-08-15" is before start "2023-08-16"',
      'content/organizations/citel.yaml kind: is required (expected an organization kind, one of: regional-telecom-organization,',
      'content/activities/ams-rrs-23-americas.yaml:6 place: "la-habana" is not a place (known: abu-dhabi,',
      'content/activities/cis-rrs-2024.yaml:7 countries[0]: "XX" is not a country code (expected ISO 3166-1 alpha-2, like "ET")',
    ];
    for (const line of expected) expect(result.output).toContain(line);
    // One line per problem, and nothing about the entries that are fine.
    expect(result.output.split('\n').filter((l) => l.startsWith('content/'))).toHaveLength(6);
  });

  it('fails before Astro syncs the content, in a few seconds', () => {
    expect(result.output).not.toMatch(/Syncing content|InvalidContentEntryDataError/);
    expect(result.ms).toBeLessThan(30_000);
  });
});

describe('astro build with a remote resource in a body', () => {
  let tree: ReturnType<typeof tempContent> | undefined; // undefined in afterAll when beforeAll failed first
  let outDir: string;
  let result: { status: number | null; output: string };
  const EN = 'text/en/activities/afr-cities-metaverse-forum-2023.mdx';

  beforeAll(() => {
    tree = tempContent({
      // The file is frontmatter only (10 lines: words and the translated quotes); the body starts on line 11.
      [EN]: (s) =>
        `${s.trimEnd()}\n\n![Arusha](https://example.org/arusha.jpg)\n\n<img srcset="/favicon.svg 1x, //cdn.example.org/b.png 2x" alt="" />\n`,
    });
    outDir = mkdtempSync(join(tmpdir(), 'dist-remote-'));
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: tree.root, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    result = { status: r.status, output: `${r.stdout}\n${r.stderr}`.replaceAll(tree.root, 'content') };
  });
  afterAll(() => {
    tree?.remove();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('fails, builds no page and names each remote address with its line', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    const local = '(images, frames and media must be files of this site: put it under public/ and link it as /…)';
    expect(result.output.split('\n').filter((l) => l.startsWith('content/'))).toEqual([
      `content/${EN}:12 body: loads https://example.org/arusha.jpg from another origin ${local}`,
      `content/${EN}:14 body: <img srcset> loads //cdn.example.org/b.png from another origin ${local}`,
    ]);
  });
});
