/**
 * Shapes entries into what the pages render: labels, links, fact rows, source
 * labels and link groups. Pure functions of the model and a language.
 */
import { labelOfBlock, type BlockLabelPatterns } from './block-label.ts';
import { SOURCE_LOCALE, type Locale } from '../schemas/vocab.ts';
import type { Figure } from '../schemas/fields.ts';
import { t, VOCAB, type TextKey } from '../i18n/ui.ts';
import { aside, formatList, joinPlace, numberFormat } from '../i18n/format.ts';
import { language } from '../i18n/registry.ts';
import { countryName } from '../model/countries.ts';
import { formatDate, formatRange } from '../model/dates.ts';
import { blockUrl, documentUrl, entityUrl } from './urls.ts';
import {
  citationsOf,
  type Activity,
  type AnyEntry,
  type Doc,
  type Forum,
  type Link,
  type Model,
  type Organization,
  type Reference,
  type Region,
  type Resolution,
  type SourcedEntry,
} from '../model/model.ts';

export interface Item {
  text: string;
  href?: string;
  /** For <time>: start (and end) as given. */
  datetime?: { start: string; end?: string };
}
export interface FactRow {
  label: string;
  items: Item[];
}
export interface LinkItem {
  label: string;
  href: string;
  meta?: string;
}
export interface LinkGroup {
  heading: string;
  items: LinkItem[];
}

/** Title of an entry in a language. */
export const titleOf = (e: Pick<AnyEntry, 'text'>, locale: Locale) => e.text[locale].title;
export const shortOf = (e: Pick<AnyEntry, 'text'>, locale: Locale) => e.text[locale].short ?? e.text[locale].title;
/** An organization's acronym in a language: for one that has an acronym, its text's short name where the language has its own ("OMM"), else the facts' ("WMO"). */
export const acronymOf = (o: Pick<Organization, 'text' | 'facts'>, locale: Locale): string | undefined =>
  o.facts.acronym === undefined ? undefined : (o.text[locale].short ?? o.facts.acronym);

export function hrefOf(model: Model, link: Link, locale: Locale): string {
  if (link.collection === 'documents') return documentUrl(locale, link.id);
  if (link.collection === 'places') return entityUrl(locale, 'countries', model.get('places', link.id).facts.country);
  return entityUrl(locale, link.collection, link.id);
}

export function linkItem(model: Model, link: Link, locale: Locale): LinkItem {
  const e = model.get(link.collection, link.id);
  const start = 'start' in e.facts ? (e.facts as { start?: string }).start : undefined;
  const end = 'end' in e.facts ? (e.facts as { end?: string }).end : undefined;
  return { label: titleOf(e, locale), href: hrefOf(model, link, locale), meta: start ? formatRange(start, end, locale) : undefined };
}

function countryItem(iso: string, locale: Locale): Item {
  return { text: countryName(iso, locale), href: entityUrl(locale, 'countries', iso) };
}

export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale).format(n);
}

export function formatFigure(f: Figure, locale: Locale): string {
  const v = formatNumber(f.value, locale);
  return t(locale, 'figure.labelled', {
    label: VOCAB[locale].figure[f.key],
    v: t(locale, `figure.qualifier.${f.qualifier}` as TextKey, { v }),
  });
}

/** The figure's own note: a worldwide total is labelled so, with the date it stands at. */
export function figureNote(f: Figure, locale: Locale): string | undefined {
  if (f.scope !== 'worldwide') return undefined;
  return f.asOf ? t(locale, 'figure.worldwide', { date: formatDate(f.asOf, locale) }) : t(locale, 'figure.worldwide.undated');
}

/** The language's patterns of block labels. */
export const blockLabelPatterns = (locale: Locale): BlockLabelPatterns => ({
  paragraph: t(locale, 'source.paragraph'),
  bullet: t(locale, 'source.bullet'),
  subbullet: t(locale, 'source.subbullet'),
  continuation: t(locale, 'source.continuation'),
  front: t(locale, 'source.front'),
});

