import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  blockId,
  checkDateOrder,
  coordinates,
  country,
  dateEnd,
  dateStart,
  figure,
  datePattern,
  MEETING_PRECISIONS,
  parsePartialDate,
  partialDate,
  partialDateOf,
  ref,
  source,
  text,
  vocab,
  wholeNumber,
  year,
} from '../../src/schemas/fields.ts';
import { show } from '../../src/schemas/errors.ts';
import { issues, parse } from '../helpers/schema.ts';

describe('partialDate', () => {
  it.each(['2023', '2023-09', '2023-09-12', '2024-02-29', '2023-12-31', '2000-02-29'])('accepts "%s" and keeps it as written', (d) => {
    expect(parse(partialDate, d)).toBe(d);
  });

  it.each<[unknown, string]>([
    ['2023-02-29', '"2023-02-29" is not a real date (February 2023 has 28 days)'],
    ['1900-02-29', '"1900-02-29" is not a real date (February 1900 has 28 days)'],
    ['2024-04-31', '"2024-04-31" is not a real date (April 2024 has 30 days)'],
    ['2024-01-00', '"2024-01-00" is not a real date (January 2024 has 31 days)'],
    ['2023-13', '"2023-13" is not a real date (months go from 01 to 12)'],
    ['2023-00-10', '"2023-00-10" is not a real date (months go from 01 to 12)'],
    ['2023-9-12', '"2023-9-12" is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD", with two-digit months and days: "2023-09-12")'],
    ['12/09/2023', '"12/09/2023" is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD")'],
    ['2023年9月', '"2023年9月" is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD")'],
    ['', '"" is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD")'],
    [2023, '2023 is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD")'],
    [new Date('2023-10-03T00:00:00Z'), '2023-10-03 must be quoted, like "2023-10-03", so that its precision is kept'],
    [undefined, 'is required (expected a date: "YYYY", "YYYY-MM" or "YYYY-MM-DD")'],
    [null, 'is empty (expected a date: "YYYY", "YYYY-MM" or "YYYY-MM-DD")'],
  ])('rejects %j', (input, message) => {
    expect(issues(partialDate, input)).toEqual([message]);
  });
});

describe('partialDateOf: a date of only some precisions (a forum is dated to the month or the day)', () => {
  const meeting = partialDateOf(MEETING_PRECISIONS);
  it.each(['2023-09', '2023-09-12'])('accepts "%s"', (d) => {
    expect(parse(meeting, d)).toBe(d);
  });
  it.each<[unknown, string]>([
    ['2023', '"2023" gives only the year (expected "YYYY-MM" or "YYYY-MM-DD": this date is known at least to the month)'],
    // An impossible or malformed date says so first, as any date does.
    ['2023-02-30', '"2023-02-30" is not a real date (February 2023 has 28 days)'],
    ['2023-13', '"2023-13" is not a real date (months go from 01 to 12)'],
  ])('rejects %j', (input, message) => {
    expect(issues(meeting, input)).toEqual([message]);
  });
  it('day only', () => {
    expect(issues(partialDateOf(['day']), '2023-09')).toEqual([
      '"2023-09" gives only the month (expected "YYYY-MM-DD": this date is known at least to the day)',
    ]);
  });
  it.each<[readonly ('year' | 'month' | 'day')[], string[], string[]]>([
    [
      ['year', 'month', 'day'],
      ['2023', '2023-09', '2023-09-12'],
      ['23', '2023-9'],
    ],
    [MEETING_PRECISIONS, ['2023-09', '2023-09-12'], ['2023', '2023-9-1']],
    [['day'], ['2023-09-12'], ['2023', '2023-09']],
  ])('datePattern(%j), the pattern the JSON Schema files and the data package state', (precisions, good, bad) => {
    const re = new RegExp(datePattern(precisions));
    for (const d of good) expect(re.test(d), d).toBe(true);
    for (const d of bad) expect(re.test(d), d).toBe(false);
  });
});

