/**
 * The open data tables: every collection of the model and every many-to-many
 * link between them as a table with its Table Schema (types, primary and
 * foreign keys, constraints, and a description for every field, taken from
 * the zod descriptions where the field is one of the schemas'). Text columns
 * exist once per site language (`title_en`, `title_zh-cn`, …). Dates keep
 * their precision: "2023-09" stays a month, with a `_precision` column beside
 * it. Pure: the data package (src/presentation/data-package.ts), its CSV files
 * and the explorer's download read these tables.
 */
import type { z } from 'astro/zod';
import { LOCALES, SOURCE_LOCALE, BLOCK_KINDS, DOCUMENT_STATUSES, type Locale } from '../schemas/vocab.ts';
import { ACTIVITY_KINDS, FIGURE_KEYS, FIGURE_QUALIFIERS, FIGURE_SCOPES, ORGANIZATION_KINDS, RESOLUTION_BODIES } from '../schemas/vocab.ts';
import { REFERENCE_KINDS, SECTORS, THEMES } from '../schemas/vocab.ts';
import { FACT_SCHEMAS, textSchema } from '../schemas/index.ts';
import { blockSchema } from '../schemas/documents.ts';
import { revisionSchema } from '../schemas/resolutions.ts';
import { datePattern, figure, MEETING_PRECISIONS, parsePartialDate, quote, source, type DatePrecision } from '../schemas/fields.ts';
import { countryName } from '../model/countries.ts';
import { citationsOf, type Activity, type Forum, type Model, type SourcedEntry } from '../model/model.ts';
import { language } from '../i18n/registry.ts';

type FieldType = 'string' | 'integer' | 'number';
export type Cell = string | number | undefined;

interface Constraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}
/** A Table Schema field. */
interface Field {
  name: string;
  type: FieldType;
  description: string;
  constraints?: Constraints;
}
interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}
export interface DataTable {
  name: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows: Cell[][];
}

/** A column: its field and how a row's value is read. */
interface Column<R> extends Field {
  value: (r: R) => Cell;
}

interface Described {
  shape: Record<string, z.ZodType>;
}
/** A schema's zod description, English and Chinese. */
function descriptionOf(schema: z.ZodType, what = 'schema'): string {
  const meta = schema.meta() as { description?: string; zh?: string } | undefined;
  if (!meta?.description) throw new Error(`data tables: the ${what} has no description`);
  return meta.zh ? `${meta.description} / ${meta.zh}` : meta.description;
}
/** The zod description of a schema's field. */
function described(schema: Described, key: string): string {
  if (!Object.hasOwn(schema.shape, key)) throw new Error(`data tables: the schema has no field "${key}"`);
  return descriptionOf(schema.shape[key], `schema field "${key}"`);
}

const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const COUNTRY_PATTERN = '^[A-Z]{2}$';

const col = <R>(name: string, type: FieldType, description: string, value: (r: R) => Cell, constraints?: Constraints): Column<R> => ({
  name,
  type,
  description,
  value,
  ...(constraints ? { constraints } : {}),
});
const idCol = <R extends { id: string }>(what: string): Column<R> =>
  col('id', 'string', `Id of the ${what}: its file name and URL slug / ${what} 的编号：文件名及网址路径`, (r) => r.id, {
    required: true,
    unique: true,
    pattern: ID_PATTERN,
  });
const refCol = <R>(name: string, description: string, value: (r: R) => Cell, required = false): Column<R> =>
  col(name, 'string', description, value, { ...(required ? { required } : {}), pattern: ID_PATTERN });
const countryCol = <R>(name: string, description: string, value: (r: R) => Cell, required = false): Column<R> =>
  col(name, 'string', description, value, { ...(required ? { required } : {}), pattern: COUNTRY_PATTERN });
const enumCol = <R>(name: string, description: string, values: readonly string[], value: (r: R) => Cell, required = true): Column<R> =>
  col(name, 'string', description, value, { ...(required ? { required } : {}), enum: [...values] });

