/**
 * Field builders shared by the collection schemas. Each one rejects bad input
 * with a message that names the value and says what was expected.
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import {
  FIGURE_KEYS,
  FIGURE_QUALIFIERS,
  type FigureKey,
} from './vocab.ts';

/** A value as an editor would recognise it in a message: quoted strings, unquoted dates flagged. */
export const show = (v: unknown): string => {
  if (v instanceof Date) return `date ${Number.isNaN(v.getTime()) ? 'Invalid' : v.toISOString().slice(0, 10)} (unquoted)`;
  const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
  if (typeof v === 'string') return `"${cut(v)}"`;
  const json = JSON.stringify(v);
  return json === undefined ? String(v) : cut(json);
};

/** Message for a missing field: zod passes `undefined` as the input of an absent key. */
export const required = (expected: string) => `is required (expected ${expected})`;

/** A whole number in a range, e.g. a year; every failure names the value and the range. */
export function wholeNumber(what: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
  const error = (iss: { input?: unknown }) =>
    iss.input === undefined ? required(`${what}, a whole number ${range}`) : `${show(iss.input)} is not ${what} (expected a whole number ${range})`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** A year the document or a resolution gives. */
export const year = wholeNumber('a year', 1865, 2100);

/** Free text with a length limit, for titles and summaries. */
export function text(max: number, what: string) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? required(what) : `${show(iss.input)} is not ${what} (expected text)`) })
    .max(max, { error: (iss) => `is ${String((iss.input as string).length)} characters long (expected at most ${max})` });
}

/** Message for a value that is not one of a closed list. */
export function notOneOf(what: string, known: readonly string[]) {
  return (iss: { input?: unknown }) =>
    iss.input === undefined ? required(`${what}, one of: ${known.join(', ')}`) : `${show(iss.input)} is not ${what} (known: ${known.join(', ')})`;
}

/** A closed vocabulary value, with the known values in the error message. */
export function vocab<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: notOneOf(what, values) });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of an entry in another collection. The target collection is kept in
 * the schema's metadata, so the integrity check finds every reference field
 * from the schema itself.
 */
export function ref(collection: string) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? required(`an id of ${collection}`) : `${show(iss.input)} is not an id of ${collection} (expected a string)`) })
    .regex(SLUG, { error: (iss) => `${show(iss.input)} is not a valid id of ${collection} (expected lower-case words joined by "-")` })
    .meta({ ref: collection });
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** Parses "2023", "2023-09" or "2023-09-12"; returns null for anything else or an impossible date. */
export function parsePartialDate(s: string): { year: number; month?: number; day?: number; precision: DatePrecision } | null {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return { year, month, day, precision: 'day' };
}

/** Why a well-formed "YYYY-MM(-DD)" is impossible: "February 2023 has 28 days". */
function whyNotReal(s: string): string {
  const [, y, m] = PARTIAL_DATE.exec(s)!.map(Number);
  if (m < 1 || m > 12) return 'months are 01 to 12';
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  return `expected a day from 01 to ${last}: ${month} ${y} has ${last} days`;
}

/**
 * A date with the precision the document gives: a day ("2023-10-03"), a month
 * ("2023-09") or a year ("2021"). Dates must be quoted in YAML: an unquoted
 * date is turned into a timestamp by the YAML parser, and an impossible one
 * (2023-02-30) would silently roll over.
 */
export const partialDate = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v === undefined) {
      ctx.addIssue({ code: 'custom', input: v, message: required('a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", quoted') });
    } else if (v instanceof Date) {
      ctx.addIssue({ code: 'custom', input: v, message: `${show(v)} must be quoted, like "2023-10-03", so that its precision is kept` });
    } else if (typeof v !== 'string') {
      ctx.addIssue({ code: 'custom', input: v, message: `${show(v)} is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD")` });
    } else if (!PARTIAL_DATE.test(v)) {
      ctx.addIssue({ code: 'custom', input: v, message: `${show(v)} is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD")` });
    } else if (!parsePartialDate(v)) {
      ctx.addIssue({ code: 'custom', input: v, message: `${show(v)} is not a real date (${whyNotReal(v)})` });
    }
  })
  .transform((v) => v as string)
  .meta({ type: 'string', pattern: PARTIAL_DATE.source, description: 'YYYY, YYYY-MM or YYYY-MM-DD' });

/** First day covered by a partial date, as YYYY-MM-DD. */
export function dateStart(s: string): string {
  const d = parsePartialDate(s);
  if (!d) throw new Error(`not a date: ${s}`);
  return `${d.year}-${String(d.month ?? 1).padStart(2, '0')}-${String(d.day ?? 1).padStart(2, '0')}`;
}

