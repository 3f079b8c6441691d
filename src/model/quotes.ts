/**
 * Located quotes: for every quoted fact of a forum or an activity, the phrase
 * of the original, the block it is in (the first of the entry's source blocks
 * whose text holds it) and our translation of it in each language. Computed
 * once, by the model (src/model/model.ts); the provenance check
 * (src/loading/provenance.ts) has proved each phrase verbatim.
 */
import type { Text } from '../schemas/texts.ts';
import { SINGLE_QUOTE_KEYS, type Figure, type FactQuotes } from '../schemas/fields.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../schemas/vocab.ts';
import { normalizeSpace } from '../loading/provenance.ts';

/** What a quote states: one of the entry's facts. */
export type QuotedFact = 'date' | 'end' | 'venue' | 'host' | 'alongside' | 'what' | 'sector' | 'name' | 'figure';

export interface LocatedQuote {
  fact: QuotedFact;
  /** The fact's key: the country code or organization id of a name, the figure key of a figure, else the fact kind. */
  key: string;
  /** The phrase of the original, as the facts file gives it. */
  original: string;
  /** The document (edition) and block it is in. */
  document: string;
  block: string;
  /** Our translation in each language; the source language has the original itself. */
  translation: Partial<Record<Locale, string>>;
}

/** What locating needs of an entry: its quotes, figures, source and texts. */
export interface QuotedEntry {
  facts: { quotes: FactQuotes; figures: Figure[]; source: { document?: string; blocks: string[] } };
  text: Record<Locale, Text>;
}

/** The located quotes of one entry, in the order date, end, venue, host, alongside, what, sectors, names, figures. */
export function locateQuotes(entry: QuotedEntry, blockText: (document: string, block: string) => string | undefined): LocatedQuote[] {
  const { quotes, figures, source } = entry.facts;
  const document = source.document ?? '';
  const blocks = source.blocks.map((b) => ({ id: b, text: normalizeSpace(blockText(document, b) ?? '') }));
  const blockOf = (phrase: string) => {
    const n = normalizeSpace(phrase);
    return (blocks.find((b) => b.text.includes(n)) ?? blocks[0]).id;
  };
  const translations = (pick: (q: NonNullable<Text['quotes']>) => string | undefined, original: string) => {
    const out: Partial<Record<Locale, string>> = {};
    for (const l of LOCALES) {
      const v = l === SOURCE_LOCALE ? original : pick(entry.text[l].quotes ?? {});
      if (v !== undefined) out[l] = v;
    }
    return out;
  };
  const located = (fact: QuotedFact, key: string, original: string, pick: (q: NonNullable<Text['quotes']>) => string | undefined) => ({
    fact,
    key,
    original,
    document,
    block: blockOf(original),
    translation: translations(pick, original),
  });
  return [
    ...SINGLE_QUOTE_KEYS.flatMap((k) => {
      const q = quotes[k];
      return q === undefined ? [] : [located(k, k, q, (t) => t[k])];
    }),
    ...Object.entries(quotes.sectors ?? {}).map(([id, q]) => located('sector', id, q, (t) => t.sectors?.[id])),
    ...Object.entries(quotes.names ?? {}).map(([id, q]) => located('name', id, q, (t) => t.names?.[id])),
    ...figures.map((f) => located('figure', f.key, f.quote, (t) => t.figures?.[f.key])),
  ];
}
