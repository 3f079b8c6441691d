/**
 * Field builders shared by the collection schemas. Each one rejects bad input
 * with a message that names the value and says what was expected.
 */
import { z } from 'astro/zod';
import { missing, show } from './errors.ts';
import countries from 'i18n-iso-countries';
import { FIGURE_KEYS, FIGURE_QUALIFIERS, FIGURE_SCOPES, type FigureKey } from './vocab.ts';

/** A whole number in a range, e.g. a year; every failure names the value and the range. */
export function wholeNumber(what: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
  const error = (iss: { input?: unknown }) =>
    missing(iss.input, `${what}, a whole number ${range}`) ?? `${show(iss.input)} is not ${what} (expected a whole number ${range})`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** A year the document or a resolution gives (ITU was founded in 1865). */
export const year = wholeNumber('a year', 1865, 2100);

/**
 * Free text with a length limit, for titles, names and summaries. `trim`
 * trims before the length is checked (titles).
 */
export function text(max: number, what: string, { trim = false } = {}) {
  const base = z.string({ error: (iss) => missing(iss.input, what) ?? `${show(iss.input)} is not ${what} (expected text)` });
  return (trim ? base.trim() : base).max(max, {
    error: (iss) => `is ${String((iss.input as string).length)} characters long (expected at most ${max})`,
  });
}

/** Message for a value that is not one of a closed list. */
function notOneOf(what: string, known: readonly string[]) {
  return (iss: { input?: unknown }) =>
    missing(iss.input, `${what}, one of: ${known.join(', ')}`) ?? `${show(iss.input)} is not ${what} (known: ${known.join(', ')})`;
}

/** A closed vocabulary value, with the known values in the error message. */
export function vocab<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: notOneOf(what, values) });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Metadata describing a field for editors, in both site languages. The schema
 * reference page and the JSON Schema files are generated from it, so the
 * documentation cannot drift from the schemas.
 */
export function doc(en: string, zh: string): { description: string; zh: string } {
  return { description: en, zh };
}

/**
 * The id of an entry in another collection. The target collection is kept in
 * the schema's metadata, so the integrity check finds every reference field
 * from the schema itself.
 */
