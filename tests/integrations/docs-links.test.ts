import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { docsPaths, linksToGeneratedPage } from '../../src/integrations/docs-links.ts';

const SITE = 'https://example.org';

describe('docsPaths', () => {
  test('lists the site path of every Markdown/MDX docs page, index pages as their folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-'));
    mkdirSync(join(dir, 'en', 'guides'), { recursive: true });
    writeFileSync(join(dir, 'en', 'guides', 'About.mdx'), '');
    writeFileSync(join(dir, 'en', 'index.md'), '');
    writeFileSync(join(dir, 'en', 'guides', 'notes.txt'), '');
    expect([...docsPaths(dir)].sort()).toEqual(['/en/', '/en/guides/about/']);
  });
});

describe('linksToGeneratedPage', () => {
  const docs = new Set(['/en/guides/about/']);
  test('is true for links to this site outside the docs pages', () => {
    expect(linksToGeneratedPage('/en/regions/afr/', docs, SITE)).toBe(true);
    expect(linksToGeneratedPage('/en/regions/afr/#x', docs, SITE)).toBe(true);
    expect(linksToGeneratedPage(`${SITE}/en/regions/`, docs, SITE)).toBe(true);
  });
  test('leaves docs pages, relative links, fragments and other sites to the validator', () => {
    expect(linksToGeneratedPage('/en/guides/about/#h', docs, SITE)).toBe(false);
    expect(linksToGeneratedPage('/en/guides/about', docs, SITE)).toBe(false);
    expect(linksToGeneratedPage('../about/', docs, SITE)).toBe(false);
    expect(linksToGeneratedPage('#h', docs, SITE)).toBe(false);
    expect(linksToGeneratedPage('https://www.itu.int/', docs, SITE)).toBe(false);
  });
});
