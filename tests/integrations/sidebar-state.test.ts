import { describe, expect, it } from 'vitest';
import { isSidebarStateScript } from '../../src/integrations/sidebar-state.ts';

const PAGE = '/p/node_modules/@astrojs/starlight/dist/components/Page.astro';

describe('isSidebarStateScript', () => {
  it.each([
    ['../components-internals/SidebarPersistState', PAGE, true],
    ['../components-internals/SidebarPersistState.js', PAGE, true],
    ['../components-internals/SidebarPersistState.ts', 'C:\\p\\node_modules\\@astrojs\\starlight\\components\\Page.astro', true],
    // Ours, or Starlight's other scripts, stay.
    ['../components-internals/SidebarPersistState', '/p/src/components/Layout.astro', false],
    ['../components-internals/TableOfContents', PAGE, false],
    ['./SidebarPersistStateExtra', PAGE, false],
    ['../components-internals/SidebarPersistState', undefined, false],
  ])('%s from %s: %s', (source, importer, expected) => {
    expect(isSidebarStateScript(source, importer)).toBe(expected);
  });
});