export function ref(collection: string) {
  return z
    .string({
      error: (iss) =>
        missing(iss.input, `an id of ${collection}`) ?? `${show(iss.input)} is not an id of ${collection} (expected text, like "an-id")`,
    })
    .regex(SLUG, { error: (iss) => `${show(iss.input)} is not a valid id of ${collection} (expected lower-case words joined by "-")` })
    .meta({ ref: collection });
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** Parses "2023", "2023-09" or "2023-09-12"; returns null for anything else or an impossible date. */
export function parsePartialDate(s: string): { year: number; month?: number; day?: number; precision: DatePrecision } | null {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return null;
  // A group that did not match (no month, no day) is undefined, which RegExpExecArray's type does not say.
  const groups: (string | undefined)[] = m;
  const [y, mo, d] = [groups[1], groups[2], groups[3]];
  const year = Number(y);
  if (mo === undefined) return { year, precision: 'year' };
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { year, month, precision: 'month' };
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return { year, month, day, precision: 'day' };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FORMS = 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"';

/** Why a string is not a partial date, or undefined when it is one. */
function dateProblem(s: string): string | undefined {
  const m = PARTIAL_DATE.exec(s);
  if (!m) {
    const loose = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
    if (loose) {
      const padded = [loose[1], loose[2].padStart(2, '0'), ...(loose[3] ? [loose[3].padStart(2, '0')] : [])].join('-');
      return `is not a date (${FORMS}, with two-digit months and days: "${padded}")`;
    }
    return `is not a date (${FORMS})`;
  }
  const groups: (string | undefined)[] = m;
  const [y, mo, d] = [groups[1], groups[2], groups[3]];
  const year = Number(y);
  if (mo === undefined) return undefined;
  const month = Number(mo);
  if (month < 1 || month > 12) return `is not a real date (months go from 01 to 12)`;
  if (d === undefined) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Number(d);
  if (day < 1 || day > last) return `is not a real date (${MONTHS[month - 1]} ${year} has ${last} days)`;
  return undefined;
}

function datePrelude(v: unknown): string | undefined {
  const gone = missing(v, 'a date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
  if (gone) return gone;
  if (v instanceof Date) {
    // The YAML loader keeps what was written (see src/loading/load.ts); Astro's does not.
    const raw = (v as Date & { raw?: string }).raw ?? v.toISOString().slice(0, 10);
    const why = dateProblem(raw);
    return why ? `${raw} must be quoted, and it ${why}` : `${raw} must be quoted, like "${raw}", so that its precision is kept`;
  }
  if (typeof v !== 'string') return `${show(v)} is not a date (${FORMS})`;
  const why = dateProblem(v);
  return why ? `${show(v)} ${why}` : undefined;
}

/** Coarsest first. */
const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];
const PRECISION_FORM: Record<DatePrecision, string> = { year: '"YYYY"', month: '"YYYY-MM"', day: '"YYYY-MM-DD"' };
/** The dates of a forum: a meeting the document dates to the day, or at least to the month. */
export const MEETING_PRECISIONS: readonly DatePrecision[] = ['month', 'day'];

/** The pattern of a date of these precisions (for the JSON Schema files and the data package's Table Schemas). */
export function datePattern(precisions: readonly DatePrecision[] = PRECISIONS): string {
  if (precisions.includes('year')) return String.raw`^\d{4}(-\d{2}(-\d{2})?)?$`;
  return precisions.includes('month') ? String.raw`^\d{4}-\d{2}(-\d{2})?$` : String.raw`^\d{4}-\d{2}-\d{2}$`;
}

/** Why a valid partial date is not of an allowed precision, or undefined when it is. */
function precisionProblem(v: string, precisions: readonly DatePrecision[]): string | undefined {
  const d = parsePartialDate(v);
  if (!d || precisions.includes(d.precision)) return undefined;
  const forms = precisions.map((p) => PRECISION_FORM[p]).join(' or ');
  return `${show(v)} gives only the ${d.precision} (expected ${forms}: this date is known at least to the ${precisions[0]})`;
}

/**
 * A date with the precision the document gives: a day ("2023-10-03"), a month
 * ("2023-09") or a year ("2021"), or only those of `precisions`. Dates must be
 * quoted in YAML: an unquoted date is turned into a timestamp by the YAML
 * parser, and an impossible one (2023-02-30) would silently roll over.
 */
export function partialDateOf(precisions: readonly DatePrecision[] = PRECISIONS) {
  const forms = precisions.map((p) => PRECISION_FORM[p]);
  const list = (sep: string, last: string) =>
    forms.length > 1 ? `${forms.slice(0, -1).join(sep)}${last}${forms.slice(-1).join('')}` : forms.join('');
  return z
    .unknown()
    .superRefine((v, ctx) => {
      const problem = datePrelude(v) ?? precisionProblem(v as string, precisions);
      if (problem) ctx.addIssue({ code: 'custom', input: v, message: problem });
    })
    .transform((v) => v as string)
    .meta({
      type: 'string',
      pattern: precisions.length === PRECISIONS.length ? PARTIAL_DATE.source : datePattern(precisions),
      ...doc(`A quoted date: ${list(', ', ' or ')}`, `加引号的日期：${list('、', ' 或 ')}`),
    });
}
export const partialDate = partialDateOf();

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
export function checkDateOrder(v: { start?: string; end?: string }, ctx: z.core.$RefinementCtx) {
  if (v.end !== undefined && v.start === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['start'],
      input: undefined,
      message: `is missing although end is "${v.end}" (expected a start date)`,
    });
    return;
  }
  if (!v.start || !v.end || !parsePartialDate(v.start) || !parsePartialDate(v.end)) return;
  if (dateEnd(v.end) < dateStart(v.start)) {
    ctx.addIssue({ code: 'custom', path: ['end'], input: v.end, message: `"${v.end}" is before start "${v.start}"` });
  }
}

