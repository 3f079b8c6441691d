/**
 * Shaping of Pagefind results for the search dialog. Pure and DOM-free, so
 * the dialog script stays small and the rules are unit-tested.
 */
import type { PluralForms } from '../i18n/keys.ts';

/** The texts of the results, in the page's language. */
export interface SearchStrings {
  /** "{n} results", in every plural form of the language. */
  results: PluralForms;
  none: string;
  /** "Few or no pages have all the words: {results}…", {results} being `results` for the count. */
  partial: string;
  error: string;
  /** Intl locale for the result count, numbering system included ("ar-u-nu-latn"). */
  intl: string;
}

/** One select of the dialog: its name (Pagefind's filter, or "sort"), label and options (value, text). */
interface SearchSelect {
  name: string;
  label: string;
  options: [value: string, text: string][];
}

/**
 * Everything the search dialog shows, in one language: served as
 * /<lang>/search-dialog.json (src/pages/[locale]/search-dialog.json.ts) and
 * built into a dialog when search is first used, so pages do not carry it.
 */
export interface SearchDialogData {
  title: string;
  close: string;
  input: string;
  filters: string;
  selects: SearchSelect[];
  more: string;
  strings: SearchStrings;
}

/** The parts of a Pagefind result the dialog uses. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; title: string; locations?: number[] }[];
  /** Elements with an id on the page (headings and anchors). */
  anchors?: unknown[];
}

/** "Activity · Arab States · 9–12 October 2023": entity type, region, date, when known. */
export function metaLine(meta: ResultData['meta']): string {
  return [meta.type, meta.region, meta.date].filter((v) => v?.trim()).join(' · ');
}

/** Pages with at least this many anchors (the document) list their best sections. */
export const MIN_ANCHORS = 6;

/**
 * On long pages, up to `n` sections (not the page's own title) where the
 * query matched most, to jump straight to the paragraph.
 */
export function topSections(data: ResultData, n = 2): { url: string; title: string }[] {
  const subs = data.sub_results ?? [];
  if ((data.anchors?.length ?? 0) < MIN_ANCHORS) return [];
  const page = data.url.replace(/#.*$/, '');
  return subs
    .filter(
      (s) => s.url.includes('#') && s.url.replace(/#.*$/, '') === page && s.title !== data.meta.title && (s.locations?.length ?? 0) > 0,
    )
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.locations?.length ?? 0) - (a.s.locations?.length ?? 0) || a.i - b.i)
    .slice(0, n)
    .map(({ s }) => ({ url: s.url, title: s.title }));
}

/** Pagefind's filter object from the dialog's selects; empty selects are left out. */
export function filterObject(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v));
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * The words of a query with no result that has them all (a question such as
 * "what did ITU do in Barbados"), as the browser segments them. Single Han
 * characters (在, 了, 的…) are left out when longer words remain. At most 8.
 */
export function fallbackWords(q: string, lang: string): string[] {
  const words = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);
  const longer = words.filter((w) => !(HAN_ONLY.test(w) && w.length === 1));
  return [...new Set(longer.length ? longer : words)].slice(0, 8);
}

/**
 * Merges one result list per word into one ranking: pages matching more of
 * the words first, by the sum of their scores (Pagefind's score already
 * weighs rare words up) times the share of words they match.
 */
export function mergeAnyWord<T extends { id: string; score: number }>(lists: T[][]): T[] {
  const total = new Map<string, { item: T; score: number; words: number }>();
  for (const list of lists) {
    for (const item of list) {
      const t = total.get(item.id) ?? { item, score: 0, words: 0 };
      t.score += item.score;
      t.words += 1;
      total.set(item.id, t);
    }
  }
  const n = Math.max(1, lists.length);
  return [...total.values()]
    .sort((a, b) => (b.score * b.words) / n - (a.score * a.words) / n || (a.item.id < b.item.id ? -1 : 1))
    .map((t) => t.item);
}
