/** The content root: absolute or relative, and a clear error when it is missing. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../../src/loading/load.ts';
import { formatProblem } from '../../src/loading/problems.ts';

describe('loadContent root', () => {
  it('reads the same entries from an absolute root as from a relative one', () => {
    const relative = loadContent('content');
    const absolute = loadContent(resolve('content'));
    expect(absolute.problems).toEqual([]);
    expect(absolute.set.facts.activities.map((e) => e.id)).toEqual(relative.set.facts.activities.map((e) => e.id));
    expect(absolute.set.texts).toHaveLength(relative.set.texts.length);
  });

  it('reports a root that does not exist instead of finding nothing', () => {
    expect(loadContent('/nonexistent/content').problems.map(formatProblem)).toEqual([
      '/nonexistent/content does not exist (set CONTENT_ROOT to the content folder)',
    ]);
  });
});
