/** dist/_redirects sends the root to the reader's language and nothing else: every target is a built home page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LANGUAGES } from '../../src/i18n/registry.ts';
import { DIST } from '../helpers/dist.ts';

test('the root redirects by browser language to each built home page, and only the root', () => {
  const rules = readFileSync(join(DIST, '_redirects'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));
  expect(rules.map(([from]) => from)).toEqual(LANGUAGES.map(() => '/'));
  expect(rules.map(([, to]) => to)).toEqual(LANGUAGES.map((l) => `/${l.code}/`));
  for (const [, to, status, condition] of rules) {
    expect(existsSync(join(DIST, to, 'index.html')), to).toBe(true);
    expect(status).toBe('302!');
    expect(condition).toMatch(/^Language=[a-z]{2,3}$/);
  }
  // The root itself stays a page: the choice, for hosts without language rules.
  expect(existsSync(join(DIST, 'index.html'))).toBe(true);
});
