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
  // Pure, and asked for the same ranges on page after page: each is formatted once.
  const key = `${locale}/${start}/${end ?? ''}`;
  let text = ranges.get(key);
  if (text === undefined) ranges.set(key, (text = computeRange(start, end, locale)));
  return text;
}
const ranges = new Map<string, string>();

function computeRange(start: string, end: string | undefined, locale: Locale): string {
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
  return range && (range.precisions ?? ['year', 'month', 'day']).includes(precision)
    ? elidedRange(f, toDate(start), toDate(end), range.separator)
    : f.formatRange(toDate(start), toDate(end));
}

/**
 * Both ends joined by the separator, each field the two share written once:
 * shared leading fields (and their literals) left out of the end,
 * "2023年10月3日至5日", "2023年10月30日至11月2日", "2023年至2024年"; else shared
 * trailing fields left out of the start, "16 al 18 de agosto de 2023",
 * "28 de septiembre al 2 de octubre de 2023". For locales whose Intl range
 * pattern is not the documents' (ICU's zh-CN day range is "2023/10/3 – 2023/10/5").
 */
function elidedRange(f: Intl.DateTimeFormat, a: Date, b: Date, separator: string): string {
  const pa = f.formatToParts(a);
  const pb = f.formatToParts(b);
  const join = (parts: Intl.DateTimeFormatPart[]) => parts.map((p) => p.value).join('');
  // Shared leading fields, each with the literal after it: "2023" "年".
  let lead = 0;
  while (lead + 1 < pb.length && pa[lead]?.type !== 'literal' && pa[lead].value === pb[lead].value && pa[lead + 1]?.type === 'literal')
    lead += 2;
  if (lead > 0 && lead < pb.length) return `${f.format(a)}${separator}${join(pb.slice(lead))}`;
  // Shared trailing fields, each with the literal before it: " de " "2023".
  let trail = 0;
  const at = (parts: Intl.DateTimeFormatPart[], i: number): Intl.DateTimeFormatPart | undefined => parts[parts.length - 1 - i];
  while (
    trail + 1 < pa.length &&
    at(pa, trail)?.type !== 'literal' &&
    at(pa, trail)?.value === at(pb, trail)?.value &&
    at(pa, trail + 1)?.type === 'literal'
  )
    trail += 2;
  return `${join(pa.slice(0, pa.length - trail))}${separator}${join(pb)}`;
}

/** The machine-readable value for <time datetime>: as precise as the source. */
export function datetimeAttr(s: string): string {
  if (!parsePartialDate(s)) throw new Error(`not a date: ${s}`);
  return s;
}
