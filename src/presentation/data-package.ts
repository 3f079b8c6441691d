/**
 * The Frictionless data package (Data Package v2) at /data/datapackage.json:
 * one CSV resource per table of src/presentation/data-tables.ts, each with
 * its Table Schema, and the package's licences and sources. CSV files are
 * written with d3-dsv: UTF-8 with a byte order mark (so that Excel and
 * LibreOffice open the Chinese and Arabic intact), CRLF line endings, a header row.
 */
import { createHash } from 'node:crypto';
import { csvFormatRow } from 'd3-dsv';
import type { Model } from '../model/model.ts';
import { dataTables, type Cell, type DataTable } from './data-tables.ts';
import { base, documentUrl } from './urls.ts';
import { SOURCE_LOCALE } from '../schemas/vocab.ts';
import { DEFAULT_LOCALE } from '../i18n/registry.ts';

/** Where the data files are: /data/… */
export const dataUrl = (file: string): string => `${base()}/data/${file}`;

const PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';
const DIALECT_PROFILE = 'https://datapackage.org/profiles/2.0/tabledialect.json';

/** The byte order mark that tells spreadsheets the file is UTF-8. */
const BOM = '\uFEFF';

const cellText = (c: Cell): string => (c === undefined ? '' : String(c));

/** A table as CSV: BOM, header, one line per row, CRLF. */
function csvText(table: Pick<DataTable, 'fields' | 'rows'>): string {
  const lines = [table.fields.map((f) => f.name), ...table.rows.map((r) => r.map(cellText))].map((r) => csvFormatRow(r));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Licences, written once. The text of the Council document (the original's
 * blocks and quotes) is ITU's: reproduced, not relicensed. The structured
 * data and the translations are this project's.
 */
export const LICENSES = [
  {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'The structured data (facts, links, keys) and the translations: this project’s work, under CC BY 4.0',
  },
  {
    name: 'LicenseRef-ITU-Copyright',
    title:
      'The text of the Council document in its original language (paragraphs text and heading columns of the original language, quotes, original): © International Telecommunication Union (ITU), reproduced for reference and not relicensed',
  },
] as const;

export interface DataFile {
  /** File name under /data/. */
  file: string;
  table: DataTable;
  text: string;
  bytes: number;
  sha256: string;
}

/** Every CSV file of the package, with its size and hash. */
export function dataFiles(model: Model): DataFile[] {
  return dataTables(model).map((table) => {
    const text = csvText(table);
    const buf = Buffer.from(text, 'utf8');
    return { file: `${table.name}.csv`, table, text, bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') };
  });
}

/** The tables the list explorers let a reader download a selection of (Explorer.astro); each is also JSON, /data/<table>.json. */
export const SELECTION_TABLES = ['activities', 'forums'] as const;
export type SelectionTable = (typeof SELECTION_TABLES)[number];

/** A table as JSON: one record per row, its fields in schema order, a missing value null (the explorer's JSON download has the same records). */
export function tableJson(table: Pick<DataTable, 'fields' | 'rows'>): string {
  const records = table.rows.map((r) => Object.fromEntries(table.fields.map((f, i) => [f.name, r[i] ?? null])));
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** The datapackage.json descriptor. `site` is the site's origin (absolute URLs for sources and homepage). */
function dataPackage(model: Model, site: string, files: DataFile[] = dataFiles(model)) {
  const doc = model.currentDocument;
  const absolute = (path: string) => new URL(path, site).href;
  return {
    $schema: PACKAGE_PROFILE,
    name: 'itu-regional-presence',
    title: 'ITU regional presence: the facts of the Council document, structured',
    description:
      'The regions, forums, activities, resolutions, references, organizations, places and countries of the ITU Council document on the contribution of the regional presence, with every many-to-many link, the paragraphs of the document (the original verbatim, and our translations) and the quotes that state each fact. Every row names the document blocks it rests on (the *_sources tables). / 理事会文件所述区域、论坛、活动、决议、组织、地点和国家的结构化数据，附文件段落及陈述每项事实的原文。',
    homepage: absolute(`${base()}/`),
    version: '1.0.0',
    keywords: ['ITU', 'regional presence', 'Council', 'telecommunication development'],
    licenses: LICENSES.map((l) => ({ ...l })),
    sources: model.documents.map((d) => ({
      title: `ITU Council ${d.facts.year} (${d.facts.session})${d.facts.symbol ? `, ${d.facts.symbol}` : ''}: ${d.text[SOURCE_LOCALE].title}`,
      path: absolute(documentUrl(DEFAULT_LOCALE, d.id)),
    })),
    contributors: [
      { title: 'International Telecommunication Union (ITU)', roles: ['author'], path: absolute(documentUrl(SOURCE_LOCALE, doc.id)) },
    ],
    resources: files.map((f) => ({
      name: f.table.name,
      type: 'table',
      path: f.file,
      description: f.table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: f.bytes,
      hash: `sha256:${f.sha256}`,
      dialect: { $schema: DIALECT_PROFILE, header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"' },
      schema: {
        $schema: TABLE_SCHEMA_PROFILE,
        fields: f.table.fields,
        missingValues: [''],
        primaryKey: f.table.primaryKey,
        ...(f.table.foreignKeys.length ? { foreignKeys: f.table.foreignKeys } : {}),
      },
    })),
  };
}

/** The descriptor's file text, as /data/datapackage.json serves it. */
export const packageText = (model: Model, site: string, files?: DataFile[]): string =>
  `${JSON.stringify(dataPackage(model, site, files), null, 2)}\n`;
