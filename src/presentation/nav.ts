/** The site's main navigation, per language; the route middleware puts it in Starlight's sidebar. */
import type { Locale } from '../schemas/vocab.ts';
import { t, type TextKey } from '../i18n/ui.ts';
import { base, documentUrl } from './urls.ts';

export interface NavItem {
  label: string;
  href: string;
}

/** Paths under the language's root; `null` is the current edition's page. */
const ITEMS: [TextKey, string | null][] = [
  ['nav.home', ''],
  ['nav.document', null],
  ['nav.regions', 'regions/'],
  ['nav.forums', 'forums/'],
  ['nav.activities', 'activities/'],
  ['nav.resolutions', 'resolutions/'],
  ['nav.organizations', 'organizations/'],
  ['nav.countries', 'countries/'],
  ['nav.map', 'map/'],
  ['nav.timeline', 'timeline/'],
  ['nav.data', 'data/'],
];

/** The navigation; "Full document" leads to the current edition (`model.currentDocument.id`). */
export function navItems(locale: Locale, currentDocumentId: string): NavItem[] {
  return ITEMS.map(([key, path]) => ({
    label: t(locale, key),
    href: path === null ? documentUrl(locale, currentDocumentId) : `${base()}/${locale}/${path}`,
  }));
}

/** The nav item a path belongs to: the longest matching prefix. */
export function currentNav(items: NavItem[], pathname: string): string | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return items.filter((i) => path.startsWith(i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
