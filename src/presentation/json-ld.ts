/**
 * schema.org JSON-LD of an entry page, typed with schema-dts: a WebPage in
 * the page's language, its breadcrumb, `isBasedOn` the document blocks its
 * facts rest on (their anchors on the edition's page), and its subject as
 * `mainEntity`. Only what the page shows: names as the page writes them,
 * dates at the document's precision ("2023-10", never a made-up day), a venue
 * only where the document states one. Kept small: it is on every entry page,
 * within the first-visit limits. The route middleware puts it in the page's
 * head (src/presentation/route-middleware.ts), where it costs fewer gzipped
 * bytes than at the end of the body: its names and URLs repeat the title,
 * canonical and hreflang links just before it.
 */
import type { Action, BreadcrumbList, Event, Organization, Place, Thing, WebPage, WithContext } from 'schema-dts';
import { citationsOf, type Activity, type Forum, type Link, type Model, type SourcedEntry } from '../model/model.ts';
import { countryName } from '../model/countries.ts';
import { language } from '../i18n/registry.ts';
import { t, type TextKey } from '../i18n/ui.ts';
import type { ActivityKind, Locale } from '../schemas/vocab.ts';
import { acronymOf, titleOf } from './present.ts';
import { base, blockUrl, documentUrl, entityUrl, listUrl, pageUrl, type EntityCollection } from './urls.ts';

/** The pages that carry JSON-LD: the entry kinds, countries and editions of the document. */
export type JsonLdKind = EntityCollection | 'documents';

/**
 * An activity the document dates is an Event (schema.org's Event needs a
 * startDate), unless its kind is work carried on over time rather than an
 * occasion: a project, assistance, coordination, staffing, an agreement or an
 * assessment (a project's date is when it began, not a day one attends).
 * Those, and every undated activity, are an Action: its startTime would need
 * a full date-time the document does not give, so it carries no date.
 */
const ONGOING: readonly ActivityKind[] = ['project', 'assistance', 'coordination', 'staffing', 'agreement', 'assessment'];

const organization = (model: Model, id: string, locale: Locale): Organization => ({
  '@type': 'Organization',
  name: titleOf(model.get('organizations', id), locale),
});

/** The venue the page shows (place, country), only where the document states one. */
function location(model: Model, e: Forum | Activity, locale: Locale): Place | undefined {
  const iso = model.venueCountryOf(e);
  const country = iso ? countryName(iso, locale) : undefined;
  if (!e.facts.place) return country ? { '@type': 'Country', name: country } : undefined;
  const place: Place = { '@type': 'Place', name: titleOf(model.get('places', e.facts.place), locale) };
  return country ? { ...place, containedInPlace: { '@type': 'Country', name: country } } : place;
}

/** A forum or a dated activity as an Event: its dates as the document gives them, venue and organizers if stated. */
function occasion(model: Model, e: Forum | Activity, locale: Locale): Event | Action {
  const organizers = e.facts.organizers.map((o) => organization(model, o, locale));
  const name = titleOf(e, locale);
  const { start, end } = e.facts;
  const isEvent = e.collection === 'forums' || !ONGOING.includes(e.facts.kind);
  if (!start || !isEvent) return { '@type': 'Action', name, ...(organizers.length ? { agent: organizers } : {}) };
  const where = location(model, e, locale);
  return {
    '@type': 'Event',
    name,
    startDate: start,
    ...(end && end !== start ? { endDate: end } : {}),
    ...(where ? { location: where } : {}),
    ...(organizers.length ? { organizer: organizers } : {}),
  };
}

/** The subject of the page. */
function subject(model: Model, kind: JsonLdKind, id: string, locale: Locale): Thing {
  switch (kind) {
    case 'forums':
      return occasion(model, model.get('forums', id), locale);
    case 'activities':
      return occasion(model, model.get('activities', id), locale);
    case 'regions':
      // An ITU region groups countries; it is not governed as one (AdministrativeArea would say it is).
      return { '@type': 'Place', name: titleOf(model.get('regions', id), locale) };
    case 'resolutions':
      return { '@type': 'Legislation', name: titleOf(model.get('resolutions', id), locale) };
    case 'references':
      return { '@type': 'CreativeWork', name: titleOf(model.get('references', id), locale) };
    case 'organizations': {
      const o = model.get('organizations', id);
      const acronym = acronymOf(o, locale);
      return { '@type': 'Organization', name: titleOf(o, locale), ...(acronym ? { alternateName: acronym } : {}) };
    }
    case 'countries':
      return { '@type': 'Country', name: countryName(id, locale) };
    case 'documents': {
      const d = model.get('documents', id);
      return {
        '@type': 'Report',
        name: d.text[locale].title,
        datePublished: d.facts.date,
        ...(d.facts.symbol ? { reportNumber: d.facts.symbol } : {}),
      };
    }
  }
}

