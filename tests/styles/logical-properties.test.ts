/**
 * Layout follows the writing direction: the site's own CSS (src/styles/*.css,
 * the <style> blocks and style attributes of src/**\/*.astro) uses logical
 * properties (margin-inline-start, inset-inline-end, text-align: start…), so
 * Arabic pages mirror without a line of direction-specific CSS. A physical
 * left/right in our CSS fails here, naming the file and the line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Declarations that fix a side: physical properties, and left/right as values of properties that take start/end. */
const PHYSICAL = [
  /(?:^|[\s;{"'])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?\s*:/,
  /(?:^|[\s;{"'])(?:left|right)\s*:/,
  /(?:^|[\s;{"'])border-(?:top|bottom)-(?:left|right)-radius\s*:/,
  /(?:^|[\s;{"'])(?:text-align|float|clear|caption-side|resize)\s*:\s*(?:left|right)\b/,
  /(?:^|[\s;{"'])background-position(?:-x)?\s*:[^;]*\b(?:left|right)\b/,
];

/** The lines of a text that break the rule, 1-based. */
export function physicalLines(css: string): { line: number; text: string }[] {
  return css
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter(({ text }) => !text.startsWith('/*') && !text.startsWith('*') && PHYSICAL.some((re) => re.test(` ${text}`)));
}

describe('physicalLines', () => {
  it.each([
    ['margin-left: 1rem;', true],
    ['  padding-right:0', true],
    ['border-right-width: 2px;', true],
    ['border-left: 1px solid;', true],
    ['left: 0;', true],
    ['right: 1rem;', true],
    ['text-align: right;', true],
    ['float: left;', true],
    ['border-top-left-radius: 4px;', true],
    ['background-position: right 1rem center;', true],
    ['<div style="right: 0">', true],
    ['margin-inline-start: 1rem;', false],
    ['inset-inline-end: 0;', false],
    ['text-align: start;', false],
    ['float: inline-start;', false],
    ['border-start-start-radius: 4px;', false],
    ['scroll-padding-top: 4rem;', false],
    ['/* no left: here */', false],
    ['.lefty { color: red; }', false],
    ['--sl-content-margin-left: 0;', false],
  ])('%s → %s', (css, physical) => {
    expect(physicalLines(css).length > 0).toBe(physical);
  });
});

function filesUnder(dir: string, ext: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && ext.some((e) => d.name.endsWith(e)))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** The CSS of a file: the whole of a .css file; of an .astro file, its <style> blocks and style attributes, each at its line. */
function cssOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return text;
  const lines = text.split('\n').map(() => '');
  for (const m of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|style=(?:"([^"]*)"|\{`([^`]*)`\})/g)) {
    // The one group that matched (the others are undefined at run time, whatever the types say).
    const css = m.slice(1).find((g: string | undefined) => g !== undefined) ?? '';
    const start = text.slice(0, m.index + m[0].indexOf(css)).split('\n').length - 1;
    css.split('\n').forEach((l, i) => (lines[start + i] = l));
  }
  return lines.join('\n');
}

describe('our CSS uses logical properties only', () => {
  const files = [...filesUnder('src', ['.css', '.astro'])];
  it('finds the stylesheets and components', () => {
    expect(files.filter((f) => f.endsWith('.css')).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.endsWith('.astro')).length).toBeGreaterThanOrEqual(30);
  });
  it.each(files)('%s', (file) => {
    expect(physicalLines(cssOf(file)).map(({ line, text }) => `${file}:${line} ${text}`)).toEqual([]);
  });
});
