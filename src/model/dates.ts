/** Formatting of partial dates for display and for <time datetime>. */
import { parsePartialDate, dateStart } from '../schemas/fields.ts';
import type { Locale } from '../schemas/vocab.ts';
import { INTL_LOCALE } from '../i18n/ui.ts';

export { parsePartialDate, dateStart, dateEnd } from '../schemas/fields.ts';

const opts = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const toDate = (s: string) => new Date(`${dateStart(s)}T00:00:00Z`);

// Creating an Intl.DateTimeFormat costs far more than formatting with one, and
// lists format thousands of dates: one formatter per language and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, precision: keyof typeof opts): Intl.DateTimeFormat {
  const key = `${locale}/${precision}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[locale], opts[precision])));
  return f;
}

/** "2023-10-03" → "3 October 2023" / "2023年10月3日"; keeps the given precision. */
export function formatDate(s: string, locale: Locale): string {
  const p = parsePartialDate(s);
  if (!p) throw new Error(`not a date: ${s}`);
  return formatter(locale, p.precision).format(toDate(s));
}

/** A start–end range at the coarser of the two precisions: "3–5 October 2023". */
export function formatRange(start: string, end: string | undefined, locale: Locale): string {
  if (!end || end === start) return formatDate(start, locale);
  const a = parsePartialDate(start)!;
  const b = parsePartialDate(end)!;
  const order = ['year', 'month', 'day'] as const;
  const precision = order[Math.min(order.indexOf(a.precision), order.indexOf(b.precision))];
  // At the coarser precision the two may be one date ("2023-05" to "2023-05-12" is May 2023).
  const cut = (s: string) => s.slice(0, { year: 4, month: 7, day: 10 }[precision]);
  if (cut(start) === cut(end)) return formatDate(cut(start), locale);
  if (locale === 'zh-cn') return zhRange(a, b, precision);
  return formatter(locale, precision).formatRange(toDate(start), toDate(end));
}

type Parts = { year: number; month?: number; day?: number };

/** ICU's zh-CN range pattern falls back to "2023/10/3 – 2023/10/5"; the document writes "2023年10月3日至5日". */
function zhRange(a: Parts, b: Parts, precision: 'year' | 'month' | 'day'): string {
  const full = (p: Parts) => `${p.year}年` + (precision !== 'year' ? `${p.month}月` : '') + (precision === 'day' ? `${p.day}日` : '');
  let tail: string;
  if (a.year !== b.year || precision === 'year') tail = full(b);
  else if (precision === 'month' || a.month !== b.month) tail = `${b.month}月` + (precision === 'day' ? `${b.day}日` : '');
  else tail = `${b.day}日`;
  return `${full(a)}至${tail}`;
}

/** The machine-readable value for <time datetime>: as precise as the source. */
export function datetimeAttr(s: string): string {
  if (!parsePartialDate(s)) throw new Error(`not a date: ${s}`);
  return s;
}
