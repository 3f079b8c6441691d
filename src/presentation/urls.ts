/** URLs of every page, in one place. All end with a slash. */
import type { Locale } from '../schemas/vocab.ts';

/** The kinds of entry page, each at /<locale>/<kind>/<id>/ (src/presentation/entity-pages.ts). */
export type EntityKind = 'regions' | 'forums' | 'activities' | 'resolutions' | 'references' | 'organizations';
export type EntityCollection = EntityKind | 'countries';

// Vite defines import.meta.env; plain Node (`npm run check`, `npm run new`) does not.
const viteEnv = (import.meta as { env?: Partial<ImportMetaEnv> }).env;
export const base = (): string => (viteEnv?.BASE_URL ?? '/').replace(/\/$/, '');

export function entityUrl(locale: Locale, collection: EntityCollection, id: string): string {
  return `${base()}/${locale}/${collection}/${collection === 'countries' ? id.toLowerCase() : id}/`;
}
export function listUrl(locale: Locale, collection: EntityCollection): string {
  return `${base()}/${locale}/${collection}/`;
}
/** Pages of one language; an edition of a document is documentUrl (`/<locale>/document/` only redirects to the current one). */
export function pageUrl(locale: Locale, page: '' | 'map' | 'timeline'): string {
  return `${base()}/${locale}/${page ? `${page}/` : ''}`;
}
/** The page of one edition of a document. */
export function documentUrl(locale: Locale, documentId: string): string {
  return `${base()}/${locale}/documents/${documentId}/`;
}
/** A block (paragraph, bullet) on its edition's page. */
export function blockUrl(locale: Locale, documentId: string, blockId: string): string {
  return `${documentUrl(locale, documentId)}#${blockId}`;
}
/** The site's origin for absolute URLs (astro.config.mjs `site`): feeds, calendars, the data package. */
export function siteOrigin(site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs has no `site`: absolute URLs need it');
  return site.origin;
}
/** The site's origin inside the build, where Vite defines import.meta.env.SITE from `site`: for absolute URLs in pages (citations). */
export const buildOrigin = (): string => siteOrigin(viteEnv?.SITE ? new URL(viteEnv.SITE) : undefined);