/** An ISO 3166-1 alpha-2 country code, upper case. */
export const country = z
  .string({
    error: (iss) =>
      missing(iss.input, 'an ISO 3166-1 alpha-2 country code, like "ET"') ??
      `${show(iss.input)} is not a country code (expected ISO 3166-1 alpha-2, like "ET")`,
  })
  .refine((c) => /^[A-Z]{2}$/.test(c) && countries.isValid(c), {
    error: (iss) => {
      const v = String(iss.input);
      return /^[a-z]{2}$/.test(v) && countries.isValid(v.toUpperCase())
        ? `${show(v)} is not a country code (country codes are upper case: "${v.toUpperCase()}")`
        : `${show(iss.input)} is not a country code (expected ISO 3166-1 alpha-2, like "ET")`;
    },
  })
  .meta({
    pattern: '^[A-Z]{2}$',
    ...doc('ISO 3166-1 alpha-2 country code, upper case, like "ET"', 'ISO 3166-1 两字母国家代码，大写，如 "ET"'),
  });

/** One coordinate: every failure names which one and its range. */
const degrees = (what: string, limit: number) => {
  const error = (iss: { input?: unknown }) => `${show(iss.input)} is not a ${what} (expected a number from -${limit} to ${limit})`;
  return z.number({ error }).min(-limit, { error }).max(limit, { error });
};

/** Geographic coordinates in decimal degrees. */
export const coordinates = z
  .tuple([degrees('longitude', 180), degrees('latitude', 90)], {
    error: (iss) => missing(iss.input, '[longitude, latitude] in degrees') ?? `${show(iss.input)} is not [longitude, latitude] in degrees`,
  })
  .meta(doc('[longitude, latitude] in decimal degrees', '[经度, 纬度]，十进制度数'));

/** An optional record of `value` by key (sector ids, country codes, place ids, block ids…), described in English and Chinese. */
export const recordOf = <T extends z.ZodType>(value: T, en: string, zh: string) => z.record(z.string(), value).optional().meta(doc(en, zh));

/** A list of ids of entries in `collection`, empty by default. */
export const refList = (collection: string, en: string, zh: string) => z.array(ref(collection)).default([]).meta(doc(en, zh));

/** A list of countries (ISO codes), empty by default. */
export const countryList = (en: string, zh: string) => z.array(country).default([]).meta(doc(en, zh));

/**
 * A phrase of the original (Chinese) that states a fact, verbatim: the
 * shortest span that does, usually 5 to 60 characters. The content check
 * proves that it is in the entry's source blocks and contains the fact.
 */
export const quote = text(120, 'a quote of the original')
  .min(2, { error: 'is too short to state a fact (expected a phrase of the original, like "于2023年10月3日至5日")' })
  .meta(doc('A phrase of the original, verbatim', '原文短语，逐字照录'));

/**
 * The phrases of the original that state an entry's date, venue, host and the
 * countries and organizations it names. Figures carry their own quote.
 */
export const factQuotes = z
  .object({
    date: quote
      .optional()
      .meta(doc('States the date (start, and end unless `end` is quoted apart)', '陈述日期（开始；结束日期另有引文时除外）')),
    end: quote
      .optional()
      .meta(doc('States the end date, when the original gives it apart from the start', '原文另处给出结束日期时，陈述结束日期')),
    venue: quote.optional().meta(doc('States where it took place (place or country)', '陈述举办地点（城市或国家）')),
    host: quote.optional().meta(doc('States who hosted it', '陈述东道方')),
    alongside: quote.optional().meta(doc('States an event it was held alongside or back to back with', '陈述与其同期或前后衔接举行的活动')),
    what: quote
      .optional()
      .meta(
        doc(
          'States what it is, for an activity the document gives no date, place, name or figure for',
          '陈述活动本身；用于文件未给出日期、地点、名称或数字的活动',
        ),
      ),
    sectors: recordOf(quote, 'For every sector it has, the phrase naming its Bureau or Sector', '每个部门在原文中的名称短语（局或部门）'),
    names: recordOf(
      quote,
      'For every country (by code) and organization (by id) it names in any role, the phrase that names it',
      '所涉及的每个国家（以代码为键）和组织（以编号为键）在原文中的名称短语',
    ),
  })
  .strict()
  .meta(doc('Phrases of the original that state its facts', '陈述其事实的原文短语'));
export type FactQuotes = z.infer<typeof factQuotes>;
/** The quotes that stand alone (one phrase each), as opposed to the keyed ones (sectors, names). */
export const SINGLE_QUOTE_KEYS = ['date', 'end', 'venue', 'host', 'alongside', 'what'] as const;

