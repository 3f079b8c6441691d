/**
 * The set of built pages every site-wide check runs over, and their kinds.
 * Driven by what the build produced (sitemap and dist/ listing), so a new page
 * is checked as soon as it is built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityUrl, listUrl, pageUrl } from '../../src/presentation/urls.ts';
import { isLocale, type Locale } from '../../src/schemas/vocab.ts';
import { realModel } from './content.ts';
import { allPages, DIST } from './dist.ts';

/** Site paths listed in the sitemap(s) the build wrote (dist/sitemap-index.xml → sitemap-N.xml). */
export function sitemapPaths(dist = DIST): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return locs(index).flatMap((sitemap) => locs(readFileSync(join(dist, sitemap), 'utf8')));
}

/** Every HTML page of dist/ as a site path: directory pages ("/en/regions/afr/") and the 404 page. */
export function builtPages(dist = DIST): string[] {
  return [...allPages(dist), ...(existsSync(join(dist, '404.html')) ? ['/404.html'] : [])].sort();
}

/** The file a site path is served from. */
export function fileOf(path: string, dist = DIST): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

const ENTITY_KIND: Record<string, string> = {
  activities: 'activity',
  countries: 'country',
  forums: 'forum',
  organizations: 'organization',
  references: 'reference',
  regions: 'region',
  resolutions: 'resolution',
};

/**
 * The kind of a page, from its path: "chooser" (/), "404", "home" (/en/),
 * "guides", an entity kind ("region" for /en/regions/afr/), "explorer" for the
 * activity index, "lists" for the other entity indexes (/en/regions/),
 * "document" for an edition's page (/en/documents/<id>/), "redirect" for the
 * old /en/document/ (it leads to the current edition), else the section itself
 * ("map", "timeline", …).
 */
export function pageKind(path: string): string {
  if (path === '/') return 'chooser';
  if (path === '/404.html') return '404';
  const [, section, id] = path.split('/').filter(Boolean);
  if (!section) return 'home';
  // The translation status lists every entry in every translated language: a kind of its own.
  if (section === 'guides') return id === 'translations' ? 'status' : 'guides';
  if (section === 'documents' && id) return 'document';
  if (section === 'document') return 'redirect';
  if (!(section in ENTITY_KIND)) return section;
  // The activity index is the faceted explorer (issue: search for Council members).
  if (!id) return section === 'activities' ? 'explorer' : 'lists';
  // A named tool under an entity section (/en/activities/explorer/) is its own kind, not an entry.
  return SUBPAGES.includes(id) ? id : ENTITY_KIND[section];
}

/** Pages under an entity section that are not entries. */
const SUBPAGES = ['explorer'];

/** The site language of a page, if it is under one (the root and 404 pages are not). */
export const localeOf = (p: string): string | undefined => (isLocale(p.split('/')[1]) ? p.split('/')[1] : undefined);

/** The first, middle and last page of each kind in each language, in path order: a deterministic sample that reads every language's texts in every kind of page. */
export function spreadPerKind(paths: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const p of [...paths].sort()) {
    const key = `${localeOf(p)}:${pageKind(p)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].flatMap((g) => [...new Set([g[0], g[Math.floor(g.length / 2)], g[g.length - 1]])]);
}

/** One page per kind and locale (the first in path order): a sample for checks too slow for every page. */
export function samplePerKind(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = `${p.split('/')[1]}:${pageKind(p)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Page kinds that checks ask for by name (the interactive pages and the Lighthouse sample). */
export type RequiredKind = 'home' | 'region' | 'map' | 'timeline' | 'explorer';

/**
 * The page of a kind that the site must have in a language, from the routes
 * and the model (the first region), never from dist/: a page the build did
 * not write fails the test that needs it instead of being skipped.
 */
export function requiredPage(kind: RequiredKind, locale: Locale): string {
  const path = (() => {
    switch (kind) {
      case 'home':
        return pageUrl(locale, '');
      case 'map':
      case 'timeline':
        return pageUrl(locale, kind);
      case 'explorer':
        return listUrl(locale, 'activities');
      case 'region': {
        const first = realModel().regions.at(0);
        if (!first) throw new Error('the model has no region');
        return entityUrl(locale, 'regions', first.id);
      }
    }
  })();
  if (pageKind(path) !== kind) throw new Error(`${path} is a "${pageKind(path)}" page, not "${kind}"`);
  return path;
}

/** The paths of `paths` that dist/ has no page for. */
export function unbuilt(paths: string[], dist = DIST): string[] {
  const built = new Set(builtPages(dist));
  return paths.filter((p) => !built.has(p));
}
