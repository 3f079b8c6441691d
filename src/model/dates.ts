/** Formatting of partial dates for display and for <time datetime>. */
import { parsePartialDate, dateStart } from '../schemas/fields.ts';
import type { Locale } from '../schemas/vocab.ts';
import { dateTimeFormat } from '../i18n/format.ts';
import { language } from '../i18n/registry.ts';

export { parsePartialDate, dateStart, dateEnd } from '../schemas/fields.ts';

const opts = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const toDate = (s: string) => new Date(`${dateStart(s)}T00:00:00Z`);

// One formatter per language and precision (src/i18n/format.ts caches them).
const formatter = (locale: Locale, precision: keyof typeof opts) => dateTimeFormat(locale, opts[precision]);

/** "2023-10-03" → "3 October 2023" / "2023年10月3日"; keeps the given precision. */
export function formatDate(s: string, locale: Locale): string {
  const p = parsePartialDate(s);
  if (!p) throw new Error(`not a date: ${s}`);
  return formatter(locale, p.precision).format(toDate(s));
}

/** A start–end range at the coarser of the two precisions: "3–5 October 2023". */
export function formatRange(start: string, end: string | undefined, locale: Locale): string {
  if (!end || end === start) return formatDate(start, locale);
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (!a || !b) throw new Error(`not a date range: ${start} to ${end}`);
  const order = ['year', 'month', 'day'] as const;
  const precision = order[Math.min(order.indexOf(a.precision), order.indexOf(b.precision))];
  // At the coarser precision the two may be one date ("2023-05" to "2023-05-12" is May 2023).
  const cut = (s: string) => s.slice(0, { year: 4, month: 7, day: 10 }[precision]);
  if (cut(start) === cut(end)) return formatDate(cut(start), locale);
  const f = formatter(locale, precision);
  const range = language(locale).intl.dateRange;
  return range ? elidedRange(f, toDate(start), toDate(end), range.separator) : f.formatRange(toDate(start), toDate(end));
}

/**
 * Both ends in full, joined by the separator, the end without the leading
 * fields (and their literals) it shares with the start: "2023年10月3日至5日",
 * "2023年10月30日至11月2日", "2023年至2024年". For locales whose Intl range
 * pattern is not the document's (ICU's zh-CN day range is "2023/10/3 – 2023/10/5").
 */
function elidedRange(f: Intl.DateTimeFormat, a: Date, b: Date, separator: string): string {
  const pa = f.formatToParts(a);
  const pb = f.formatToParts(b);
  // Shared leading fields, each with the literal after it: "2023" "年".
  let cut = 0;
  while (cut + 1 < pb.length && pa[cut]?.type !== 'literal' && pa[cut].value === pb[cut].value && pa[cut + 1]?.type === 'literal') cut += 2;
  if (cut >= pb.length) cut = 0;
  return `${f.format(a)}${separator}${pb
    .slice(cut)
    .map((p) => p.value)
    .join('')}`;
}

/** The machine-readable value for <time datetime>: as precise as the source. */
export function datetimeAttr(s: string): string {
  if (!parsePartialDate(s)) throw new Error(`not a date: ${s}`);
  return s;
}