/** Last day covered by a partial date, as YYYY-MM-DD. */
export function dateEnd(s: string): string {
  const d = parsePartialDate(s);
  if (!d) throw new Error(`not a date: ${s}`);
  const month = d.month ?? 12;
  const day = d.day ?? new Date(Date.UTC(d.year, month, 0)).getUTCDate();
  return `${d.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds "end before start" checking to an object with optional start and end. */
export function checkDateOrder(v: { start?: string; end?: string }, ctx: z.core.$RefinementCtx<unknown>) {
  if (v.end !== undefined && v.start === undefined) {
    ctx.addIssue({ code: 'custom', path: ['start'], input: undefined, message: `is missing although end is "${v.end}" (expected a start date)` });
    return;
  }
  if (!v.start || !v.end || !parsePartialDate(v.start) || !parsePartialDate(v.end)) return;
  if (dateEnd(v.end) < dateStart(v.start)) {
    ctx.addIssue({ code: 'custom', path: ['end'], input: v.end, message: `"${v.end}" is before start "${v.start}" (expected an end on or after the start)` });
  }
}

/** An ISO 3166-1 alpha-2 country code, upper case. */
export const country = z
  .string({ error: (iss) => (iss.input === undefined ? required('an ISO 3166-1 alpha-2 country code, like "ET"') : `${show(iss.input)} is not a country code (expected ISO 3166-1 alpha-2, like "ET")`) })
  .refine((c) => /^[A-Z]{2}$/.test(c) && countries.isValid(c), {
    error: (iss) => {
      const v = String(iss.input);
      // "et" is a real code in the wrong case: say so rather than "not a country".
      if (/^[a-z]{2}$/.test(v) && countries.isValid(v.toUpperCase())) return `${show(v)} is not a country code (expected upper case: "${v.toUpperCase()}")`;
      return `${show(iss.input)} is not a country code (expected ISO 3166-1 alpha-2, like "ET")`;
    },
  })
  .meta({ description: 'ISO 3166-1 alpha-2 country code' });

/** Geographic coordinates in decimal degrees. */
const degrees = (what: string, limit: number) => {
  const error = (iss: { input?: unknown }) => `${show(iss.input)} is not a ${what} (expected a number from -${limit} to ${limit})`;
  return z.number({ error }).min(-limit, { error }).max(limit, { error });
};
export const coordinates = z
  .tuple([degrees('longitude', 180), degrees('latitude', 90)], {
    error: (iss) => (iss.input === undefined ? required('[longitude, latitude] in degrees') : `${show(iss.input)} is not [longitude, latitude] in degrees`),
  })
  .meta({ description: '[longitude, latitude] in decimal degrees' });

/** A number the document states, with how it is qualified. */
export const figure = z
  .object({
    /** What is counted. */
    key: vocab(FIGURE_KEYS as unknown as [FigureKey, ...FigureKey[]], 'a figure key'),
    /** The value as a plain number (98.6亿 is 9860000000). */
    value: z
      .number({ error: (iss) => (iss.input === undefined ? required('a number') : `${show(iss.input)} is not a number (write 1500, not "1 500" or "1,500")`) })
      .nonnegative({ error: (iss) => `${show(iss.input)} is negative (expected a count or an amount, 0 or more)` }),
    /** "about" for 近/约, "more-than" for 多/超过, otherwise exact. */
    qualifier: vocab(FIGURE_QUALIFIERS, 'a figure qualifier').default('exact'),
  })
  .strict();
export type Figure = z.infer<typeof figure>;

/** Ids of blocks of the Council document: "p2-3", "p3-6-2-4", "purpose". */
export const blockId = z
  .string({ error: (iss) => (iss.input === undefined ? required('a block id of the document, like "p3-3"') : `${show(iss.input)} is not a block id of the document (expected like "p3-3" or "p3-6-2-4")`) })
  .regex(/^(?:p\d+(?:-\d+){0,3}(?:-c\d+)?|purpose|action|strategic-plan|financial|references)$/, {
    error: (iss) => `${show(iss.input)} is not a block id of the document (expected like "p3-3" or "p3-6-2-4")`,
  })
  .meta({ ref: 'blocks' });

/** Where a fact comes from: one or more blocks of one document. */
export const source = z
  .object(
    {
      /** The document quoted. */
      document: ref('documents').default('c24-regional-presence'),
      /** The blocks (paragraphs, bullets) that state the facts. */
      blocks: z
        .array(blockId, { error: (iss) => (iss.input === undefined ? required('a list of block ids, like [p3-3-1]') : `${show(iss.input)} is not a list of block ids (expected like [p3-3-1])`) })
        .min(1, { error: 'needs at least one block id' }),
    },
    {
      // Only the type issue: an unknown key inside keeps zod's own message, which names the key.
      error: (iss) => {
        if (iss.code !== 'invalid_type') return undefined;
        return iss.input === undefined ? required('the blocks it comes from, like "source: { blocks: [p3-3-1] }"') : `${show(iss.input)} is not a source (expected like "source: { blocks: [p3-3-1] }")`;
      },
    },
  )
  .strict();
export type Source = z.infer<typeof source>;
