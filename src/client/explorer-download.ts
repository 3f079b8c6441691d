/**
 * The explorer's "download this selection": the package's full file of the
 * table, fetched when asked for, cut down to the rows the page shows, in the
 * order it shows them. The CSV is written as the package writes its files
 * (src/presentation/data-package.ts): UTF-8 with a byte order mark, CRLF, a
 * header row; the JSON as /data/<table>.json is: one record per row. Pure, no
 * DOM: loaded on demand by explorer.ts, tested in tests/client/.
 */
import { csvFormatRow, csvParseRows } from 'd3-dsv';

/** Tells spreadsheets the file is UTF-8 (so Chinese and Arabic open intact), as in the package's files. */
const BOM = '\uFEFF';

/** A record of /data/<table>.json: the table's fields, in schema order; missing values are null. */
export type DataRecord = Record<string, string | number | null>;

/** The ids once each, in the order given (a row can appear under more than one group). */
export function uniqueIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** The rows of `all` with these ids, in the ids' order; an id the file lacks is an error (the page and the data disagree). */
function pick<T>(all: T[], idOf: (row: T) => unknown, ids: readonly string[], file: string): T[] {
  const byId = new Map(all.map((r) => [String(idOf(r)), r]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (row === undefined) throw new Error(`${file} has no row with id "${id}"`);
    return row;
  });
}

/** The package's CSV text of a table, with only the rows of `ids`: the same header, the same cells. */
export function selectCsv(text: string, ids: readonly string[], file = 'the CSV file'): string {
  // fetch's text() drops the BOM already; a file read otherwise keeps it.
  const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, '').replace(/\r\n$/, ''));
  const at = header.indexOf('id');
  if (at < 0) throw new Error(`${file} has no id column`);
  const lines = [header, ...pick(rows, (r) => r[at], ids, file)].map((r) => csvFormatRow(r));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The records of /data/<table>.json with these ids, as a file's text (two-space indent, final newline, as the site's JSON). */
export function selectJson(records: DataRecord[], ids: readonly string[], file = 'the JSON file'): string {
  return `${JSON.stringify(
    pick(records, (r) => r.id, ids, file),
    null,
    2,
  )}\n`;
}

/** The download's file name: the table, the page's language and "selection" ("activities-en-selection.csv"). */
export function selectionName(table: string, locale: string, format: 'csv' | 'json'): string {
  return `${table}-${locale}-selection.${format}`;
}
