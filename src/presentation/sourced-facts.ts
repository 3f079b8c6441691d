/**
 * The "facts with sources" list of a forum's or an activity's page: each
 * fact's value, formatted as on the rest of the page, beside the phrase of
 * the document that states it. On the source language's pages the phrase is
 * the original; on the others it is our translation, marked as ours, with the
 * original at hand. Pure functions of the model and a language.
 */
import type { Figure } from '../schemas/fields.ts';
import { SOURCE_LOCALE, type Locale } from '../schemas/vocab.ts';
import { t, VOCAB, type TextKey } from '../i18n/ui.ts';
import { language } from '../i18n/registry.ts';
import { countryName } from '../model/countries.ts';
import { formatDate, formatRange } from '../model/dates.ts';
import { normalizeSpace } from '../loading/provenance.ts';
import type { LocatedQuote, QuotedFact } from '../model/quotes.ts';
import type { Activity, Forum, Model } from '../model/model.ts';
import { blockLabel, figureNote, formatFigure, linkItem, titleOf, type Item } from './present.ts';
import { blockUrl, entityUrl } from './urls.ts';

/** The phrase that states a fact, ready to render. */
interface SourcePhrase {
  /** What the reader sees first: the original (source language), else our translation. */
  text: string;
  /** `text` is our translation, not the document's words. */
  translated: boolean;
  original: string;
  /** BCP 47 tag of the original. */
  originalLang: string;
  /** The block on the original's page: `cite` of the original's <q>. */
  cite: string;
  /** The block on the original's page, with a text fragment that highlights the phrase. */
  originalHref: string;
  originalLabel: string;
  /** The block on this language's document page. */
  paragraph: { label: string; href: string };
}
interface SourcedValue {
  items: Item[];
  /** A qualification of the value, e.g. "worldwide, as of 19 August 2023". */
  note?: string;
  source?: SourcePhrase;
}
export interface SourcedRow {
  label: string;
  values: SourcedValue[];
}

/**
 * A text fragment (`:~:text=`) for a phrase: ASCII, spaces and invisible
 * characters percent-encoded, with the characters the syntax reserves (-, &, ,)
 * escaped; other characters (Chinese, say) as they are, which a URL allows and
 * the browser encodes when it follows the link: a third of the bytes of
 * percent-encoded UTF-8, in every quote's link.
 */
export function textFragment(phrase: string): string {
  const encoded = normalizeSpace(phrase).replace(/[\0-\x7f\p{Z}\p{C}]/gu, (c) => encodeURIComponent(c));
  return `:~:text=${encoded.replace(/[-,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function sourcePhrase(model: Model, q: LocatedQuote, locale: Locale): SourcePhrase {
  const translation = q.translation[locale];
  const cite = blockUrl(SOURCE_LOCALE, q.document, q.block);
  return {
    text: translation ?? q.original,
    translated: locale !== SOURCE_LOCALE && translation !== undefined,
    original: q.original,
    originalLang: language(SOURCE_LOCALE).tag,
    cite,
    originalHref: `${cite}${textFragment(q.original)}`,
    originalLabel: blockLabel(model, q.document, q.block, SOURCE_LOCALE),
    paragraph: {
      label: blockLabel(model, q.document, q.block, locale),
      href: locale === SOURCE_LOCALE ? `${cite}${textFragment(q.original)}` : blockUrl(locale, q.document, q.block),
    },
  };
}

/** The facts-with-sources rows of a forum or an activity. */
export function sourcedFacts(model: Model, e: Forum | Activity, locale: Locale): SourcedRow[] {
  const f = e.facts;
  const quotes = model.quotesOf(e);
  const source = (fact: QuotedFact, key: string = fact) => {
    const q = quotes.find((x) => x.fact === fact && x.key === key);
    return q ? sourcePhrase(model, q, locale) : undefined;
  };
  const country = (iso: string): SourcedValue => ({
    items: [{ text: countryName(iso, locale), href: entityUrl(locale, 'countries', iso) }],
    source: source('name', iso),
  });
  const organization = (id: string): SourcedValue => {
    const l = linkItem(model, { collection: 'organizations', id }, locale);
    return { items: [{ text: l.label, href: l.href }], source: source('name', id) };
  };
  const row = (key: TextKey, values: SourcedValue[]): SourcedRow[] => (values.length ? [{ label: t(locale, key), values }] : []);
  const venueIso = model.venueCountryOf(e);
  const venue: Item[] = [
    ...(f.place ? [{ text: titleOf(model.get('places', f.place), locale) }] : []),
    ...(venueIso ? [{ text: countryName(venueIso, locale), href: entityUrl(locale, 'countries', venueIso) }] : []),
  ];
  const colocated = 'colocated' in f ? f.colocated : [];
  const alongside = source('alongside');
  const figure = (x: Figure): SourcedValue => ({
    items: [{ text: formatFigure(x, locale) }],
    note: figureNote(x, locale),
    source: source('figure', x.key),
  });
  return [
    ...row('fact.dates', [
      ...(f.start
        ? [{ items: [{ text: formatRange(f.start, f.end, locale), datetime: { start: f.start, end: f.end } }], source: source('date') }]
        : []),
      ...(f.end && source('end')
        ? [{ items: [{ text: formatDate(f.end, locale), datetime: { start: f.end } }], source: source('end') }]
        : []),
    ]),
    ...row('fact.what', source('what') ? [{ items: [], source: source('what') }] : []),
    ...row(
      'fact.sectors',
      ('sectors' in f ? f.sectors : []).map((s) => ({ items: [{ text: VOCAB[locale].sector[s] }], source: source('sector', s) })),
    ),
    ...row('fact.venue', venue.length ? [{ items: venue, source: source('venue') }] : []),
    ...row('fact.host', f.host ? [country(f.host)].map((v) => ({ ...v, source: source('host') })) : []),
    ...row('fact.beneficiaries', ('beneficiaries' in f ? f.beneficiaries : []).map(country)),
    ...row('fact.organizers', f.organizers.map(organization)),
    ...row(
      'fact.alongside',
      alongside
        ? [
            {
              items: colocated.map((c) => {
                const l = linkItem(model, { collection: 'activities', id: c }, locale);
                return { text: l.label, href: l.href };
              }),
              source: alongside,
            },
          ]
        : [],
    ),
    ...row('fact.organizations', f.organizations.map(organization)),
    ...row('fact.countries', f.countries.map(country)),
    ...row('fact.figures', f.figures.filter((x) => x.scope !== 'worldwide').map(figure)),
    ...row('fact.figures.worldwide', f.figures.filter((x) => x.scope === 'worldwide').map(figure)),
  ];
}
