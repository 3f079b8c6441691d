/**
 * "Cite this": the citation of the Council document paragraphs a page rests
 * on, in the page's language, as plain text, BibTeX and CSL-JSON. The
 * document's bibliographic facts (body, session, year, date, symbol) are its
 * facts file's, written once; its title is its text's in each language.
 */
import type { Locale } from '../schemas/vocab.ts';
import { t, VOCAB } from '../i18n/ui.ts';
import { language } from '../i18n/registry.ts';
import { punctuation } from '../i18n/format.ts';
import { formatDate } from '../model/dates.ts';
import { citationsOf, type Citation, type Doc, type Link, type Model, type SourcedEntry } from '../model/model.ts';
import { blockLabel } from './present.ts';
import { blockUrl, documentUrl, type EntityKind } from './urls.ts';
import { citationFormats, type CitationFormats, type CitationParts } from './citation-format.ts';

export type { CitationFormats, CitationParts } from './citation-format.ts';

/** biblatex names languages as babel does: "english", "chinese", "arabic"; English's own name of the base language is that name. */
function langid(locale: Locale): string {
  const base = new Intl.Locale(language(locale).tag).language;
  return (new Intl.DisplayNames('en', { type: 'language' }).of(base) ?? base).toLowerCase();
}

/** What a citation of `blocks` of a document says in one language; no blocks cite the whole document. */
export function citationParts(model: Model, doc: Doc, blocks: string[], locale: Locale, origin: string): CitationParts {
  const f = doc.facts;
  const p = punctuation(locale);
  return {
    key: [doc.id, ...blocks].join('_'),
    body: VOCAB[locale].body[f.body],
    title: doc.text[locale].title,
    session: f.symbol ?? f.session,
    ...(f.symbol ? { symbol: f.symbol } : {}),
    date: f.date,
    dateText: formatDate(f.date, locale),
    where: blocks.map((b) => blockLabel(model, doc.id, b, locale)),
    url: origin + (blocks.length ? blockUrl(locale, doc.id, blocks[0]) : documentUrl(locale, doc.id)),
    lang: language(locale).tag,
    langid: langid(locale),
    pattern: t(locale, 'cite.plain'),
    comma: p.comma,
    semicolon: p.semicolon,
  };
}

/** The cited blocks of several citations, one per document, each document's blocks once and in its order. */
function merged(model: Model, citations: Citation[]): Citation[] {
  const byDoc = new Map<string, Set<string>>();
  for (const c of citations) for (const b of c.blocks) byDoc.set(c.document, (byDoc.get(c.document) ?? new Set()).add(b));
  return [...byDoc].map(([document, set]) => ({
    document,
    blocks: model
      .get('documents', document)
      .facts.blocks.map((b) => b.id)
      .filter((id) => set.has(id)),
  }));
}

const isSourced = (model: Model, l: Link): SourcedEntry | undefined => {
  const e = model.get(l.collection, l.id);
  return 'source' in e.facts ? (e as SourcedEntry) : undefined;
};

/**
 * The blocks an entry page rests on: its own source; an organization, which
 * has none, rests on the sources of the entries that name it.
 */
export function restsOn(model: Model, kind: EntityKind, id: string): Citation[] {
  const own = isSourced(model, { collection: kind, id });
  if (own) return merged(model, citationsOf(own));
  const named = model.backlinks(kind, id).flatMap((l) => {
    const e = isSourced(model, l);
    return e ? citationsOf(e) : [];
  });
  return merged(model, named);
}

/** The blocks a country page rests on: those of the entries that name the country (none for a region member only). */
export function countryRestsOn(model: Model, iso: string): Citation[] {
  return merged(
    model,
    model.countryLinks(iso).flatMap((l) => {
      const e = isSourced(model, l);
      return e ? citationsOf(e) : [];
    }),
  );
}

/** A country page's citation, or none when nothing on it comes from a document. */
export function countryCitation(model: Model, iso: string, locale: Locale, origin: string): CitationFormats | undefined {
  const cited = countryRestsOn(model, iso);
  return cited.length === 0
    ? undefined
    : citationFormats(cited.map((c) => citationParts(model, model.get('documents', c.document), c.blocks, locale, origin)));
}

/** The citation of an entry page in its language: one entry per document it rests on. */
export function entryCitation(model: Model, kind: EntityKind, id: string, locale: Locale, origin: string): CitationFormats {
  const cited = restsOn(model, kind, id);
  if (cited.length === 0) throw new Error(`${kind}/${id}: rests on no block of a document, so it has nothing to cite`);
  return citationFormats(cited.map((c) => citationParts(model, model.get('documents', c.document), c.blocks, locale, origin)));
}

/** The document page's citation: of the whole document, and the parts its script fills with one block (src/client/cite.ts). */
export function documentCitation(
  model: Model,
  doc: Doc,
  locale: Locale,
  origin: string,
): { formats: CitationFormats; parts: CitationParts } {
  const parts = citationParts(model, doc, [], locale, origin);
  return { formats: citationFormats([parts]), parts };
}