/** "¶ 3.3, bullet 2" for a block id of a document, from the document's structure. */
export function blockLabel(model: Model, documentId: string, blockId: string, locale: Locale): string {
  return labelOfBlock(
    blockId,
    blockLabelPatterns(locale),
    () => model.get('documents', documentId).text[locale].blockTitles?.[blockId] ?? blockId,
  );
}

/** How a citation names its edition when an entry cites more than one: the short title, else the symbol, else the session. */
function editionLabel(d: Doc, locale: Locale): string {
  return d.text[locale].short ?? d.facts.symbol ?? d.facts.session;
}

/**
 * Every block an entry cites, labelled and linked to its edition's page. When
 * the entry cites several editions, each label names its edition.
 */
function cited(model: Model, e: SourcedEntry, locale: Locale) {
  const citations = citationsOf(e);
  return citations.flatMap((c) => {
    const d = model.get('documents', c.document);
    return c.blocks.map((b) => {
      const label = blockLabel(model, c.document, b, locale);
      return {
        label: citations.length > 1 ? t(locale, 'source.edition', { edition: editionLabel(d, locale), label }) : label,
        href: blockUrl(locale, c.document, b),
        text: d.text[locale].blocks?.[b] ?? '',
      };
    });
  });
}

/** The note of a region whose membership or office cities are not from the document: what, and where they come from. */
export function outsideNote(r: Region, locale: Locale): { text: string; source: string; href?: string } | undefined {
  const o = r.facts.outside;
  if (!o) return undefined;
  const fields = formatList(
    locale,
    o.fields.map((k) => t(locale, `source.outside.${k}`)),
  );
  const url = /^https?:\/\//u.test(o.source);
  return {
    text: t(locale, 'source.outside', { fields }),
    source: url ? t(locale, 'source.outside.itu-d') : o.source,
    ...(url ? { href: o.source } : {}),
  };
}

/** The blocks an activity merges (each mentions the same event), each linked to its paragraph. */
export function mergeItems(model: Model, a: Activity, locale: Locale): Item[] {
  const document = a.facts.source.document ?? model.currentDocument.id;
  return a.facts.merges.map((b) => ({ text: blockLabel(model, document, b, locale), href: blockUrl(locale, document, b) }));
}

/** The "Source: ¶ 3.3" line of an entry. */
export function sourceItems(model: Model, e: SourcedEntry, locale: Locale): Item[] {
  return cited(model, e, locale).map((c) => ({ text: c.label, href: c.href }));
}

const refItem = (model: Model, collection: Link['collection'], id: string, locale: Locale): Item => {
  const l = linkItem(model, { collection, id }, locale);
  return { text: l.label, href: l.href };
};
const refItems = (model: Model, collection: Link['collection'], ids: string[], locale: Locale): Item[] =>
  ids.map((id) => refItem(model, collection, id, locale));
const countryItems = (isos: string[], locale: Locale): Item[] => isos.map((iso) => countryItem(iso, locale));
const row = (locale: Locale, key: TextKey, items: Item[]): FactRow[] => (items.length ? [{ label: t(locale, key), items }] : []);
const placeItems = (model: Model, e: Forum | Activity, locale: Locale): Item[] => {
  const out: Item[] = [];
  if (e.facts.place) out.push({ text: titleOf(model.get('places', e.facts.place), locale) });
  const iso = model.venueCountryOf(e);
  if (iso) out.push(countryItem(iso, locale));
  return out;
};
const dateItems = (start: string | undefined, end: string | undefined, locale: Locale): Item[] =>
  start ? [{ text: formatRange(start, end, locale), datetime: { start, end } }] : [{ text: t(locale, 'fact.undated') }];

/** The entry's own figures, then the worldwide totals its paragraph gives, each labelled worldwide with its date. */
const figureRows = (figures: Figure[], locale: Locale): FactRow[] => [
  ...row(
    locale,
    'fact.figures',
    figures.filter((x) => x.scope !== 'worldwide').map((x) => ({ text: formatFigure(x, locale) })),
  ),
  ...row(
    locale,
    'fact.figures.worldwide',
    figures
      .filter((x) => x.scope === 'worldwide')
      .map((x) => ({ text: aside(locale, formatFigure(x, locale), figureNote(x, locale) ?? '') })),
  ),
];

