import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { localeOr } from '../i18n/registry.ts';
import { currentNav, navItems } from './nav.ts';
import { escapeTitle } from './safe-head.ts';
import { getModel } from '../loading/site-content.ts';
import { searchFilterOptions } from './search-data.ts';
import { translationTable } from './translation-table.ts';
import { pageFeeds } from './feeds.ts';

/**
 * Puts the site navigation, in the page's language, above Starlight's own
 * guide links, and gives the component overrides their data in
 * `Astro.locals`: the search dialog's filter values and, on the translation
 * status guide, its table. Components read no content themselves. Every
 * page of a language links its RSS feeds (src/presentation/feeds.ts).
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const locale = localeOr(route.locale);
  const model = await getModel();
  const items = navItems(locale, model.currentDocument.id);
  const current = currentNav(items, context.url.pathname);
  const links = items.map((i) => ({
    type: 'link' as const,
    label: i.label,
    href: i.href,
    isCurrent: i.href === current && !route.entry.filePath.includes('/guides/'),
    badge: undefined,
    attrs: {},
  }));
  route.sidebar = [...links, ...route.sidebar];
  route.head = [
    // Starlight's generator metas and its twitter:card (a large image card, though the site has no image) say nothing a
    // reader or a crawler needs: their bytes go to the feed links instead (first-visit limits, tests/site/first-visit.test.ts).
    ...escapeTitle(route.head).filter((h) => !(h.tag === 'meta' && ['generator', 'twitter:card'].includes(String(h.attrs?.name)))),
    ...pageFeeds(model, locale, context.url.pathname).map((f) => ({
      tag: 'link' as const,
      attrs: { rel: 'alternate', type: 'application/rss+xml', title: f.title, href: f.href },
    })),
  ];
  context.locals.searchFilters = searchFilterOptions(model, locale);
  if (/(^|\/)guides\/translations$/.test(route.id)) context.locals.translationStatus = translationTable(model, locale);
  // The 404 page has no address of its own: Starlight's canonical, hreflang and og:url would name /404/ pages that do not exist.
  if (route.id === '404') {
    route.head = route.head.filter(
      (h) =>
        !(h.tag === 'link' && ['canonical', 'alternate'].includes(String(h.attrs?.rel))) &&
        !(h.tag === 'meta' && h.attrs?.property === 'og:url'),
    );
  }
});