/** A partial date and its precision: two columns; the precisions are those the field's schema allows. */
function dateCols<R>(
  name: string,
  description: string,
  value: (r: R) => string | undefined,
  required = false,
  precisions: readonly DatePrecision[] = ['year', 'month', 'day'],
): Column<R>[] {
  const forms = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' };
  const zh = { year: '年', month: '月', day: '日' };
  const or = (xs: string[], comma: string, last: string) =>
    xs.length > 1 ? `${xs.slice(0, -1).join(comma)}${last}${xs.slice(-1).join('')}` : xs.join('');
  return [
    col(
      name,
      'string',
      `${description} (ISO 8601 at the precision the document gives: ${or(
        precisions.map((p) => forms[p]),
        ', ',
        ' or ',
      )})`,
      value,
      {
        ...(required ? { required } : {}),
        pattern: datePattern(precisions),
      },
    ),
    enumCol(
      `${name}_precision`,
      `Precision of ${name}: ${or([...precisions], ', ', ' or ')} / ${name} 的精度：${or(
        precisions.map((p) => zh[p]),
        '、',
        '或',
      )}`,
      precisions,
      (r) => {
        const v = value(r);
        return v === undefined ? undefined : parsePartialDate(v)?.precision;
      },
      required,
    ),
  ];
}

/** One column per site language. */
function perLanguage<R>(name: string, description: string, value: (r: R, l: Locale) => Cell, required = false): Column<R>[] {
  return LOCALES.map((l) =>
    col(`${name}_${l}`, 'string', `${description} — ${language(l).name}`, (r) => value(r, l), required ? { required } : undefined),
  );
}

interface TableSpec<R> {
  name: string;
  description: string;
  columns: Column<R>[];
  primaryKey: string[];
  foreignKeys?: [string[], string, string[]][];
  rows: R[];
}
function table<R>(spec: TableSpec<R>): DataTable {
  return {
    name: spec.name,
    description: spec.description,
    fields: spec.columns.map(({ value: _value, ...field }) => field),
    primaryKey: spec.primaryKey,
    foreignKeys: (spec.foreignKeys ?? []).map(([fields, resource, ref]) => ({ fields, reference: { resource, fields: ref } })),
    rows: spec.rows.map((r) => spec.columns.map((c) => c.value(r))),
  };
}

const S = FACT_SCHEMAS;
const T = textSchema as unknown as Described;
const titleCols = <R extends { text: Record<Locale, { title: string }> }>(): Column<R>[] =>
  perLanguage('title', described(T, 'title'), (r, l) => r.text[l].title, true);
const shortCols = <R extends { text: Record<Locale, { short?: string }> }>(): Column<R>[] =>
  perLanguage('short', described(T, 'short'), (r, l) => r.text[l].short);
const summaryCols = <R extends { text: Record<Locale, { summary?: string }> }>(): Column<R>[] =>
  perLanguage('summary', described(T, 'summary'), (r, l) => r.text[l].summary);

/** A link table: an entry and one of its list's values per row. */
interface Pair {
  entry: string;
  value: string;
  role?: string;
  position: number;
}
const pairs = <E extends { id: string }>(list: E[], values: (e: E) => string[], role?: string): Pair[] =>
  list.flatMap((e) => values(e).map((value, position) => ({ entry: e.id, value, position, ...(role ? { role } : {}) })));

/** Sources: one row per cited block. */
interface SourceRow {
  entry: string;
  document: string;
  block: string;
  position: number;
}
const sourceRows = (list: SourcedEntry[]): SourceRow[] =>
  list.flatMap((e) =>
    citationsOf(e)
      .flatMap((c) => c.blocks.map((block) => ({ document: c.document, block })))
      .map((s, position) => ({ entry: e.id, ...s, position })),
  );

