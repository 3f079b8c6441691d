import { describe, expect, it } from 'vitest';
import { datetimeAttr, formatDate, formatRange, parsePartialDate } from '../../src/model/dates.ts';

describe('formatDate keeps the precision the document gives', () => {
  it.each([
    ['2023-10-03', '3 October 2023', '2023年10月3日'],
    ['2023-09', 'September 2023', '2023年9月'],
    ['2023', '2023', '2023年'],
    ['2024-02-29', '29 February 2024', '2024年2月29日'],
    ['2024-01-01', '1 January 2024', '2024年1月1日'],
    ['2023-12-31', '31 December 2023', '2023年12月31日'],
  ])('%s → "%s" / "%s"', (d, en, zh) => {
    expect(formatDate(d, 'en')).toBe(en);
    expect(formatDate(d, 'zh-cn')).toBe(zh);
  });

  it.each(['2023-02-29', '2023-13', '2023-9-1', ''])('throws on "%s"', (d) => {
    expect(() => formatDate(d, 'en')).toThrow(`not a date: ${d}`);
  });
});

describe('formatRange', () => {
  // ICU sets the dash between two full dates with thin spaces.
  const THIN = '\u2009';
  it.each<[string, string | undefined, string, string]>([
    // No end, or the same day: one date.
    ['2023-10-03', undefined, '3 October 2023', '2023年10月3日'],
    ['2023-10-03', '2023-10-03', '3 October 2023', '2023年10月3日'],
    // Days of one month, as the document writes them.
    ['2023-10-03', '2023-10-05', '3–5 October 2023', '2023年10月3日至5日'],
    ['2023-09-12', '2023-09-22', '12–22 September 2023', '2023年9月12日至22日'],
    // Across months and years.
    ['2023-11-28', '2023-12-01', `28 November${THIN}–${THIN}1 December 2023`, '2023年11月28日至12月1日'],
    ['2023-12-30', '2024-01-02', `30 December 2023${THIN}–${THIN}2 January 2024`, '2023年12月30日至2024年1月2日'],
    // Month and year precision.
    ['2023-09', '2023-10', `September${THIN}–${THIN}October 2023`, '2023年9月至10月'],
    ['2023-09', '2024-03', `September 2023${THIN}–${THIN}March 2024`, '2023年9月至2024年3月'],
    ['2023', '2024', '2023–2024', '2023年至2024年'],
    // Mixed precision: shown at the coarser one, and collapsed when that is one date.
    ['2023-05', '2023-05-12', 'May 2023', '2023年5月'],
    ['2023-10-03', '2023-11', `October${THIN}–${THIN}November 2023`, '2023年10月至11月'],
    ['2023', '2023-06-30', '2023', '2023年'],
    // Leap day.
    ['2024-02-28', '2024-02-29', '28–29 February 2024', '2024年2月28日至29日'],
  ])('%s to %s → "%s" / "%s"', (start, end, en, zh) => {
    expect(formatRange(start, end, 'en')).toBe(en);
    expect(formatRange(start, end, 'zh-cn')).toBe(zh);
  });
});

describe('formatRange in the other languages, as each writes dates', () => {
  it.each<[string, string, string, string, string, string]>([
    // The examples: "16–18 août 2023", "16–18 августа 2023 г.", "16 al 18 de agosto de 2023".
    ['2023-08-16', '2023-08-18', '16–18 أغسطس 2023', '16 al 18 de agosto de 2023', '16–18 août 2023', '16–18 августа 2023 г.'],
    [
      '2023-09-28',
      '2023-10-02',
      '28 سبتمبر – 2 أكتوبر 2023',
      '28 de septiembre al 2 de octubre de 2023',
      '28 septembre – 2 octobre 2023',
      '28 сентября – 2 октября 2023 г.',
    ],
    [
      '2023-12-30',
      '2024-01-02',
      '30 ديسمبر 2023 – 2 يناير 2024',
      '30 de diciembre de 2023 al 2 de enero de 2024',
      '30 décembre 2023 – 2 janvier 2024',
      '30 декабря 2023 г. – 2 января 2024 г.',
    ],
    // Months: Spanish "al" is for days only.
    [
      '2021-06',
      '2024-06',
      'يونيو 2021 – يونيو 2024',
      'junio de 2021 – junio de 2024',
      'juin 2021 – juin 2024',
      'июнь 2021 г. – июнь 2024 г.',
    ],
    ['2023', '2024', '2023–2024', '2023–2024', '2023–2024', '2023–2024'],
  ])('%s to %s', (start, end, ar, es, fr, ru) => {
    const fold = (s: string) => s.replace(/[\u2009\u202f\u00a0]/gu, ' ');
    for (const [l, want] of Object.entries({ ar, es, fr, ru })) expect(fold(formatRange(start, end, l)), l).toBe(want);
  });
});

describe('datetimeAttr', () => {
  it.each(['2023-10-03', '2023-09', '2023', '2024-02-29'])('is "%s" as written, never padded to a day', (d) => {
    expect(datetimeAttr(d)).toBe(d);
  });
  it.each(['2023-02-29', '2023-9', '3 October 2023'])('throws on "%s"', (d) => {
    expect(() => datetimeAttr(d)).toThrow(`not a date: ${d}`);
  });
});

describe('parsePartialDate (leap years)', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-02-28', true],
    ['2023-04-30', true],
    ['2023-04-31', false],
  ])('%s valid: %s', (d, valid) => {
    expect(parsePartialDate(d) !== null).toBe(valid);
  });
});
