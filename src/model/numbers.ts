/**
 * Finds the numbers a text states, as plain values: "1 500" is 1500, "98.6亿"
 * is 9860000000, "二十七" is 27, "两" is 2. Used by the fidelity tests to prove
 * that every figure on the site is one the document states, with the same
 * qualifier ("近300" is about 300, "200多" more than 200).
 */
import type { FigureQualifier } from '../schemas/vocab.ts';

export interface FoundNumber {
  value: number;
  /** The text as written, e.g. "1 500" or "二十七". */
  raw: string;
  /** Offset of `raw` in the text. */
  index: number;
  qualifier: FigureQualifier;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MYRIAD: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const chars = (...sets: Record<string, number>[]) => sets.flatMap((o) => Object.keys(o)).join('');
/** Only numeral characters; some digit or 十; only digits, more than one. */
const NUMERAL = new RegExp(`^[${chars(DIGITS, SMALL_UNITS, MYRIAD)}]+$`, 'u');
const HAS_DIGIT = new RegExp(`[${chars(DIGITS)}十]`, 'u');
const DIGIT_STRING = new RegExp(`^[${chars(DIGITS)}]{2,}$`, 'u');

/**
 * Value of a Chinese numeral: "二十七" 27, "十五" 15, "一百零五" 105,
 * "三万" 30000, "二〇二三" 2023 (digit by digit). Undefined when it is not one.
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (!NUMERAL.test(s)) return undefined;
  // "千兆" or "百分" alone is a word, not a number: a numeral has a digit or 十.
  if (!HAS_DIGIT.test(s)) return undefined;
  // Digits only, more than one: read digit by digit, like a year "二〇二三".
  if (DIGIT_STRING.test(s)) return Number(s.replace(/./gu, (c) => String(DIGITS[c])));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let sawValue = false;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c];
      sawValue = true;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = undefined;
      sawValue = true;
    } else {
      // 万 or 亿 multiplies everything before it that is below it.
      if (!sawValue && total === 0) return undefined;
      const unit = MYRIAD[c];
      if (unit === 1e8) total = (total + section + (digit ?? 0)) * unit;
      else total += (section + (digit ?? 0)) * unit;
      section = 0;
      digit = undefined;
    }
  }
  if (!sawValue) return undefined;
  return total + section + (digit ?? 0);
}

/** Exact product of a decimal string and a power of ten, without floating-point drift: "98.6" × 1e8. */
function scale(decimal: string, multiplier: number): number {
  const [int, frac = ''] = decimal.split('.');
  return (Number(int + frac) * multiplier) / 10 ** frac.length;
}

/*
 * Arabic numbers: digit groups separated by a space, no-break space, thin
 * space or comma ("1 500", "18 057", "1,500"), or a plain integer or decimal
 * ("98.6"); then an optional multiplier (98.6亿, 9.86 billion). A group separator must be
 * followed by exactly three digits, so "2023, 300" stays two numbers.
 */
const ARABIC = /(?<![\d.])(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?!\d)|\d+(?:\.\d+)?)(\s?(?:万亿|亿|万)|\s(?:billion|million|thousand)\b)?/gu;
const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, billion: 1e9, million: 1e6, thousand: 1e3 };
/* A run of Chinese numeral characters; it must hold a digit or 十 ("万物" is not a number). */
const CHINESE = /[零〇一二两三四五六七八九十百千万亿]+/gu;

// "最近" (recently) and "公约" (convention) are not qualifiers.
const ABOUT_BEFORE = /(?:(?<!最)近|(?<![公条契预签邀制])约|\b(?:about|around|approximately|nearly|almost|some))\s*$/iu;
const MORE_BEFORE = /(?:超过|逾|多于|\b(?:more than|over|in excess of))\s*$/iu;
// "100名以上", "100名左右": a measure word may stand between the number and the qualifier.
const MEASURE = '[名个项家所位人次份]?';
const MORE_AFTER = new RegExp(`^\\s*(?:多|余|\\+|${MEASURE}以上)`, 'u');
const ABOUT_AFTER = new RegExp(`^\\s*${MEASURE}左右`, 'u');

function qualifierAt(text: string, start: number, end: number): FigureQualifier {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 4);
  if (MORE_BEFORE.test(before) || MORE_AFTER.test(after)) return 'more-than';
  if (ABOUT_BEFORE.test(before) || ABOUT_AFTER.test(after)) return 'about';
  return 'exact';
}

/** Every number stated in a text, in order. */
export function extractNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const digits = m[1].replace(/[ \u00a0\u202f,]/g, '');
    const multiplier = m[2] ? MULTIPLIERS[m[2].trim()] : 1;
    found.push({
      value: scale(digits, multiplier),
      raw: m[0],
      index: m.index,
      qualifier: qualifierAt(text, m.index, m.index + m[0].length),
    });
  }
  for (const m of text.matchAll(CHINESE)) {
    // A 万/亿 right after Arabic digits was read above as their multiplier.
    if (/^(?:万亿|亿|万)$/.test(m[0]) && /\d\s?$/.test(text.slice(0, m.index))) continue;
    const value = parseChineseNumeral(m[0]);
    if (value === undefined) continue;
    found.push({ value, raw: m[0], index: m.index, qualifier: qualifierAt(text, m.index, m.index + m[0].length) });
  }
  found.sort((a, b) => a.index - b.index);
  return shareQualifiers(text, found);
}

/*
 * A qualifier before the first of two coordinated counts governs both:
 * 超过18 057名学生和1 382名教师 is more than 18 057 students and more than
 * 1 382 teachers. The link is a measure word, a short noun and 和/及/与.
 */
const COORDINATED = /^[名个项家所位人次份]?\p{Script=Han}{1,6}[和及与]$/u;
function shareQualifiers(text: string, found: FoundNumber[]): FoundNumber[] {
  return found.map((n, i) => {
    const prev = i > 0 ? found[i - 1] : undefined;
    if (!prev || n.qualifier !== 'exact' || prev.qualifier === 'exact') return n;
    const before = text.slice(Math.max(0, prev.index - 20), prev.index);
    const ledBy = prev.qualifier === 'more-than' ? MORE_BEFORE : ABOUT_BEFORE;
    if (!ledBy.test(before) || !COORDINATED.test(text.slice(prev.index + prev.raw.length, n.index))) return n;
    return { ...n, qualifier: prev.qualifier };
  });
}

/** The distinct values of the numbers in a text. */
export function numberValues(text: string): Set<number> {
  return new Set(extractNumbers(text).map((n) => n.value));
}