describe('parsePartialDate, dateStart and dateEnd', () => {
  it.each([
    ['2023', { year: 2023, precision: 'year' }, '2023-01-01', '2023-12-31'],
    ['2023-09', { year: 2023, month: 9, precision: 'month' }, '2023-09-01', '2023-09-30'],
    ['2024-02', { year: 2024, month: 2, precision: 'month' }, '2024-02-01', '2024-02-29'],
    ['2023-02', { year: 2023, month: 2, precision: 'month' }, '2023-02-01', '2023-02-28'],
    ['2023-09-12', { year: 2023, month: 9, day: 12, precision: 'day' }, '2023-09-12', '2023-09-12'],
  ])('%s', (s, parsed, start, end) => {
    expect(parsePartialDate(s)).toEqual(parsed);
    expect(dateStart(s)).toBe(start);
    expect(dateEnd(s)).toBe(end);
  });

  it.each(['2023-02-29', '2023-13', 'soon', ''])('"%s" is not a date', (s) => {
    expect(parsePartialDate(s)).toBeNull();
    expect(() => dateStart(s)).toThrow(`not a date: ${s}`);
    expect(() => dateEnd(s)).toThrow(`not a date: ${s}`);
  });
});

describe('checkDateOrder', () => {
  const span = z.object({ start: partialDate.optional(), end: partialDate.optional() }).superRefine(checkDateOrder);

  it.each([
    [{}],
    [{ start: '2023-10-03' }],
    [{ start: '2023-10-03', end: '2023-10-05' }],
    [{ start: '2023-10-03', end: '2023-10-03' }],
    // A month or a year ending after the day it contains is in order.
    [{ start: '2023-10-03', end: '2023-10' }],
    [{ start: '2023-10', end: '2023-10-01' }],
    [{ start: '2023', end: '2023-06' }],
  ])('accepts %j', (v) => {
    expect(issues(span, v)).toEqual([]);
  });

  it.each<[object, string]>([
    [{ start: '2023-10-05', end: '2023-10-03' }, 'end: "2023-10-03" is before start "2023-10-05"'],
    [{ start: '2023-10', end: '2023-09-30' }, 'end: "2023-09-30" is before start "2023-10"'],
    [{ start: '2024', end: '2023' }, 'end: "2023" is before start "2024"'],
    [{ end: '2023-10-03' }, 'start: is missing although end is "2023-10-03" (expected a start date)'],
  ])('rejects %j', (v, message) => {
    expect(issues(span, v)).toEqual([message]);
  });
});

describe('country', () => {
  it.each(['ET', 'PS', 'TZ', 'SV', 'CN'])('accepts %s', (c) => {
    expect(parse(country, c)).toBe(c);
  });

  it.each<[unknown, string]>([
    ['XX', '"XX" is not a country code (expected ISO 3166-1 alpha-2, like "ET")'],
    ['et', '"et" is not a country code (country codes are upper case: "ET")'],
    ['ETH', '"ETH" is not a country code (expected ISO 3166-1 alpha-2, like "ET")'],
    ['Ethiopia', '"Ethiopia" is not a country code (expected ISO 3166-1 alpha-2, like "ET")'],
    [231, '231 is not a country code (expected ISO 3166-1 alpha-2, like "ET")'],
    [undefined, 'is required (expected an ISO 3166-1 alpha-2 country code, like "ET")'],
  ])('rejects %j', (input, message) => {
    expect(issues(country, input)).toEqual([message]);
  });
});