/** A number the document states, with how it is qualified. */
export const figure = z
  .object({
    key: vocab(FIGURE_KEYS as unknown as [FigureKey, ...FigureKey[]], 'a figure key').meta(doc('What is counted', '统计的对象')),
    value: z
      .number({
        error: (iss) => missing(iss.input, 'a number') ?? `${show(iss.input)} is not a number (write 1500, not "1 500" or "1,500")`,
      })
      .nonnegative({ error: (iss) => `${show(iss.input)} is negative (expected a count or an amount, 0 or more)` })
      .meta(doc('The value as a plain number (98.6亿 is 9860000000)', '数值，写成普通数字（98.6亿写作 9860000000）')),
    qualifier: vocab(FIGURE_QUALIFIERS, 'a figure qualifier')
      .default('exact')
      .meta(
        doc('"about" for 近/约, "more-than" for 多/超过, otherwise "exact"', '“近/约”写 "about"，“多/超过”写 "more-than"，否则为 "exact"'),
      ),
    quote: quote.meta(
      doc(
        'The phrase of the original that states it, verbatim (it must contain the number)',
        '原文中陈述该数字的短语，逐字照录（须包含该数字）',
      ),
    ),
    scope: vocab(FIGURE_SCOPES, 'a figure scope')
      .default('entry')
      .meta(
        doc(
          'Whose figure it is: "entry" (the forum’s or activity’s own) or "worldwide" (a global total the paragraph gives)',
          '数字的归属："entry"（本论坛或活动自身的数字）或 "worldwide"（段落给出的全球总数）',
        ),
      ),
    asOf: partialDate
      .optional()
      .meta(
        doc(
          'The date the figure stands at, when the document gives one (截至…); the quote must state it',
          '数字的截止日期（原文“截至……”时填写）；引文须包含该日期',
        ),
      ),
  })
  .strict();
export type Figure = z.infer<typeof figure>;

const notABlockId = (iss: { input?: unknown }) =>
  missing(iss.input, 'a block id, like "p3-3"') ??
  `${show(iss.input)} is not a block id of the document (expected like "p3-3" or "p3-6-2-4")`;

/** Ids of blocks of the Council document: "p2-3", "p3-6-2-4", "purpose". */
export const blockId = z
  .string({ error: notABlockId })
  .regex(/^(?:p\d+(?:-\d+){0,3}(?:-c\d+)?|purpose|action|strategic-plan|financial|references)$/, { error: notABlockId })
  .meta({
    ref: 'blocks',
    ...doc('Id of a block (paragraph, bullet) of the document, like "p3-3" or "p3-6-2-4"', '文件段落或条目的编号，如 "p3-3" 或 "p3-6-2-4"'),
  });

const blockList = z
  .array(blockId, {
    error: (iss) =>
      missing(iss.input, 'a list of block ids, like [p3-3-1]') ?? `${show(iss.input)} is not a list of block ids (expected like [p3-3-1])`,
  })
  .min(1, { error: 'needs at least one block id' })
  .meta(doc('The blocks (paragraphs, bullets) that state the facts', '陈述这些事实的段落或条目'));

/** The same facts cited by another edition: its id and its blocks. */
const citation = z
  .object({
    document: ref('documents').meta(doc('The other edition quoted', '引用的另一版文件')),
    blocks: blockList,
  })
  .strict();

/**
 * Where a fact comes from: one or more blocks of one document (edition), and
 * optionally the blocks of other editions that state it too. A missing
 * `document` is the current edition (the document whose facts say
 * `current: true`); the model resolves it. Name the document when the entry
 * cites an edition that is not, or will not stay, the current one.
 */
export const source = z
  .object(
    {
      document: ref('documents').optional().meta(doc('The document quoted; omitted: the current edition', '引用的文件；省略时为当前版本')),
      blocks: blockList,
      also: z
        .array(citation)
        .optional()
        .meta(doc('Other editions that state the same facts, each with its blocks', '陈述同样事实的其他版本文件，及其段落')),
    },
    {
      // Only the type issue: an unknown key inside keeps the loader's message, which names the key.
      error: (iss) => {
        if (iss.code !== 'invalid_type') return undefined;
        return (
          missing(iss.input, 'the blocks it comes from, like "source: { blocks: [p3-3-1] }"') ??
          `${show(iss.input)} is not a source (expected like "source: { blocks: [p3-3-1] }")`
        );
      },
    },
  )
  .strict();
export type Source = z.infer<typeof source>;