/** The blocks an entry's facts rest on: its own source, or (for organizations and countries, which cite none) the sources of the entries the page lists, if any. */
function basedOn(model: Model, kind: JsonLdKind, id: string, locale: Locale): string[] {
  const cited = (e: SourcedEntry) => citationsOf(e).flatMap((c) => c.blocks.map((b) => blockUrl(locale, c.document, b)));
  const fromLinks = (links: Link[]) => links.flatMap((l) => sourced(model, l).flatMap(cited));
  switch (kind) {
    case 'organizations':
      return fromLinks(model.backlinks('organizations', id));
    case 'countries':
      return fromLinks(model.countryLinks(id));
    case 'documents': {
      // The page is the document itself: its facts (title, date, symbol) head it, before its first block.
      const blocks = model.get('documents', id).facts.blocks;
      return blocks.slice(0, 1).map((b) => blockUrl(locale, id, b.id));
    }
    default:
      return sourced(model, { collection: kind, id }).flatMap(cited);
  }
}

/** The entry a link names, if it is one that cites the document (organizations, places and editions do not). */
function sourced(model: Model, l: { collection: string; id: string }): SourcedEntry[] {
  switch (l.collection) {
    case 'regions':
      return [model.get('regions', l.id)];
    case 'forums':
      return [model.get('forums', l.id)];
    case 'activities':
      return [model.get('activities', l.id)];
    case 'resolutions':
      return [model.get('resolutions', l.id)];
    case 'references':
      return [model.get('references', l.id)];
    default:
      return [];
  }
}

/** The page's title: its h1. */
function pageTitle(model: Model, kind: JsonLdKind, id: string, locale: Locale): string {
  if (kind === 'countries') return countryName(id, locale);
  return titleOf(model.get(kind, id), locale);
}

const pageOf = (kind: JsonLdKind, id: string, locale: Locale): string =>
  kind === 'documents' ? documentUrl(locale, id) : entityUrl(locale, kind, id);

/** The navigation's name of each kind's list; references have none, and the document is a page of its own. */
const LISTS: Partial<Record<JsonLdKind, TextKey>> = {
  regions: 'nav.regions',
  forums: 'nav.forums',
  activities: 'nav.activities',
  resolutions: 'nav.resolutions',
  organizations: 'nav.organizations',
  countries: 'nav.countries',
};

/** Home, the kind's list, the page. */
function breadcrumb(kind: JsonLdKind, name: string, locale: Locale, site: string): BreadcrumbList {
  const abs = (path: string) => new URL(path, site).href;
  const list = LISTS[kind];
  const trail: { name: string; item?: string }[] = [
    { name: t(locale, 'nav.home'), item: abs(pageUrl(locale, '')) },
    ...(list && kind !== 'documents' ? [{ name: t(locale, list), item: abs(listUrl(locale, kind)) }] : []),
    { name },
  ];
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, ...c })),
  };
}

/** The JSON-LD of one entry page in one language; `site` is the origin of absolute URLs. */
export function pageJsonLd(model: Model, kind: JsonLdKind, id: string, locale: Locale, site: string): WithContext<WebPage> {
  const main = subject(model, kind, id, locale);
  const based = [...new Set(basedOn(model, kind, id, locale))];
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: new URL(pageOf(kind, id, locale), site).href,
    inLanguage: language(locale).tag,
    breadcrumb: breadcrumb(kind, pageTitle(model, kind, id, locale), locale, site),
    // A page resting on no block (a country the document never names, a region's member) claims none.
    ...(based.length ? { isBasedOn: based.map((u) => new URL(u, site).href) } : {}),
    mainEntity: main,
  };
}

/** The JSON text for a <script type="application/ld+json">: "<" escaped, so that no value can close the script. */
export const jsonLdText = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c');

const KINDS: readonly JsonLdKind[] = [
  'regions',
  'forums',
  'activities',
  'resolutions',
  'references',
  'organizations',
  'countries',
  'documents',
];

/** The entry page a path is (/<locale>/<kind>/<id>/), if it is one of the model's. */
export function entryAt(model: Model, pathname: string): { kind: JsonLdKind; id: string } | undefined {
  const [, section, slug] = pathname.slice(base().length).split('/').filter(Boolean);
  const kind = KINDS.find((k) => k === section);
  if (!kind || !slug) return undefined;
  const ids = kind === 'countries' ? model.countries : model[kind].map((e) => e.id);
  const id = ids.find((i) => (kind === 'countries' ? i.toLowerCase() : i) === slug);
  return id === undefined ? undefined : { kind, id };
}

/**
 * Kinds whose pages do not carry their JSON-LD yet: it adds about 0.2 kB
 * gzipped, and the Russian region page (35.16 kB with it) and the Arabic and
 * Russian document pages (40.13 and 40.17 kB) would exceed their first-visit
 * limits of 35 and 40 kB (tests/site/first-visit.test.ts). Empty this list
 * once issue 14's savings leave room; tests/site/json-ld.test.ts follows it.
 */
export const WITHHELD: readonly JsonLdKind[] = ['regions', 'documents'];

/** The head element of an entry page's JSON-LD, for the route middleware; none on other pages. */
export function jsonLdHead(model: Model, pathname: string, locale: Locale, site: string) {
  const at = entryAt(model, pathname);
  if (!at || WITHHELD.includes(at.kind)) return [];
  return [
    {
      tag: 'script' as const,
      attrs: { type: 'application/ld+json' },
      content: jsonLdText(pageJsonLd(model, at.kind, at.id, locale, site)),
    },
  ];
}
