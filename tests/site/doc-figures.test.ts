/**
 * The page count the docs state (docs/testing.md, scripts/doc-figures.ts) is
 * computed from the content and the routes, without a build: the build must
 * write exactly those pages, no more and no fewer.
 */
import { expect, test } from 'vitest';
import { modelPages } from '../../scripts/doc-figures.ts';
import { builtPages } from '../helpers/site.ts';

test('the pages computed from the content and routes are the pages the build wrote', () => {
  expect(builtPages()).toEqual(modelPages());
});
