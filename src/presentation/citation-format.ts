/**
 * The three formats of a citation (plain text, BibTeX, CSL-JSON), written
 * from what it says (src/presentation/citation.ts gathers that). Pure and
 * free of the language registry: the document page's script
 * (src/client/cite-blocks.ts) writes a block's citation with the same
 * functions in the browser.
 */
import { fill } from './block-label.ts';

/** A citation of one document in one language: everything its formats say. */
export interface CitationParts {
  /** BibTeX key and CSL id: the document id and the cited blocks' ids. */
  key: string;
  /** The body that citations name as author ("ITU Council"), in the page's language. */
  body: string;
  /** The document's title in the page's language. */
  title: string;
  /** The document's own symbol when it gives one, else its Council session ("C24"). */
  session: string;
  /** The document's own symbol, only when the original gives one. */
  symbol?: string;
  /** The date as the facts write it, at its precision ("2024", "2024-05"). */
  date: string;
  /** That date in the page's language. */
  dateText: string;
  /** Labels of the cited blocks in the page's language ("¶ 2.3"); none when the whole document is cited. */
  where: string[];
  /** Absolute address of the first cited block, else of the document's page. */
  url: string;
  /** BCP 47 tag of the page's language. */
  lang: string;
  /** biblatex `langid` of the page's language ("english"). */
  langid: string;
  /** The language's plain-text pattern (UI key `cite.plain`), with {body} {title} {session} {year} {where} {url}. */
  pattern: string;
  /** The language's comma and semicolon, spaces included. */
  comma: string;
  semicolon: string;
}

export interface CitationFormats {
  text: string;
  bibtex: string;
  csl: string;
}

/** "C24, ¶ 2.3; ¶ 2.4": the session and the cited blocks. */
const note = (p: CitationParts) => [p.session, p.where.join(p.semicolon)].filter(Boolean).join(p.comma);

export function plainText(p: CitationParts): string {
  const where = p.where.length ? `${p.comma}${p.where.join(p.semicolon)}` : '';
  return fill(p.pattern, { body: p.body, title: p.title, session: p.session, year: p.dateText, where, url: p.url });
}

const BIB_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
/** A value in a braced BibTeX field: TeX's special characters escaped, everything else (any script) as it is. */
export const bibEscape = (s: string) => s.replace(/[\\{}#$%&_~^]/g, (c) => BIB_SPECIAL[c] ?? c);

/** A @misc entry: the body braced as one corporate name, the title braced against case changes, the url verbatim. */
export function bibtex(p: CitationParts): string {
  const fields: [string, string][] = [
    ['author', `{${bibEscape(p.body)}}`],
    ['title', `{${bibEscape(p.title)}}`],
    ['year', p.date.slice(0, 4)],
    ...(p.date.length > 4 ? ([['date', p.date]] as [string, string][]) : []),
    ...(p.symbol ? ([['number', bibEscape(p.symbol)]] as [string, string][]) : []),
    ['note', bibEscape(note(p))],
    ['url', p.url],
    ['langid', p.langid],
  ];
  return `@misc{${p.key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** A CSL-JSON item: a report, its author a literal name, issued at the precision the date has. */
export function cslItem(p: CitationParts): Record<string, unknown> {
  return {
    id: p.key,
    type: 'report',
    title: p.title,
    author: [{ literal: p.body }],
    issued: { 'date-parts': [p.date.split('-').map(Number)] },
    ...(p.symbol ? { number: p.symbol } : {}),
    note: note(p),
    URL: p.url,
    language: p.lang,
  };
}

/** CSL-JSON with one line per field: as readable as JSON's indentation, without a line per date part. */
const cslField = ([k, v]: [string, unknown]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
const cslJson = (items: Record<string, unknown>[]) =>
  `[\n${items.map((i) => `  {\n${Object.entries(i).map(cslField).join(',\n')}\n  }`).join(',\n')}\n]`;

/** The three formats of the citations of a page: one per document it rests on. */
export function citationFormats(parts: CitationParts[]): CitationFormats {
  return {
    text: parts.map(plainText).join('\n'),
    bibtex: parts.map(bibtex).join('\n\n'),
    csl: cslJson(parts.map(cslItem)),
  };
}