describe('ref', () => {
  const places = ref('places');

  it('accepts an id and records its target collection in the metadata', () => {
    expect(parse(places, 'addis-ababa')).toBe('addis-ababa');
    expect(places.meta()).toMatchObject({ ref: 'places' });
  });

  it.each<[unknown, string]>([
    ['Addis Ababa', '"Addis Ababa" is not a valid id of places (expected lower-case words joined by "-")'],
    ['addis--ababa', '"addis--ababa" is not a valid id of places (expected lower-case words joined by "-")'],
    ['-addis', '"-addis" is not a valid id of places (expected lower-case words joined by "-")'],
    [7, '7 is not an id of places (expected text, like "an-id")'],
    [undefined, 'is required (expected an id of places)'],
  ])('rejects %j', (input, message) => {
    expect(issues(places, input)).toEqual([message]);
  });
});

describe('vocab', () => {
  const color = vocab(['red', 'green'] as const, 'a colour');
  it('accepts a known value and infers the union', () => {
    expect(parse(color, 'red')).toBe('red');
  });
  it.each<[unknown, string]>([
    ['blue', '"blue" is not a colour (known: red, green)'],
    ['Red', '"Red" is not a colour (known: red, green)'],
    [undefined, 'is required (expected a colour, one of: red, green)'],
  ])('rejects %j', (input, message) => {
    expect(issues(color, input)).toEqual([message]);
  });
});

describe('blockId and source', () => {
  it.each(['p2-3', 'p3-6-2-4', 'p3-2-c1', 'p1', 'purpose', 'action', 'strategic-plan', 'financial', 'references'])(
    'accepts block id %s',
    (id) => {
      expect(parse(blockId, id)).toBe(id);
    },
  );

  it.each(['3.3', 'p3-3-', 'p3_3', 'P3-3', 'p3-6-2-4-1', 'intro'])('rejects block id %s', (id) => {
    expect(issues(blockId, id)).toEqual([`"${id}" is not a block id of the document (expected like "p3-3" or "p3-6-2-4")`]);
  });

  it('leaves a missing document to the model (the current edition), and takes other editions in `also`', () => {
    expect(parse(source, { blocks: ['p2-3'] })).toEqual({ blocks: ['p2-3'] });
    expect(parse(source, { document: 'c24-x', blocks: ['p2-3'], also: [{ document: 'c25-x', blocks: ['p1'] }] })).toEqual({
      document: 'c24-x',
      blocks: ['p2-3'],
      also: [{ document: 'c25-x', blocks: ['p1'] }],
    });
  });

  it('requires the document of another edition', () => {
    expect(issues(source, { blocks: ['p2-3'], also: [{ blocks: ['p1'] }] })).toEqual([
      'also[0].document: is required (expected an id of documents)',
    ]);
  });

  it.each<[unknown, string[]]>([
    [{ blocks: [] }, ['blocks: needs at least one block id']],
    [{}, ['blocks: is required (expected a list of block ids, like [p3-3-1])']],
    [{ blocks: 'p2-3' }, ['blocks: "p2-3" is not a list of block ids (expected like [p3-3-1])']],
    [{ blocks: ['p2-3'], paragraph: '2.3' }, ['Unrecognized key: "paragraph"']],
  ])('rejects source %j', (input, messages) => {
    expect(issues(source, input)).toEqual(messages);
  });
});

