/**
 * `npm run check` on the real content is clean, finishes in seconds, and
 * also checks the guides; the JSON Schema files are up to date.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { checkContent, checkDocs, PROJECT_ROOT } from '../../src/editor/check.ts';
import { formatProblem } from '../../src/loading/problems.ts';
import { staleSchemaFiles } from '../../src/editor/schema-files.ts';

describe('npm run check', () => {
  test('the real content and guides have no problem', async () => {
    const started = Date.now();
    const { problems, loaded } = await checkContent();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(loaded.set.facts.activities.length).toBeGreaterThan(50);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('public/schemas is up to date with src/schemas', () => {
    expect(staleSchemaFiles(PROJECT_ROOT).map(formatProblem)).toEqual([]);
  });

  test('the script exits 1 and prints each problem on a broken tree, 0 on the real one', () => {
    const ok = spawnSync(process.execPath, ['scripts/check.ts', '--content-only'], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^content: 0 problems \(1 documents, 6 regions, /m);
    const bad = spawnSync(process.execPath, ['scripts/check.ts', '--content-only'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: 'tests/corpus/no-such-tree' },
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('tests/corpus/no-such-tree does not exist (set CONTENT_ROOT to the content folder)');
    const unknown = spawnSync(process.execPath, ['scripts/check.ts', '--fast'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option --fast');
  });

  test('guides: frontmatter, MDX syntax and links', async () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-'));
    try {
      const dir = join(root, 'src/content/docs/en/guides');
      mkdirSync(dir, { recursive: true });
      mkdirSync(join(root, 'src/pages/[locale]'), { recursive: true });
      writeFileSync(join(root, 'src/pages/[locale]/index.astro'), '');
      writeFileSync(
        join(dir, 'ok.mdx'),
        '---\ntitle: OK\n---\n\nimport X from "./x.astro";\n\n<X /> See [home](/en/) and [this](/en/guides/ok/).\n',
      );
      writeFileSync(join(dir, 'colon.mdx'), '---\ntitle: A: B: C\n---\n');
      writeFileSync(join(dir, 'untitled.md'), '---\ndescription: x\n---\n\nText.\n');
      writeFileSync(join(dir, 'broken.mdx'), '---\ntitle: Broken\n---\n\nA <div> never closed.\n');
      const { problems, links } = await checkDocs(root);
      expect(problems.map(formatProblem).sort()).toEqual(
        [
          'src/content/docs/en/guides/colon.mdx:2 YAML syntax error: bad indentation of a mapping entry (quote values that contain ": ")',
          'src/content/docs/en/guides/untitled.md:2 title: is required (expected text)',
          'src/content/docs/en/guides/broken.mdx:5 body: MDX syntax error: Expected a closing tag for `<div>` (line 5, column 3) before the end of `paragraph`',
        ].sort(),
      );
      expect(links.map((l) => l.url).sort()).toEqual(['/en/', '/en/guides/ok/']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
