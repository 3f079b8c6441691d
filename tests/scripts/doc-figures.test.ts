/**
 * The figures the docs quote (scripts/doc-figures.ts). Those computed from the
 * committed files must be what is committed: a doc whose region is stale
 * fails here, with the command that fixes it. Measured figures must say when
 * and how they were measured.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  computedRegions,
  PROJECT,
  projectOf,
  regionsOf,
  replaceRegion,
  staleRegions,
  testsTable,
  type VitestReport,
} from '../../scripts/doc-figures.ts';

describe('regions', () => {
  const doc = 'a\n<!-- figures:x:start -->\nold\n<!-- figures:x:end -->\nb <!-- figures:y:start -->y<!-- figures:y:end -->\n';

  test('are found by name, and only the named one is rewritten', () => {
    expect(regionsOf(doc)).toEqual(
      new Map([
        ['x', 'old\n'],
        ['y', 'y'],
      ]),
    );
    expect(replaceRegion(doc, 'x', 'new')).toBe(
      'a\n<!-- figures:x:start -->\nnew\n<!-- figures:x:end -->\nb <!-- figures:y:start -->y<!-- figures:y:end -->\n',
    );
    expect(() => replaceRegion(doc, 'z', 'new')).toThrow('no <!-- figures:z:start -->');
  });
});

describe('computed figures', () => {
  test('every computed region of the docs is what the committed files give (run `npm run doc-figures` when this fails)', () => {
    expect(staleRegions()).toEqual([]);
  });

  test('each doc has the regions the script writes', () => {
    for (const [doc, regions] of Object.entries(computedRegions()))
      expect([...regionsOf(readFileSync(join(PROJECT, doc), 'utf8')).keys()]).toEqual(expect.arrayContaining(Object.keys(regions)));
  });

  test('the layout describes every folder of src/', () => {
    const layout = computedRegions()['README.md'].layout;
    for (const folder of ['loading', 'model', 'presentation', 'figures', 'integrations', 'editor', 'client', 'i18n', 'schemas'])
      expect(layout).toContain(`| \`src/${folder}/\` |`);
    expect(layout).not.toContain('src/lib');
  });
});

describe('measured figures', () => {
  const measured = {
    'docs/testing.md': ['weights', 'tests'],
  };

  test.each(Object.entries(measured))('%s: every measured region says when it was measured, at which commit, and how', (doc, names) => {
    const regions = regionsOf(readFileSync(join(PROJECT, doc), 'utf8'));
    for (const name of names) {
      const body = regions.get(name);
      expect(body, `${doc} has no figures:${name} region`).toBeDefined();
      expect(body).toMatch(/Measured \d{4}-\d{2}-\d{2}/);
      expect(body).toMatch(/commit `[0-9a-f]{7,}`/);
      expect(body).toMatch(/`npm run doc-figures/);
    }
  });

  test('the tests table counts per project from a vitest JSON report', () => {
    const report: VitestReport = {
      numTotalTests: 4,
      numPassedTests: 2,
      numFailedTests: 1,
      numPendingTests: 1,
      startTime: Date.parse('2026-12-01T10:00:00Z'),
      success: false,
      testResults: [
        {
          name: join(PROJECT, 'tests/loading/a.test.ts'),
          endTime: Date.parse('2026-12-01T10:01:00Z'),
          assertionResults: [{ status: 'passed' }, { status: 'failed' }],
        },
        {
          name: join(PROJECT, 'tests/browser/b.test.ts'),
          endTime: Date.parse('2026-12-01T10:02:30Z'),
          assertionResults: [{ status: 'passed' }, { status: 'skipped' }],
        },
      ],
    };
    const md = testsTable(report, { command: 'npm test' });
    expect(md).toMatch(/^Measured 2026-12-01 at commit `[0-9a-f]+`/);
    expect(md).toContain('**4 tests** in 2 files, 2 passed, 1 skipped, 1 failed; 150 s wall.');
    expect(md).toContain('| unit | 1 | 2 | 1 | 0 | 1 |');
    expect(md).toContain('| browser | 1 | 2 | 1 | 1 | 0 |');
  });

  test('test files go to the projects of vitest.config.ts', () => {
    expect(projectOf(join(PROJECT, 'tests/loading/x.test.ts'))).toBe('unit');
    expect(projectOf(join(PROJECT, 'tests/scripts/x.test.ts'))).toBe('unit');
    expect(projectOf(join(PROJECT, 'tests/corpus/corpus.test.ts'))).toBe('site');
    expect(projectOf(join(PROJECT, 'tests/build/x.test.ts'))).toBe('build');
    expect(projectOf(join(PROJECT, 'tests/lighthouse/x.test.ts'))).toBe('lighthouse');
  });
});