/** When and where a forum or an activity took place: its dates, venue and host. */
const occasionRows = (model: Model, e: Forum | Activity, locale: Locale): FactRow[] => [
  ...row(locale, 'fact.dates', dateItems(e.facts.start, e.facts.end, locale)),
  ...row(locale, 'fact.venue', placeItems(model, e, locale)),
  ...row(locale, 'fact.host', e.facts.host ? [countryItem(e.facts.host, locale)] : []),
];

/** Who took part in a forum or an activity: its countries and organizations. */
const participantRows = (model: Model, f: { countries: string[]; organizations: string[] }, locale: Locale): FactRow[] => [
  ...row(locale, 'fact.countries', countryItems(f.countries, locale)),
  ...row(locale, 'fact.organizations', refItems(model, 'organizations', f.organizations, locale)),
];

export function activityFacts(model: Model, a: Activity, locale: Locale): FactRow[] {
  const f = a.facts;
  const v = VOCAB[locale];
  return [
    ...row(locale, 'fact.regions', refItems(model, 'regions', f.regions, locale)),
    ...occasionRows(model, a, locale),
    ...row(locale, 'fact.beneficiaries', countryItems(f.beneficiaries, locale)),
    ...row(locale, 'fact.organizers', refItems(model, 'organizations', f.organizers, locale)),
    ...row(locale, 'fact.kind', [{ text: v.kind[f.kind] }]),
    ...row(
      locale,
      'fact.sectors',
      f.sectors.map((s) => ({ text: v.sector[s] })),
    ),
    ...row(
      locale,
      'fact.themes',
      f.themes.map((s) => ({ text: v.theme[s] })),
    ),
    ...participantRows(model, f, locale),
    ...row(locale, 'fact.resolutions', [
      ...refItems(model, 'resolutions', f.resolutions, locale),
      ...refItems(model, 'references', f.references, locale),
    ]),
    ...row(locale, 'fact.forum', f.forum ? [refItem(model, 'forums', f.forum, locale)] : []),
    ...row(locale, 'fact.parts', refItems(model, 'activities', f.parts, locale)),
    ...figureRows(f.figures, locale),
  ];
}

export function forumFacts(model: Model, x: Forum, locale: Locale): FactRow[] {
  const f = x.facts;
  return [
    ...row(locale, 'fact.region', [refItem(model, 'regions', f.region, locale)]),
    ...occasionRows(model, x, locale),
    ...row(locale, 'fact.organizers', refItems(model, 'organizations', f.organizers, locale)),
    ...row(locale, 'fact.theme', x.text[locale].theme ? [{ text: x.text[locale].theme }] : []),
    ...row(locale, 'fact.colocated', refItems(model, 'activities', f.colocated, locale)),
    ...participantRows(model, f, locale),
    ...row(locale, 'fact.resolutions', refItems(model, 'resolutions', f.resolutions, locale)),
    ...figureRows(f.figures, locale),
  ];
}

export function regionFacts(model: Model, r: Region, locale: Locale): FactRow[] {
  const f = r.facts;
  const office = (id: string) => ({
    text: aside(locale, titleOf(model.get('places', id), locale), countryName(model.get('places', id).facts.country, locale)),
  });
  const document = f.source.document ?? model.currentDocument.id;
  const original = model.get('documents', document).text[SOURCE_LOCALE].blocks ?? {};
  const squash = (s: string) => s.replace(/\s+/gu, ' ');
  // An office the document names: its place, then "stated in ¶ …" linking to the block that names it.
  const stated = (id: string, q: string | undefined): Item[] => {
    const block = q === undefined ? undefined : f.source.blocks.find((b) => squash(original[b] ?? '').includes(squash(q)));
    if (block === undefined) return [office(id)];
    return [
      office(id),
      { text: t(locale, 'source.stated', { label: blockLabel(model, document, block, locale) }), href: blockUrl(locale, document, block) },
    ];
  };
  return [
    ...row(locale, 'fact.office', stated(f.office, f.quotes.office)),
    ...row(
      locale,
      'fact.areaOffices',
      f.areaOffices.flatMap((a) => stated(a, f.quotes.areaOffices?.[a])),
    ),
    ...row(locale, 'fact.members', [{ text: formatNumber(f.members.length, locale) }]),
  ];
}

