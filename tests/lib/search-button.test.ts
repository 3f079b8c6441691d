import { describe, expect, test } from 'vitest';
import { nameSearchButtonFromContent } from '../../src/lib/search-button.ts';

// Starlight 0.42's rendered <Search> button, trimmed.
const starlight =
  '<site-search><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-x"><svg aria-hidden="true"></svg>' +
  '<span class="sl-hidden md:sl-block astro-x" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>' +
  '<dialog aria-label="Search"></dialog></site-search>';

describe('nameSearchButtonFromContent', () => {
  test('drops the aria-label, shows the visible label to assistive technology and adds a hidden label for narrow screens', () => {
    const html = nameSearchButtonFromContent(starlight);
    expect(html).toContain('<button data-open-modal disabled aria-keyshortcuts="Control+K" class="astro-x"><span class="sr-only md:sl-hidden">Search</span>');
    expect(html).toContain('<span class="sl-hidden md:sl-block astro-x">Search</span>');
    expect(html).not.toMatch(/<button[^>]*aria-label/);
    // The dialog keeps its own label.
    expect(html).toContain('<dialog aria-label="Search">');
  });
  test('works with any label text (Chinese)', () => {
    const html = nameSearchButtonFromContent(starlight.replaceAll('Search', '搜索'));
    expect(html).toContain('<span class="sr-only md:sl-hidden">搜索</span>');
  });
  test('fails loudly when Starlight changes the markup it expects', () => {
    expect(() => nameSearchButtonFromContent('<button>x</button>')).toThrow(/data-open-modal/);
    expect(() => nameSearchButtonFromContent(starlight.replace(' aria-label="Search" aria-keyshortcuts', ' aria-keyshortcuts'))).toThrow(/aria-label/);
    expect(() => nameSearchButtonFromContent(starlight.replace(' aria-hidden="true">Search</span>', '>Search</span>'))).toThrow(/visible label/);
  });
});
