/**
 * The print stylesheet swap (src/integrations/print-css.ts): only Starlight's
 * own print.css import is redirected, and the origin is filled in, or the
 * build stops naming the declaration it could not find.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORIGIN_DECLARATION, isStarlightPrintCss, withOrigin } from '../../src/integrations/print-css.ts';

const PAGE = '/x/node_modules/@astrojs/starlight/dist/components/Page.astro';

describe('isStarlightPrintCss', () => {
  it.each([
    ['../style/print.css?url&no-inline', PAGE, true],
    ['../style/print.css', PAGE, true],
    ['../style/props.css', PAGE, false],
    ['./print.css?url', PAGE, false],
    ['../style/print.css?url&no-inline', '/x/src/components/Layout.astro', false],
    ['../style/print.css?url&no-inline', undefined, false],
    ['../style/print.css.map', PAGE, false],
  ])('%s from %s: %s', (source, importer, expected) => {
    expect(isStarlightPrintCss(source, importer)).toBe(expected);
  });
});

describe('withOrigin', () => {
  it('fills in the origin as a CSS string', () => {
    expect(withOrigin(`:root { ${ORIGIN_DECLARATION} }`, 'https://a.example')).toBe(':root { --site-origin: "https://a.example"; }');
  });
  it('names the declaration it needs when the stylesheet lost it', () => {
    expect(() => withOrigin(':root { --site-origin: ""; }', 'https://a.example')).toThrow(
      /print\.css: expected the declaration --site-origin: '';/,
    );
  });
  it('finds the declaration in the real stylesheet', () => {
    expect(readFileSync('src/styles/print.css', 'utf8')).toContain(ORIGIN_DECLARATION);
  });
});
