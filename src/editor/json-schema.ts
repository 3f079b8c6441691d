/**
 * JSON Schema of every collection, generated from the zod schemas with
 * z.toJSONSchema so that it cannot drift from them. Two uses:
 * - the schema reference page (schema-doc.ts reads the raw form, with the
 *   `ref` and `zh` metadata);
 * - the files in public/schemas/ for editors' tools (the editor form: plain
 *   JSON Schema, both languages in `description`), kept up to date by
 *   `npm run schemas` and checked by `npm run check` and the tests.
 */
import { z } from 'astro/zod';
import { FACT_COLLECTIONS, FACT_SCHEMAS, type FactCollection, textSchema } from '../schemas/index.ts';

export type SchemaName = FactCollection | 'text';
export const SCHEMA_NAMES: SchemaName[] = [...FACT_COLLECTIONS, 'text'];

export type JsonSchema = Record<string, unknown>;

/** The JSON Schema as zod writes it, metadata included (input side: defaults are optional). */
export function rawJsonSchema(name: SchemaName): JsonSchema {
  const schema = name === 'text' ? textSchema : FACT_SCHEMAS[name];
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

const REF_WORDS: Record<string, [string, string]> = {
  blocks: ['a block id of the document', '文件的段落编号'],
};
const refWords = (target: string): [string, string] =>
  REF_WORDS[target] ?? [`the id of an entry of content/${target}/`, `content/${target}/ 中条目的编号`];

/** The editor form: no custom keywords, both languages in `description`. */
function forEditors(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forEditors);
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  const n = node as JsonSchema;
  for (const [k, v] of Object.entries(n)) {
    if (k === 'ref' || k === 'zh') continue;
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, forEditors(s)])) : forEditors(v);
  }
  const en = typeof n.description === 'string' ? [n.description] : [];
  const zh = typeof n.zh === 'string' ? [n.zh] : [];
  if (typeof n.ref === 'string') {
    const [e, c] = refWords(n.ref);
    en.push(`(${e})`);
    zh.push(`（${c}）`);
  }
  if (en.length || zh.length) out.description = [en.join(' '), zh.join('')].filter(Boolean).join('\n');
  return out;
}

/** The file written to public/schemas/<name>.json. */
export function editorJsonSchema(name: SchemaName): JsonSchema {
  const schema = forEditors(rawJsonSchema(name)) as JsonSchema;
  const file = name === 'text' ? 'content/text/<language>/<collection>/<id>.mdx (frontmatter)' : `content/${name}/<id>.yaml`;
  return { $schema: schema.$schema, title: file, ...schema };
}

/** Every schema file, name → JSON text, as written to public/schemas/. */
export function schemaFiles(): Map<string, string> {
  return new Map(SCHEMA_NAMES.map((n) => [`${n}.json`, `${JSON.stringify(editorJsonSchema(n), null, 2)}\n`]));
}
