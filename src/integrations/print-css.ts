/**
 * Our print stylesheet in place of Starlight's. Starlight's Page.astro links
 * its style/print.css with media="print" (not an overridable component); this
 * Vite plugin resolves that import to src/styles/print.css, so the page keeps
 * one small print-only file (rules for code blocks, tabs and the like, which
 * the site has none of, are not downloaded), and fills in the site's origin,
 * which printed link targets put before a site path.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const OURS = fileURLToPath(new URL('../styles/print.css', import.meta.url));
/** The declaration in src/styles/print.css that the build fills in. */
export const ORIGIN_DECLARATION = "--site-origin: '';";

/** Whether an import is Starlight's print stylesheet (`../style/print.css?url&no-inline` from its Page.astro). */
export function isStarlightPrintCss(source: string, importer: string | undefined): boolean {
  return /[\\/]@astrojs[\\/]starlight[\\/]/.test(importer ?? '') && /(^|\/)style\/print\.css(\?|$)/.test(source);
}

/** The stylesheet with the origin filled in; one clear error if the declaration to fill is gone. */
export function withOrigin(css: string, origin: string): string {
  if (!css.includes(ORIGIN_DECLARATION))
    throw new Error(`${OURS}: expected the declaration ${ORIGIN_DECLARATION} to fill in the site origin`);
  return css.replace(ORIGIN_DECLARATION, `--site-origin: ${JSON.stringify(origin)};`);
}

export default function printCss(): AstroIntegration {
  return {
    name: 'print-css',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (!config.site) throw new Error('astro.config.mjs: `site` is needed for the absolute link targets of printed pages');
        const origin = new URL(config.site).origin;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'print-css',
                enforce: 'pre',
                resolveId(source: string, importer: string | undefined) {
                  if (!isStarlightPrintCss(source, importer)) return null;
                  const query = source.indexOf('?');
                  return query < 0 ? OURS : OURS + source.slice(query);
                },
                transform(code: string, id: string) {
                  // `?url` is a module that exports the file's address; the stylesheet itself comes as `?transform-only`.
                  const [file, query = ''] = id.split('?');
                  return file === OURS && !new URLSearchParams(query).has('url') ? withOrigin(code, origin) : null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