/** Every table of the data package, in package order. */
export function dataTables(model: Model): DataTable[] {
  const countryFk = (field: string): [string[], string, string[]] => [[field], 'countries', ['code']];
  const positionCol = <R extends { position: number }>(what: string): Column<R> =>
    col(
      'position',
      'integer',
      `Order of the ${what} in the entry's list, from 0 / ${what}在条目列表中的顺序，从 0 开始`,
      (r) => r.position,
      {
        required: true,
        minimum: 0,
      },
    );

  const link = (spec: {
    name: string;
    description: string;
    entity: string;
    entityResource: string;
    target: string;
    targetDescription: string;
    targetResource: string;
    targetField?: string;
    rows: Pair[];
    roles?: readonly string[];
    country?: boolean;
    vocabulary?: readonly string[];
  }) =>
    table<Pair>({
      name: spec.name,
      description: spec.description,
      columns: [
        refCol(spec.entity, `The ${spec.entity} / 条目编号`, (r) => r.entry, true),
        spec.vocabulary
          ? enumCol(spec.target, spec.targetDescription, spec.vocabulary, (r) => r.value)
          : spec.country
            ? countryCol(spec.target, spec.targetDescription, (r) => r.value, true)
            : refCol(spec.target, spec.targetDescription, (r) => r.value, true),
        ...(spec.roles ? [enumCol<Pair>('role', `Its role / 角色`, spec.roles, (r) => r.role)] : []),
        positionCol<Pair>(spec.target),
      ],
      primaryKey: [spec.entity, spec.target, ...(spec.roles ? ['role'] : [])],
      foreignKeys: [
        [[spec.entity], spec.entityResource, ['id']],
        ...(spec.vocabulary ? [] : [[[spec.target], spec.targetResource, [spec.targetField ?? 'id']] as [string[], string, string[]]]),
      ],
      rows: spec.rows,
    });

  const sources = (name: string, entity: string, entityResource: string, list: SourcedEntry[]) =>
    table<SourceRow>({
      name,
      description: `The document blocks each ${entity} comes from (its source, then other editions) / 每个条目所依据的文件段落`,
      columns: [
        refCol(entity, `The ${entity} / 条目编号`, (r) => r.entry, true),
        refCol('document', described(source as unknown as Described, 'document'), (r) => r.document, true),
        col('block', 'string', described(blockSchema as unknown as Described, 'id'), (r) => r.block, {
          required: true,
        }),
        positionCol<SourceRow>('block'),
      ],
      primaryKey: [entity, 'document', 'block'],
      foreignKeys: [
        [[entity], entityResource, ['id']],
        [['document', 'block'], 'paragraphs', ['document', 'block']],
      ],
      rows: sourceRows(list),
    });

  const F = figure as unknown as Described;
  interface FigureRow {
    entry: string;
    f: Activity['facts']['figures'][number];
    document: string;
    block: string;
  }
  const figureRows = (list: (Forum | Activity)[]): FigureRow[] =>
    list.flatMap((e) => {
      const located = model.quotesOf(e).filter((q) => q.fact === 'figure');
      return e.facts.figures.map((f) => {
        const q = located.find((l) => l.key === f.key);
        if (!q) throw new Error(`${e.file}: figure ${f.key} has no located quote`);
        return { entry: e.id, f, document: q.document, block: q.block };
      });
    });
  const figures = (name: string, entity: string, entityResource: string, list: (Forum | Activity)[]) =>
    table<FigureRow>({
      name,
      description: `Every figure the document states for each ${entity}, with the phrase that states it / 文件为每个条目给出的数字及其原文`,
      columns: [
        refCol(entity, `The ${entity} / 条目编号`, (r) => r.entry, true),
        enumCol('key', described(F, 'key'), FIGURE_KEYS, (r) => r.f.key),
        col('value', 'number', described(F, 'value'), (r) => r.f.value, { required: true, minimum: 0 }),
        enumCol('qualifier', described(F, 'qualifier'), FIGURE_QUALIFIERS, (r) => r.f.qualifier),
        enumCol('scope', described(F, 'scope'), FIGURE_SCOPES, (r) => r.f.scope),
        ...dateCols<FigureRow>('as_of', described(F, 'asOf'), (r) => r.f.asOf),
        col('quote', 'string', described(F, 'quote'), (r) => r.f.quote, { required: true }),
        refCol('document', 'The document (edition) the quote is in / 引文所在的文件', (r) => r.document, true),
        col('block', 'string', 'The block the quote is in / 引文所在的段落', (r) => r.block, { required: true }),
      ],
      primaryKey: [entity, 'key'],
      foreignKeys: [
        [[entity], entityResource, ['id']],
        [['document', 'block'], 'paragraphs', ['document', 'block']],
      ],
      rows: figureRows(list),
    });

  interface QuoteRow {
    entry: string;
    q: ReturnType<Model['quotesOf']>[number];
  }
  const quotes = (name: string, entity: string, entityResource: string, list: (Forum | Activity)[]) =>
    table<QuoteRow>({
      name,
      description: `Every phrase of the original that states a fact of each ${entity}, with the block it is in and its translations / 陈述各条目事实的原文短语、所在段落及译文`,
      columns: [
        refCol(entity, `The ${entity} / 条目编号`, (r) => r.entry, true),
        enumCol(
          'fact',
          'The fact the phrase states: date, end, venue, host, alongside, what, sector, name or figure / 该短语陈述的事实',
          ['date', 'end', 'venue', 'host', 'alongside', 'what', 'sector', 'name', 'figure'],
          (r) => r.q.fact,
        ),
        col(
          'key',
          'string',
          'The fact’s key: the sector id, country code or organization id of a name, the figure key, else the fact / 事实的键',
          (r) => r.q.key,
          { required: true },
        ),
        col('original', 'string', descriptionOf(quote), (r) => r.q.original, {
          required: true,
        }),
        refCol('document', 'The document (edition) the phrase is in / 短语所在的文件', (r) => r.q.document, true),
        col('block', 'string', 'The block the phrase is in / 短语所在的段落', (r) => r.q.block, { required: true }),
        ...perLanguage<QuoteRow>(
          'quote',
          'The phrase in this language: the original, or our translation / 该语言中的短语：原文或译文',
          (r, l) => (l === SOURCE_LOCALE ? r.q.original : r.q.translation[l]),
        ),
      ],
      primaryKey: [entity, 'fact', 'key'],
      foreignKeys: [
        [[entity], entityResource, ['id']],
        [['document', 'block'], 'paragraphs', ['document', 'block']],
      ],
      rows: list.flatMap((e) => model.quotesOf(e).map((q) => ({ entry: e.id, q }))),
    });

  // Documents and their blocks.
  const D = S.documents as unknown as Described;
  const B = blockSchema as unknown as Described;
  interface BlockRow {
    document: Model['documents'][number];
    block: Model['documents'][number]['facts']['blocks'][number];
    position: number;
  }
  const blockRows: BlockRow[] = model.documents.flatMap((document) =>
    document.facts.blocks.map((block, position) => ({ document, block, position })),
  );
  interface KeyFigureRow {
    document: string;
    f: Model['documents'][number]['facts']['keyFigures'][number];
  }

  const regionOf = (iso: string) => model.regionOfCountry(iso)?.id;
  const R = S.regions as unknown as Described;
  const A = S.activities as unknown as Described;
  const Fo = S.forums as unknown as Described;
  const O = S.organizations as unknown as Described;
  const P = S.places as unknown as Described;
  const Re = S.resolutions as unknown as Described;
  const Rf = S.references as unknown as Described;
  const Rv = revisionSchema as unknown as Described;
  interface RevisionRow {
    entry: string;
    r: Model['resolutions'][number]['facts']['revisions'][number];
    position: number;
  }

  return [
    table<Model['documents'][number]>({
      name: 'documents',
      description: 'The Council documents (editions) the site presents / 本站呈现的理事会文件（各版本）',
      columns: [
        idCol<Model['documents'][number]>('document'),
        col('session', 'string', described(D, 'session'), (d) => d.facts.session, { required: true }),
        col('year', 'integer', described(D, 'year'), (d) => d.facts.year, { required: true }),
        ...dateCols<Model['documents'][number]>('date', described(D, 'date'), (d) => d.facts.date, true),
        col('symbol', 'string', described(D, 'symbol'), (d) => d.facts.symbol),
        enumCol('original_language', described(D, 'originalLanguage'), LOCALES, (d) => d.facts.originalLanguage),
        enumCol('status', described(D, 'status'), DOCUMENT_STATUSES, (d) => d.facts.status),
        ...titleCols<Model['documents'][number]>(),
      ],
      primaryKey: ['id'],
      rows: model.documents,
    }),
    table<BlockRow>({
      name: 'paragraphs',
      description:
        'Every block (paragraph, bullet, heading) of each document, with its text in each language: the original verbatim, the others our translation / 每份文件的每个段落及其各语言文字',
      columns: [
        refCol('document', 'The document / 文件', (r) => r.document.id, true),
        col('block', 'string', described(B, 'id'), (r) => r.block.id, { required: true }),
        col('position', 'integer', 'Order of the block in the document, from 0 / 段落在文件中的顺序，从 0 开始', (r) => r.position, {
          required: true,
          minimum: 0,
        }),
        enumCol('kind', described(B, 'kind'), BLOCK_KINDS, (r) => r.block.kind),
        col('number', 'string', described(B, 'number'), (r) => r.block.number),
        ...perLanguage<BlockRow>('heading', described(T, 'blockTitles'), (r, l) => r.document.text[l].blockTitles?.[r.block.id]),
        ...perLanguage<BlockRow>('text', described(T, 'blocks'), (r, l) => r.document.text[l].blocks?.[r.block.id]),
      ],
      primaryKey: ['document', 'block'],
      foreignKeys: [[['document'], 'documents', ['id']]],
      rows: blockRows,
    }),
    table<KeyFigureRow>({
      name: 'document_key_figures',
      description: described(D, 'keyFigures'),
      columns: [
        refCol('document', 'The document / 文件', (r) => r.document, true),
        enumCol('key', described(F, 'key'), FIGURE_KEYS, (r) => r.f.key),
        col('value', 'number', described(F, 'value'), (r) => r.f.value, { required: true, minimum: 0 }),
        enumCol('qualifier', described(F, 'qualifier'), FIGURE_QUALIFIERS, (r) => r.f.qualifier),
        col('quote', 'string', described(F, 'quote'), (r) => r.f.quote, { required: true }),
        col('block', 'string', 'Block that states it / 陈述该数据的段落', (r) => r.f.block, { required: true }),
      ],
      primaryKey: ['document', 'key'],
      foreignKeys: [
        [['document'], 'documents', ['id']],
        [['document', 'block'], 'paragraphs', ['document', 'block']],
      ],
      rows: model.documents.flatMap((d) => d.facts.keyFigures.map((f) => ({ document: d.id, f }))),
    }),
    table<Model['regions'][number]>({
      name: 'regions',
      description: descriptionOf(S.regions),
      columns: [
        idCol<Model['regions'][number]>('region'),
        enumCol('code', described(R, 'code'), ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'], (r) => r.facts.code),
        refCol('office', described(R, 'office'), (r) => r.facts.office, true),
        col(
          'office_quote',
          'string',
          'The phrase of the original that names the regional office, when it does / 原文点名区域代表处所在地的短语',
          (r) => r.facts.quotes.office,
        ),
        col('outside_source', 'string', described(R, 'outside'), (r) => r.facts.outside?.source),
        col(
          'outside_fields',
          'string',
          'The fields taken from that source, separated by spaces / 取自该来源的字段，以空格分隔',
          (r) => r.facts.outside?.fields.join(' '),
          {
            pattern: '^(members|office|areaOffices)( (members|office|areaOffices))*$',
          },
        ),
        ...titleCols<Model['regions'][number]>(),
        ...shortCols<Model['regions'][number]>(),
        ...summaryCols<Model['regions'][number]>(),
      ],
      primaryKey: ['id'],
      foreignKeys: [[['office'], 'places', ['id']]],
      rows: model.regions,
    }),
    link({
      name: 'region_members',
      description: described(R, 'members'),
      entity: 'region',
      entityResource: 'regions',
      target: 'country',
      targetDescription: 'Member country (ISO 3166-1 alpha-2) / 成员国',
      targetResource: 'countries',
      targetField: 'code',
      country: true,
      rows: pairs(model.regions, (r) => r.facts.members),
    }),
    link({
      name: 'region_area_offices',
      description: described(R, 'areaOffices'),
      entity: 'region',
      entityResource: 'regions',
      target: 'place',
      targetDescription: 'The area office (a place) / 地区办事处所在地',
      targetResource: 'places',
      rows: pairs(model.regions, (r) => r.facts.areaOffices),
    }),
    sources('region_sources', 'region', 'regions', model.regions),
    table<string>({
      name: 'countries',
      description:
        'Every country the content mentions, by ISO 3166-1 alpha-2 code, with its ITU-D region and its name in each language (from i18n-iso-countries) / 内容提及的每个国家',
      columns: [
        col('code', 'string', 'ISO 3166-1 alpha-2 country code / ISO 3166-1 两字母国家代码', (c: string) => c, {
          required: true,
          unique: true,
          pattern: COUNTRY_PATTERN,
        }),
        refCol('region', 'The ITU-D region it is a member of (not stated in the document) / 所属区域（文件未列出）', regionOf),
        ...perLanguage<string>('name', 'Its official short name / 正式简称', (c, l) => countryName(c, l), true),
      ],
      primaryKey: ['code'],
      foreignKeys: [[['region'], 'regions', ['id']]],
      rows: model.countries,
    }),
    table<Model['places'][number]>({
      name: 'places',
      description: descriptionOf(S.places),
      columns: [
        idCol<Model['places'][number]>('place'),
        countryCol('country', described(P, 'country'), (p) => p.facts.country, true),
        col('longitude', 'number', 'Longitude in decimal degrees / 经度（十进制度数）', (p) => p.facts.coordinates[0], {
          required: true,
          minimum: -180,
          maximum: 180,
        }),
        col('latitude', 'number', 'Latitude in decimal degrees / 纬度（十进制度数）', (p) => p.facts.coordinates[1], {
          required: true,
          minimum: -90,
          maximum: 90,
        }),
        ...perLanguage<Model['places'][number]>('name', described(T, 'title'), (p, l) => p.text[l].title, true),
      ],
      primaryKey: ['id'],
      foreignKeys: [countryFk('country')],
      rows: model.places,
    }),
    table<Model['organizations'][number]>({
      name: 'organizations',
      description: descriptionOf(S.organizations),
      columns: [
        idCol<Model['organizations'][number]>('organization'),
        col('acronym', 'string', described(O, 'acronym'), (o) => o.facts.acronym),
        enumCol('kind', described(O, 'kind'), ORGANIZATION_KINDS, (o) => o.facts.kind),
        countryCol('country', described(O, 'country'), (o) => o.facts.country),
        ...titleCols<Model['organizations'][number]>(),
        ...shortCols<Model['organizations'][number]>(),
      ],
      primaryKey: ['id'],
      foreignKeys: [countryFk('country')],
      rows: model.organizations,
    }),
    table<Model['resolutions'][number]>({
      name: 'resolutions',
      description: descriptionOf(S.resolutions),
      columns: [
        idCol<Model['resolutions'][number]>('resolution'),
        enumCol('body', described(Re, 'body'), RESOLUTION_BODIES, (r) => r.facts.body),
        col('number', 'integer', described(Re, 'number'), (r) => r.facts.number, { required: true, minimum: 1 }),
        ...titleCols<Model['resolutions'][number]>(),
        ...shortCols<Model['resolutions'][number]>(),
      ],
      primaryKey: ['id'],
      rows: model.resolutions,
    }),
    table<RevisionRow>({
      name: 'resolution_revisions',
      description: described(Re, 'revisions'),
      columns: [
        refCol('resolution', 'The resolution / 决议', (r) => r.entry, true),
        col('position', 'integer', 'Order of the revision, oldest first, from 0 / 修订版顺序，从 0 开始', (r) => r.position, {
          required: true,
          minimum: 0,
        }),
        col('conference', 'string', described(Rv, 'conference'), (r) => r.r.conference, { required: true }),
        refCol('place', described(Rv, 'place'), (r) => r.r.place, true),
        col('year', 'integer', described(Rv, 'year'), (r) => r.r.year, { required: true }),
      ],
      primaryKey: ['resolution', 'position'],
      foreignKeys: [
        [['resolution'], 'resolutions', ['id']],
        [['place'], 'places', ['id']],
      ],
      rows: model.resolutions.flatMap((e) => e.facts.revisions.map((r, position) => ({ entry: e.id, r, position }))),
    }),
    sources('resolution_sources', 'resolution', 'resolutions', model.resolutions),
    table<Model['references'][number]>({
      name: 'references',
      description: descriptionOf(S.references),
      columns: [
        idCol<Model['references'][number]>('reference'),
        enumCol('kind', described(Rf, 'kind'), REFERENCE_KINDS, (r) => r.facts.kind),
        col('symbol', 'string', described(Rf, 'symbol'), (r) => r.facts.symbol),
        col('year', 'integer', described(Rf, 'year'), (r) => r.facts.year),
        ...titleCols<Model['references'][number]>(),
        ...shortCols<Model['references'][number]>(),
      ],
      primaryKey: ['id'],
      rows: model.references,
    }),
    sources('reference_sources', 'reference', 'references', model.references),
    table<Forum>({
      name: 'forums',
      description: descriptionOf(S.forums),
      columns: [
        idCol<Forum>('forum'),
        refCol('region', described(Fo, 'region'), (f) => f.facts.region, true),
        ...dateCols<Forum>('start', described(Fo, 'start'), (f) => f.facts.start, true, MEETING_PRECISIONS),
        ...dateCols<Forum>('end', described(Fo, 'end'), (f) => f.facts.end, false, MEETING_PRECISIONS),
        refCol('place', described(Fo, 'place'), (f) => f.facts.place),
        countryCol('country', described(Fo, 'country'), (f) => f.facts.country),
        countryCol('host', described(Fo, 'host'), (f) => f.facts.host),
        ...titleCols<Forum>(),
        ...shortCols<Forum>(),
        ...summaryCols<Forum>(),
        ...perLanguage<Forum>('theme', described(T, 'theme'), (f, l) => f.text[l].theme),
      ],
      primaryKey: ['id'],
      foreignKeys: [[['region'], 'regions', ['id']], [['place'], 'places', ['id']], countryFk('country'), countryFk('host')],
      rows: model.forums,
    }),
    link({
      name: 'forum_countries',
      description: described(Fo, 'countries'),
      entity: 'forum',
      entityResource: 'forums',
      target: 'country',
      targetDescription: 'A country the paragraph names / 段落提及的国家',
      targetResource: 'countries',
      targetField: 'code',
      country: true,
      rows: pairs(model.forums, (f) => f.facts.countries),
    }),
    link({
      name: 'forum_organizations',
      description: `${described(Fo, 'organizers')}; ${described(Fo, 'organizations')}`,
      entity: 'forum',
      entityResource: 'forums',
      target: 'organization',
      targetDescription: 'The organization / 组织',
      targetResource: 'organizations',
      roles: ['organizer', 'named'],
      rows: [...pairs(model.forums, (f) => f.facts.organizers, 'organizer'), ...pairs(model.forums, (f) => f.facts.organizations, 'named')],
    }),
    link({
      name: 'forum_resolutions',
      description: described(Fo, 'resolutions'),
      entity: 'forum',
      entityResource: 'forums',
      target: 'resolution',
      targetDescription: 'The resolution / 决议',
      targetResource: 'resolutions',
      rows: pairs(model.forums, (f) => f.facts.resolutions),
    }),
    link({
      name: 'forum_activities',
      description: described(Fo, 'colocated'),
      entity: 'forum',
      entityResource: 'forums',
      target: 'activity',
      targetDescription: 'The activity held with it / 同期举办的活动',
      targetResource: 'activities',
      rows: pairs(model.forums, (f) => f.facts.colocated),
    }),
    figures('forum_figures', 'forum', 'forums', model.forums),
    quotes('forum_quotes', 'forum', 'forums', model.forums),
    sources('forum_sources', 'forum', 'forums', model.forums),
    table<Activity>({
      name: 'activities',
      description: descriptionOf(S.activities),
      columns: activityColumns(),
      primaryKey: ['id'],
      foreignKeys: [[['place'], 'places', ['id']], countryFk('country'), countryFk('host'), [['forum'], 'forums', ['id']]],
      rows: model.activities,
    }),
    link({
      name: 'activity_regions',
      description: described(A, 'regions'),
      entity: 'activity',
      entityResource: 'activities',
      target: 'region',
      targetDescription: 'The region / 区域',
      targetResource: 'regions',
      rows: pairs(model.activities, (a) => a.facts.regions),
    }),
    link({
      name: 'activity_sectors',
      description: described(A, 'sectors'),
      entity: 'activity',
      entityResource: 'activities',
      target: 'sector',
      targetDescription: 'The sector / 部门',
      targetResource: '',
      vocabulary: SECTORS,
      rows: pairs(model.activities, (a) => a.facts.sectors),
    }),
    link({
      name: 'activity_themes',
      description: described(A, 'themes'),
      entity: 'activity',
      entityResource: 'activities',
      target: 'theme',
      targetDescription: 'The theme / 专题',
      targetResource: '',
      vocabulary: THEMES,
      rows: pairs(model.activities, (a) => a.facts.themes),
    }),
    link({
      name: 'activity_countries',
      description: `${described(A, 'beneficiaries')}; ${described(A, 'countries')}`,
      entity: 'activity',
      entityResource: 'activities',
      target: 'country',
      targetDescription: 'The country / 国家',
      targetResource: 'countries',
      targetField: 'code',
      country: true,
      roles: ['beneficiary', 'named'],
      rows: [
        ...pairs(model.activities, (a) => a.facts.beneficiaries, 'beneficiary'),
        ...pairs(model.activities, (a) => a.facts.countries, 'named'),
      ],
    }),
    link({
      name: 'activity_organizations',
      description: `${described(A, 'organizers')}; ${described(A, 'organizations')}`,
      entity: 'activity',
      entityResource: 'activities',
      target: 'organization',
      targetDescription: 'The organization / 组织',
      targetResource: 'organizations',
      roles: ['organizer', 'named'],
      rows: [
        ...pairs(model.activities, (a) => a.facts.organizers, 'organizer'),
        ...pairs(model.activities, (a) => a.facts.organizations, 'named'),
      ],
    }),
    link({
      name: 'activity_resolutions',
      description: described(A, 'resolutions'),
      entity: 'activity',
      entityResource: 'activities',
      target: 'resolution',
      targetDescription: 'The resolution / 决议',
      targetResource: 'resolutions',
      rows: pairs(model.activities, (a) => a.facts.resolutions),
    }),
    link({
      name: 'activity_references',
      description: described(A, 'references'),
      entity: 'activity',
      entityResource: 'activities',
      target: 'reference',
      targetDescription: 'The document cited / 引用的文件',
      targetResource: 'references',
      rows: pairs(model.activities, (a) => a.facts.references),
    }),
    link({
      name: 'activity_parts',
      description: described(A, 'parts'),
      entity: 'activity',
      entityResource: 'activities',
      target: 'part',
      targetDescription: 'The activity that is a part of it / 子活动',
      targetResource: 'activities',
      rows: pairs(model.activities, (a) => a.facts.parts),
    }),
    table<SourceRow>({
      name: 'activity_merged_blocks',
      description: described(A, 'merges'),
      columns: [
        refCol('activity', 'The activity / 活动', (r) => r.entry, true),
        refCol('document', 'The document / 文件', (r) => r.document, true),
        col('block', 'string', 'A block that mentions the same event / 提及同一活动的段落', (r) => r.block, { required: true }),
        positionCol<SourceRow>('block'),
      ],
      primaryKey: ['activity', 'document', 'block'],
      foreignKeys: [
        [['activity'], 'activities', ['id']],
        [['document', 'block'], 'paragraphs', ['document', 'block']],
      ],
      rows: model.activities.flatMap((a) =>
        a.facts.merges.map((block, position) => ({ entry: a.id, document: citationsOf(a)[0].document, block, position })),
      ),
    }),
    figures('activity_figures', 'activity', 'activities', model.activities),
    quotes('activity_quotes', 'activity', 'activities', model.activities),
    sources('activity_sources', 'activity', 'activities', model.activities),
  ];
}

/** The columns of the activities table; the explorer's download uses the same. */
function activityColumns(): Column<Activity>[] {
  const A = FACT_SCHEMAS.activities as unknown as Described;
  return [
    idCol<Activity>('activity'),
    enumCol('kind', described(A, 'kind'), ACTIVITY_KINDS, (a) => a.facts.kind),
    ...dateCols<Activity>('start', described(A, 'start'), (a) => a.facts.start),
    ...dateCols<Activity>('end', described(A, 'end'), (a) => a.facts.end),
    refCol('place', described(A, 'place'), (a) => a.facts.place),
    countryCol('country', described(A, 'country'), (a) => a.facts.country),
    countryCol('host', described(A, 'host'), (a) => a.facts.host),
    refCol('forum', described(A, 'forum'), (a) => a.facts.forum),
    ...titleCols<Activity>(),
    ...shortCols<Activity>(),
    ...summaryCols<Activity>(),
  ];
}