export function resolutionFacts(model: Model, r: Resolution, locale: Locale): FactRow[] {
  const f = r.facts;
  return [
    ...row(locale, 'fact.body', [{ text: VOCAB[locale].body[f.body] }]),
    ...row(locale, 'fact.number', [{ text: String(f.number) }]),
    ...row(
      locale,
      'fact.revisions',
      f.revisions.map((v) => ({ text: joinPlace(locale, [v.conference, titleOf(model.get('places', v.place), locale), String(v.year)]) })),
    ),
  ];
}

export function referenceFacts(_model: Model, r: Reference, locale: Locale): FactRow[] {
  const f = r.facts;
  return [
    ...row(locale, 'fact.kind', [{ text: VOCAB[locale].refKind[f.kind] }]),
    ...row(locale, 'fact.symbol', f.symbol ? [{ text: f.symbol }] : []),
    ...row(locale, 'fact.year', f.year ? [{ text: String(f.year) }] : []),
  ];
}

export function organizationFacts(_model: Model, o: Organization, locale: Locale): FactRow[] {
  const f = o.facts;
  const acronym = acronymOf(o, locale);
  return [
    ...row(locale, 'fact.acronym', acronym ? [{ text: acronym }] : []),
    ...row(locale, 'fact.kind', [{ text: VOCAB[locale].orgKind[f.kind] }]),
    ...row(locale, 'fact.country', f.country ? [countryItem(f.country, locale)] : []),
  ];
}

const group = (heading: string, items: LinkItem[]): LinkGroup[] => (items.length ? [{ heading, items }] : []);

/** Grouped backlinks, by collection. */
export function backlinkGroups(model: Model, links: Link[], locale: Locale): LinkGroup[] {
  const by = new Map<string, LinkItem[]>();
  for (const l of links) {
    if (l.collection === 'places' || l.collection === 'documents') continue;
    const list = by.get(l.collection) ?? [];
    list.push(linkItem(model, l, locale));
    by.set(l.collection, list);
  }
  return [...by].flatMap(([c, items]) => group(t(locale, `nav.${c === 'references' ? 'resolutions' : c}` as TextKey), items));
}

/** A region's forum, activities, partners and countries. */
export function regionGroups(model: Model, r: Region, locale: Locale): LinkGroup[] {
  const forums = model.forums.filter((f) => f.facts.region === r.id);
  const activities = model.activities.filter((a) => a.facts.regions.includes(r.id));
  const orgIds = new Set([...forums.flatMap((f) => f.facts.organizations), ...activities.flatMap((a) => a.facts.organizations)]);
  const orgs = model.organizations.filter((o) => orgIds.has(o.id));
  return [
    ...group(
      t(locale, 'links.forum'),
      forums.map((f) => linkItem(model, { collection: 'forums', id: f.id }, locale)),
    ),
    ...group(
      t(locale, 'links.activities'),
      activities.map((a) => linkItem(model, { collection: 'activities', id: a.id }, locale)),
    ),
    ...group(
      t(locale, 'links.partners'),
      orgs.map((o) => linkItem(model, { collection: 'organizations', id: o.id }, locale)),
    ),
  ];
}

/** The document's text for each source block, with its label and link. */
export function quotesFor(model: Model, e: SourcedEntry, locale: Locale) {
  return cited(model, e, locale);
}

