/**
 * The data package of the built site (/data/datapackage.json): valid against
 * the official Data Package v2 profile (vendored in
 * tests/fixtures/datapackage-profiles/), every resource a CSV that exists and
 * matches its Table Schema (each row validated by ajv against the schema's
 * types and constraints), unique primary keys, and foreign keys that resolve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { csvParseRows } from 'd3-dsv';
import { DIST } from '../helpers/dist.ts';
import { realModel } from '../helpers/content.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';

interface Field {
  name: string;
  type: string;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  encoding: string;
  schema: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

const profile = (name: string) => JSON.parse(readFileSync(`tests/fixtures/datapackage-profiles/${name}.json`, 'utf8')) as object;
const descriptor = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')) as { resources: Resource[]; licenses: unknown[] };

// The profiles are draft-07 with the spec's own annotation keywords (propertyOrder, context) and a "textarea" format.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('textarea', true);

/** A table's CSV, parsed: header and rows of strings, the BOM checked and removed. */
function csv(r: Resource): { text: string; header: string[]; rows: string[][] } {
  const buf = readFileSync(join(DIST, 'data', r.path));
  const text = buf.toString('utf8');
  expect(text.startsWith('\uFEFF'), `${r.path} starts with a UTF-8 byte order mark`).toBe(true);
  expect(buf.length, `${r.path}: bytes in the descriptor`).toBe(r.bytes);
  const [header, ...rows] = csvParseRows(text.slice(1).replace(/\r\n$/, ''));
  return { text, header, rows };
}

/** The JSON Schema of one row (empty cells are missing values, left out). */
function rowSchema(fields: Field[]): object {
  const json = (f: Field) => {
    const c = f.constraints ?? {};
    const type = f.type === 'integer' ? 'integer' : f.type === 'number' ? 'number' : 'string';
    return {
      type,
      ...(c.enum ? { enum: c.enum } : {}),
      ...(c.pattern ? { pattern: c.pattern } : {}),
      ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
      ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
    };
  };
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(fields.map((f) => [f.name, json(f)])),
    required: fields.filter((f) => f.constraints?.required).map((f) => f.name),
  };
}

/** A CSV cell as its Table Schema type reads it. */
function typed(f: Field, cell: string): string | number {
  if (f.type === 'integer') return /^-?\d+$/.test(cell) ? Number(cell) : cell;
  if (f.type === 'number') return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell) ? Number(cell) : cell;
  return cell;
}

const tables = new Map(descriptor.resources.map((r) => [r.name, { r, ...csv(r) }]));
const keyOf = (row: string[], header: string[], fields: string[]) => JSON.stringify(fields.map((f) => row[header.indexOf(f)]));

