/**
 * The boundary between gathering and rendering: pages gather data (through
 * presentation functions, src/loading/site-content.ts for the store) and
 * components only render their props or, for Starlight overrides, what the
 * route middleware put in Astro.locals.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

const components = walk('src/components').filter((f) => f.endsWith('.astro'));

/** What a component must not do: read content, run git, touch the file system. */
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"]astro:content['"]/, 'imports astro:content'],
  [/from ['"][^'"]*\/loading\/[^'"]*['"]/, 'imports a loader (src/loading)'],
  [/from ['"][^'"]*git-dates[^'"]*['"]/, 'runs git (src/model/git-dates.ts)'],
  [/from ['"](node:)?(fs|child_process|fs\/promises)['"]/, 'touches the file system or runs a process'],
  [/\b(getCollection|getEntry|getModel)\s*\(/, 'calls a loader'],
  // Figures are gathered by the page (src/figures/page-figures.ts), not computed while rendering.
  [/\b\w+View\s*\(/, 'computes a figure view'],
  // Astro.slots.render (its own slot) is rendering; render(entry) is astro:content's.
  [/(?<!slots\.)\brender\s*\(/, 'renders a content entry'],
];

describe('components render only', () => {
  test.each(components)('%s', (file) => {
    const source = readFileSync(file, 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
    const found = FORBIDDEN.filter(([re]) => re.test(frontmatter)).map(([, why]) => why);
    expect(found).toEqual([]);
  });
});

describe('entry pages', () => {
  const KINDS = ['regions', 'forums', 'activities', 'resolutions', 'references', 'organizations'];
  test.each(KINDS)('the %s route is a few lines over EntityPage and the kinds table', (kind) => {
    const source = readFileSync(`src/pages/[locale]/${kind}/[id].astro`, 'utf8');
    expect(source).toContain(`entityRoutes(await getModel(), '${kind}', textBody)`);
    expect(source).toContain('<EntityPage ');
    expect(source.trim().split('\n').length).toBeLessThanOrEqual(20);
  });
});