describe('figure', () => {
  it('defaults the qualifier to exact', () => {
    expect(parse(figure, { key: 'participants', value: 300, quote: '300名与会者' })).toEqual({
      key: 'participants',
      value: 300,
      qualifier: 'exact',
      quote: '300名与会者',
      scope: 'entry',
    });
    expect(parse(figure, { key: 'p2c-value-usd', value: 9_860_000_000, qualifier: 'exact', quote: '98.6亿美元' }).value).toBe(
      9_860_000_000,
    );
  });

  it('keeps a worldwide scope and the date it stands at', () => {
    expect(parse(figure, { key: 'countries', value: 147, quote: '147个国家', scope: 'worldwide', asOf: '2023-08-19' })).toMatchObject({
      scope: 'worldwide',
      asOf: '2023-08-19',
    });
  });

  it.each<[unknown, string[]]>([
    [{ key: 'participants', value: '1 500', quote: '1 500名' }, ['value: "1 500" is not a number (write 1500, not "1 500" or "1,500")']],
    [{ key: 'participants', value: -3, quote: '3名' }, ['value: -3 is negative (expected a count or an amount, 0 or more)']],
    [{ key: 'participants', quote: '3名' }, ['value: is required (expected a number)']],
    [
      { key: 'people', value: 3, quote: '3名' },
      [expect.stringMatching(/^key: "people" is not a figure key \(known: participants, in-person-participants, /)],
    ],
    [
      { key: 'participants', value: 3, qualifier: 'approx', quote: '约3名' },
      ['qualifier: "approx" is not a figure qualifier (known: exact, about, more-than)'],
    ],
    [{ key: 'participants', value: 3 }, ['quote: is required (expected a quote of the original)']],
    [
      { key: 'participants', value: 3, quote: '3' },
      ['quote: is too short to state a fact (expected a phrase of the original, like "于2023年10月3日至5日")'],
    ],
    [{ key: 'participants', value: 3, quote: '3名', scope: 'global' }, ['scope: "global" is not a figure scope (known: entry, worldwide)']],
  ])('rejects %j', (input, messages) => {
    expect(issues(figure, input)).toEqual(messages);
  });
});

describe('coordinates', () => {
  it('accepts [longitude, latitude]', () => {
    expect(parse(coordinates, [38.76, 9.03])).toEqual([38.76, 9.03]);
  });
  it.each<[unknown, string[]]>([
    [[200, 10], ['[0]: 200 is not a longitude (expected a number from -180 to 180)']],
    [[10, -91], ['[1]: -91 is not a latitude (expected a number from -90 to 90)']],
    [[10], ['[10] is not [longitude, latitude] in degrees']],
    ['9.03, 38.76', ['"9.03, 38.76" is not [longitude, latitude] in degrees']],
    [undefined, ['is required (expected [longitude, latitude] in degrees)']],
  ])('rejects %j', (input, messages) => {
    expect(issues(coordinates, input)).toEqual(messages);
  });
});

describe('wholeNumber, year and text', () => {
  it.each<[unknown, string]>([
    [1864, '1864 is not a year (expected a whole number from 1865 to 2100)'],
    [2101, '2101 is not a year (expected a whole number from 1865 to 2100)'],
    [2023.5, '2023.5 is not a year (expected a whole number from 1865 to 2100)'],
    ['2023', '"2023" is not a year (expected a whole number from 1865 to 2100)'],
    [undefined, 'is required (expected a year, a whole number from 1865 to 2100)'],
  ])('year rejects %j', (input, message) => {
    expect(issues(year, input)).toEqual([message]);
  });

  it('a whole number with no upper bound says "or more"', () => {
    expect(issues(wholeNumber('a count', 1), 0)).toEqual(['0 is not a count (expected a whole number 1 or more)']);
    expect(parse(wholeNumber('a count', 1), 10 ** 9)).toBe(10 ** 9);
  });

  it('text names its length limit', () => {
    const short = text(5, 'a short name');
    expect(parse(short, 'RDF')).toBe('RDF');
    expect(issues(short, 'RDF-AFR')).toEqual(['is 7 characters long (expected at most 5)']);
    expect(issues(short, 5)).toEqual(['5 is not a short name (expected text)']);
    expect(issues(short, undefined)).toEqual(['is required (expected a short name)']);
  });
});

describe('show', () => {
  it.each<[unknown, string]>([
    ['ET', '"ET"'],
    [3, '3'],
    [[1, 2], '[1,2]'],
    [{ a: 1 }, '{"a":1}'],
    [null, 'an empty value'],
    [undefined, 'undefined'],
    [new Date('2023-10-03T00:00:00Z'), '2023-10-03 (an unquoted date)'],
    ['x'.repeat(80), `"${'x'.repeat(57)}…"`],
  ])('%j → %s', (v, shown) => {
    expect(show(v)).toBe(shown);
  });
});