describe('/data/datapackage.json', () => {
  it('validates against the Data Package v2 profile, and every schema against the Table Schema v2 profile', () => {
    const pkg = ajv.compile(profile('datapackage'));
    expect(pkg(descriptor), ajv.errorsText(pkg.errors)).toBe(true);
    const tableSchema = ajv.compile(profile('tableschema'));
    for (const r of descriptor.resources) expect(tableSchema(r.schema), `${r.name}: ${ajv.errorsText(tableSchema.errors)}`).toBe(true);
  });

  it('declares its licences: the project’s data and translations, ITU’s text', () => {
    expect(JSON.stringify(descriptor.licenses)).toMatch(/CC-BY-4.0/);
    expect(JSON.stringify(descriptor.licenses)).toMatch(/International Telecommunication Union/);
  });

  it('has a resource per collection, and a description for every field', () => {
    for (const name of ['regions', 'forums', 'resolutions', 'activities', 'organizations', 'countries', 'places', 'paragraphs'])
      expect(tables.has(name), name).toBe(true);
    for (const name of ['activity_countries', 'activity_organizations', 'activity_resolutions', 'activity_themes', 'forum_organizations'])
      expect(tables.has(name), name).toBe(true);
    for (const r of descriptor.resources)
      for (const f of r.schema.fields) expect(f.description?.length ?? 0, `${r.name}.${f.name}`).toBeGreaterThan(10);
  });

  it('text columns exist per language', () => {
    for (const l of LOCALES) {
      expect(tables.get('activities')?.header).toContain(`title_${l}`);
      expect(tables.get('paragraphs')?.header).toContain(`text_${l}`);
    }
  });

  it.each(descriptor.resources.map((r) => [r.name, r] as const))(
    '%s: the CSV matches its Table Schema, and its primary key is unique',
    (_, r) => {
      const t = tables.get(r.name);
      if (!t) throw new Error(`${r.name} not read`);
      expect(t.header).toEqual(r.schema.fields.map((f) => f.name));
      expect(t.text.endsWith('\r\n')).toBe(true);
      expect(t.text.split('\r\n').length - 1, `${r.path}: CRLF line endings`).toBeGreaterThanOrEqual(t.rows.length + 1);
      const validate: ValidateFunction = ajv.compile(rowSchema(r.schema.fields));
      const seen = new Set<string>();
      t.rows.forEach((row, i) => {
        expect(row.length, `${r.path} row ${i + 2}: cells`).toBe(t.header.length);
        const obj = Object.fromEntries(r.schema.fields.flatMap((f, j) => (row[j] === '' ? [] : [[f.name, typed(f, row[j])]])));
        expect(validate(obj), `${r.path} row ${i + 2}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        const key = keyOf(row, t.header, r.schema.primaryKey);
        expect(seen.has(key), `${r.path} row ${i + 2}: primary key ${key} repeated`).toBe(false);
        seen.add(key);
      });
      for (const f of r.schema.fields.filter((x) => x.constraints?.unique)) {
        const values = t.rows.map((row) => row[t.header.indexOf(f.name)]);
        expect(new Set(values).size, `${r.path}: ${f.name} is unique`).toBe(values.length);
      }
    },
  );

  it.each(descriptor.resources.filter((r) => r.schema.foreignKeys).map((r) => [r.name, r] as const))(
    '%s: every foreign key resolves',
    (_, r) => {
      const t = tables.get(r.name);
      if (!t) throw new Error(`${r.name} not read`);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = tables.get(fk.reference.resource || r.name);
        if (!target) throw new Error(`${r.name}: foreign key to missing resource ${fk.reference.resource}`);
        const keys = new Set(target.rows.map((row) => keyOf(row, target.header, fk.reference.fields)));
        let checked = 0;
        t.rows.forEach((row, i) => {
          if (fk.fields.every((f) => row[t.header.indexOf(f)] === '')) return;
          checked++;
          const key = keyOf(row, t.header, fk.fields);
          expect(keys.has(key), `${r.path} row ${i + 2}: ${fk.fields.join(',')} ${key} is not in ${target.r.path}`).toBe(true);
        });
        if (t.rows.length && fk.fields.some((f) => r.schema.fields.find((x) => x.name === f)?.constraints?.required))
          expect(checked).toBe(t.rows.length);
      }
    },
  );

  it('the activities CSV has a row per activity; a date known to the month stays a month', () => {
    const model = realModel();
    const t = tables.get('activities');
    if (!t) throw new Error('no activities');
    expect(t.rows.map((r) => r[0])).toEqual(model.activities.map((a) => a.id));
    const monthly = model.activities.find((a) => a.facts.start && /^\d{4}-\d{2}$/.test(a.facts.start));
    if (!monthly) throw new Error('the content has no activity dated to the month (the check needs one)');
    const row = t.rows.find((r) => r[0] === monthly.id) ?? [];
    expect(row[t.header.indexOf('start')]).toBe(monthly.facts.start);
    expect(row[t.header.indexOf('start_precision')]).toBe('month');
  });

  it('keeps the Chinese of the original intact, and quotes carry their block', () => {
    const model = realModel();
    const p = tables.get('paragraphs');
    if (!p) throw new Error('no paragraphs');
    const doc = model.currentDocument;
    const row = p.rows.find((r) => r[1] === 'p2-3') ?? [];
    expect(row[p.header.indexOf('text_zh-cn')]).toBe(doc.text['zh-cn'].blocks?.['p2-3']);
    const q = tables.get('forum_quotes');
    expect(q?.rows.length).toBe(model.forums.reduce((n, f) => n + model.quotesOf(f).length, 0));
  });
});

describe('/data/<table>.json, the tables the explorers download selections of', () => {
  it.each(['activities', 'forums'])(
    '%s.json has the records of %s.csv: the same fields in order, the same cells, empty ones null',
    (name) => {
      const t = tables.get(name);
      if (!t) throw new Error(`no ${name} table`);
      const records = JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as Record<string, unknown>[];
      expect(records).toHaveLength(t.rows.length);
      records.forEach((rec, i) => {
        expect(Object.keys(rec), `${name}.json record ${i}`).toEqual(t.header);
        const cells = t.r.schema.fields.map((f, j) => (t.rows[i][j] === '' ? null : typed(f, t.rows[i][j])));
        expect(Object.values(rec), `${name}.json record ${i}`).toEqual(cells);
      });
    },
  );
});