export function countryFacts(model: Model, iso: string, locale: Locale): FactRow[] {
  const region = model.regionOfCountry(iso);
  return [
    ...row(locale, 'fact.region-of-country', region ? [refItem(model, 'regions', region.id, locale)] : []),
    ...row(locale, 'fact.iso', [{ text: iso }]),
  ];
}

/** Forums and activities concerning a country, plus organizations based there. */
export function countryGroups(model: Model, iso: string, locale: Locale): LinkGroup[] {
  const links = model.countryLinks(iso);
  const orgs = model.organizations
    .filter((o) => o.facts.country === iso)
    .map((o) => linkItem(model, { collection: 'organizations', id: o.id }, locale));
  const concerning = links.map((l) => linkItem(model, l, locale));
  return [{ heading: t(locale, 'links.concerning'), items: concerning }, ...group(t(locale, 'links.partners'), orgs)].filter(
    (g) => g.items.length || g.heading === t(locale, 'links.concerning'),
  );
}

export interface Cell {
  text: string;
  href?: string;
  datetime?: string;
}

const dateCell = (start: string | undefined, end: string | undefined, locale: Locale): Cell =>
  start ? { text: formatRange(start, end, locale), datetime: start } : { text: t(locale, 'list.undated') };

/** Rows of the activity list: date, title, region, kind, sectors. */
export function activityRows(model: Model, list: Activity[], locale: Locale): Cell[][] {
  const v = VOCAB[locale];
  return list.map((a) => [
    dateCell(a.facts.start, a.facts.end, locale),
    { text: titleOf(a, locale), href: entityUrl(locale, 'activities', a.id) },
    { text: a.facts.regions.map((r) => shortOf(model.get('regions', r), locale)).join(', ') },
    { text: v.kind[a.facts.kind] },
    { text: a.facts.sectors.map((s) => s.toUpperCase()).join(', ') },
  ]);
}

export function forumRows(model: Model, locale: Locale): Cell[][] {
  return model.forums.map((f) => [
    dateCell(f.facts.start, f.facts.end, locale),
    { text: titleOf(f, locale), href: entityUrl(locale, 'forums', f.id) },
    { text: titleOf(model.get('regions', f.facts.region), locale) },
    {
      text: joinPlace(locale, [
        f.facts.place ? titleOf(model.get('places', f.facts.place), locale) : '',
        f.facts.country ? countryName(f.facts.country, locale) : '',
      ]),
    },
  ]);
}

export function documentFacts(_model: Model, d: Doc, locale: Locale): FactRow[] {
  const f = d.facts;
  return [
    ...row(locale, 'fact.session', [{ text: aside(locale, f.session, String(f.year)) }]),
    ...row(locale, 'fact.date', [{ text: formatDate(f.date, locale), datetime: { start: f.date } }]),
    ...row(locale, 'fact.symbol', f.symbol ? [{ text: f.symbol }] : []),
    ...row(
      locale,
      'fact.languages',
      f.languages.map((l) => ({ text: language(l).name })),
    ),
  ];
}

export interface Stat {
  value: string;
  label: string;
  /** Link to the block stating it, for figures from the document. */
  href?: string;
  source?: string;
}

/** Headline figures: the document's own, then counts of the site's entries. */
export function homeStats(model: Model, locale: Locale): Stat[] {
  const doc = model.currentDocument;
  const fromDoc = doc.facts.keyFigures.map((f) => ({
    value: t(locale, `figure.qualifier.${f.qualifier}` as TextKey, { v: formatNumber(f.value, locale) }),
    label: VOCAB[locale].figure[f.key],
    href: blockUrl(locale, doc.id, f.block),
    source: blockLabel(model, doc.id, f.block, locale),
  }));
  const count = (n: number, key: TextKey): Stat => ({ value: formatNumber(n, locale), label: t(locale, key) });
  return [
    ...fromDoc,
    count(model.activities.length, 'home.stat.activities'),
    count(model.resolutions.length, 'home.stat.resolutions'),
    count(model.countries.filter((c) => model.countryLinks(c).length > 0).length, 'home.stat.countries'),
  ];
}
