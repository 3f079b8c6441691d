/**
 * The bad-input corpus: every case must fail `npm run check` with exactly its
 * message(s), and the base tree must pass. Each case checks a fresh copy.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/editor/check.ts';
import { formatProblem } from '../../src/loading/problems.ts';
import { CASES } from './cases.ts';
import { makeTree, removeTree } from '../helpers/tree.ts';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

async function problemsOf(c: Parameters<typeof makeTree>[0]) {
  const root = makeTree(c);
  roots.push(root);
  const { problems } = await checkContent({ root: 'content', cwd: root, docs: false });
  return problems.map(formatProblem);
}

describe('bad-input corpus', () => {
  test('the base tree is valid', async () => {
    expect(await problemsOf({})).toEqual([]);
  });

  test('has at least 40 failing cases, each named once', () => {
    expect(CASES.filter((c) => c.expected.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    expect(await problemsOf(c)).toEqual(c.expected);
  });
});
