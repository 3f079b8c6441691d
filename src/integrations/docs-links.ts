/**
 * Which links starlight-links-validator checks. It knows the Markdown/MDX
 * pages of src/content/docs (and their headings) but reports every link to a
 * generated page (entities, lists, document) as invalid. Links to generated
 * pages are left to tests/site/links.test.ts, which checks every link and
 * #anchor of the built site; the validator keeps guide-to-guide links, at build time.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Site paths ("/en/guides/about/") of the Markdown/MDX pages under a Starlight docs directory. */
export function docsPaths(dir: string): Set<string> {
  const out = new Set<string>();
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.mdx?$/.test(f)) {
        const slug = relative(dir, p)
          .replace(/\.mdx?$/, '')
          .replace(/(^|\/)index$/, '')
          .toLowerCase();
        out.add(`/${slug}${slug ? '/' : ''}`.replace(/\/+/g, '/'));
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * True for a link to this site that is not a docs page, given the docs pages'
 * paths and the site's origin. Relative links, #fragments and other sites are
 * not excluded: the validator judges those itself.
 */
export function linksToGeneratedPage(link: string, docs: Set<string>, site: string): boolean {
  if (!link.startsWith('/') && !link.startsWith(site)) return false;
  const url = new URL(link, site);
  if (url.origin !== new URL(site).origin) return false;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return !docs.has(path);
}
