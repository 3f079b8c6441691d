/**
 * No sidebar-state script. Starlight's Page.astro loads
 * components-internals/SidebarPersistState on every page (about 0.45 kB
 * gzipped, inline): it saves which sidebar groups are open for the next page.
 * Our Sidebar override (src/components/overrides/Sidebar.astro) renders no
 * state to restore, so this Vite plugin resolves that import to an empty module.
 */
import type { AstroIntegration } from 'astro';

const EMPTY = '\0empty-sidebar-state';

/** Whether an import is Starlight's sidebar-state script (from its Page.astro). */
export function isSidebarStateScript(source: string, importer: string | undefined): boolean {
  return /[\\/]@astrojs[\\/]starlight[\\/]/.test(importer ?? '') && /components-internals\/SidebarPersistState(\.[jt]s)?$/.test(source);
}

export default function sidebarState(): AstroIntegration {
  return {
    name: 'sidebar-state',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sidebar-state',
                enforce: 'pre',
                resolveId: (source: string, importer: string | undefined) => (isSidebarStateScript(source, importer) ? EMPTY : null),
                load: (id: string) => (id === EMPTY ? 'export {};' : null),
              },
            ],
          },
        });
      },
    },
  };
}
