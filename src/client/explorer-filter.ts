/**
 * The list explorer's logic, shared by the browser script and the tests:
 * state <-> query string, matching and facet counts. No DOM, no Node, no
 * imports, so the client bundle stays small.
 */

/** One filterable row, as embedded in the page. */
export interface ExplorerRow {
  id: string;
  /** Searchable text in the page's language, already normalized. */
  text: string;
  /** First and last day covered (YYYY-MM-DD), when dated. */
  start?: string;
  end?: string;
  /** Facet values (stable ids, e.g. region "arb", theme "cybersecurity"). */
  f: Partial<Record<string, string[]>>;
}

export interface ExplorerState {
  q: string;
  /** Date range, YYYY-MM-DD; empty when open. */
  from: string;
  to: string;
  /** Selected values per facet; values within a facet are OR-ed, facets AND-ed. */
  facets: Record<string, string[]>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyState(keys: readonly string[]): ExplorerState {
  return { q: '', from: '', to: '', facets: Object.fromEntries(keys.map((k) => [k, []])) };
}

/**
 * Rows with the labels of their facet values added to their text: the page
 * sends each label once (in the form), not in every row. `labels` maps a
 * facet key to its values' labels.
 */
export function withFacetLabels(rows: ExplorerRow[], labels: Record<string, Record<string, string>>): ExplorerRow[] {
  return rows.map((r) => {
    const extra = Object.entries(labels).flatMap(([key, byValue]) => (r.f[key] ?? []).map((v) => byValue[v] ?? ''));
    return extra.length ? { ...r, text: normalize([r.text, ...extra].join(' ')) } : r;
  });
}

/** Rows with their year facet, every calendar year their dates touch, for rows the page sent without it. */
export function withYears(rows: ExplorerRow[]): ExplorerRow[] {
  return rows.map((r) => {
    if (r.f.year || !r.start) return r;
    const a = Number(r.start.slice(0, 4));
    const b = Number((r.end ?? r.start).slice(0, 4));
    return { ...r, f: { ...r.f, year: Array.from({ length: b - a + 1 }, (_, i) => String(a + i)) } };
  });
}

/** Case-, width- and space-insensitive form used for matching. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Reads a query string ("?q=…&region=arb&region=asp&from=2023-01-01"); unknown keys and bad dates are ignored. */
export function parseState(search: string, keys: readonly string[]): ExplorerState {
  const params = new URLSearchParams(search);
  const state = emptyState(keys);
  state.q = (params.get('q') ?? '').trim();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  state.from = DATE.test(from) ? from : '';
  state.to = DATE.test(to) ? to : '';
  for (const k of keys) state.facets[k] = [...new Set(params.getAll(k).filter(Boolean))];
  return state;
}

/** The query string for a state, in a stable order ("" when nothing is set). */
export function toSearch(state: ExplorerState, keys: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const k of keys) for (const v of state.facets[k] ?? []) params.append(k, v);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function isEmpty(state: ExplorerState): boolean {
  return !state.q.trim() && !state.from && !state.to && Object.values(state.facets).every((v) => v.length === 0);
}

/** Every space-separated term of the query occurs in the text (substring, so Chinese needs no segmentation). */
export function textMatches(text: string, q: string): boolean {
  const terms = normalize(q).split(' ').filter(Boolean);
  return terms.every((term) => text.includes(term));
}

/** The row's span overlaps [from, to]; undated rows drop out once a range is set. */
export function dateMatches(row: ExplorerRow, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!row.start) return false;
  const end = row.end ?? row.start;
  return (!from || end >= from) && (!to || row.start <= to);
}

/** Whether a row passes the state, optionally ignoring one facet (for that facet's counts). */
export function matches(row: ExplorerRow, state: ExplorerState, ignore?: string): boolean {
  if (!textMatches(row.text, state.q) || !dateMatches(row, state.from, state.to)) return false;
  for (const [key, selected] of Object.entries(state.facets)) {
    if (key === ignore || selected.length === 0) continue;
    const values = row.f[key] ?? [];
    if (!selected.some((v) => values.includes(v))) return false;
  }
  return true;
}

/**
 * How many rows each facet value would show: the other facets, the text and
 * the dates apply, the facet's own selection does not (values within a facet
 * are alternatives). Values no row has are absent.
 */
export function facetCounts(
  rows: ExplorerRow[],
  state: ExplorerState,
  keys: readonly string[],
): Partial<Record<string, Partial<Record<string, number>>>> {
  const out: Partial<Record<string, Partial<Record<string, number>>>> = {};
  for (const key of keys) {
    const counts: Partial<Record<string, number>> = {};
    for (const row of rows) {
      if (!matches(row, state, key)) continue;
      for (const v of new Set(row.f[key] ?? [])) counts[v] = (counts[v] ?? 0) + 1;
    }
    out[key] = counts;
  }
  return out;
}
