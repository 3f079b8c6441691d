/**
 * Starlight's search button is named by `aria-label="Search"` while on wide
 * screens it shows "Search" and the shortcut "Ctrl K" (⌘ K on Apple devices):
 * the visible label is not contained in the accessible name (WCAG 2.5.3 Label
 * in Name, axe `label-content-name-mismatch`). The fix names the button from
 * its content instead: the visible "Search" text and shortcut are read out, and
 * a visually hidden copy of the label names it on narrow screens, where only
 * the magnifier icon shows. Everything else of Starlight's Search is kept.
 */
const OPEN_BUTTON = /<button data-open-modal\b([^>]*)>/;

/** Rewrites the rendered HTML of Starlight's <Search>; throws if its markup is not what this fix expects. */
export function nameSearchButtonFromContent(html: string): string {
  const button = OPEN_BUTTON.exec(html);
  if (!button) throw new Error('Search override: Starlight\'s search button (button[data-open-modal]) not found; update src/lib/search-button.ts');
  const label = / aria-label="([^"]*)"/.exec(button[1]);
  if (!label) throw new Error('Search override: the search button has no aria-label any more; update src/lib/search-button.ts');
  const visible = new RegExp(`(<span class="sl-hidden md:sl-block[^"]*") aria-hidden="true">${escapeRegExp(label[1])}</span>`);
  if (!visible.test(html)) throw new Error('Search override: the search button\'s visible label span not found; update src/lib/search-button.ts');
  const openTag = `<button data-open-modal${button[1].replace(label[0], '')}>`;
  return html
    .replace(button[0], `${openTag}<span class="sr-only md:sl-hidden">${label[1]}</span>`)
    .replace(visible, `$1>${label[1]}</span>`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
