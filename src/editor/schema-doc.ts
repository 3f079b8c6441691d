/**
 * The fields of each collection as rows for the schema reference page and
 * for the scaffolder (scripts/new.ts), read from the generated JSON Schema
 * (json-schema.ts), so neither can drift from src/schemas. Pure.
 */
import type { Locale } from '../schemas/vocab.ts';
import { t, type TextKey } from '../i18n/ui.ts';
import { language, type Language } from '../i18n/registry.ts';
import { rawJsonSchema, type JsonSchema, type SchemaName } from './json-schema.ts';

/** What a field holds, as a small tree: rendered in words by `typeLabel`. */
export type FieldType =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'number' | 'integer'; min?: number; max?: number }
  | { kind: 'date' | 'country' | 'block' }
  | { kind: 'ref'; collection: string }
  | { kind: 'enum'; values: string[] }
  | { kind: 'pair' }
  | { kind: 'list'; of: FieldType; minItems?: number }
  | { kind: 'object' }
  | { kind: 'map'; of: FieldType }
  | { kind: 'any' };

export interface FieldDoc {
  /** "kind", "source.blocks", "figures[].key". */
  path: string;
  /** The last segment, as written in the file. */
  name: string;
  /** 0 for top-level fields, 1 inside an object or a list of objects… */
  depth: number;
  required: boolean;
  type: FieldType;
  description: string;
  descriptionZh: string;
  default?: unknown;
}

const DATE_PATTERN = String.raw`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$`;
const COUNTRY_PATTERN = '^[A-Z]{2}$';

function typeOf(node: JsonSchema): FieldType {
  if (typeof node.ref === 'string') return node.ref === 'blocks' ? { kind: 'block' } : { kind: 'ref', collection: node.ref };
  if (Array.isArray(node.enum)) return { kind: 'enum', values: node.enum.map(String) };
  if (node.type === 'string') {
    if (node.pattern === DATE_PATTERN) return { kind: 'date' };
    if (node.pattern === COUNTRY_PATTERN) return { kind: 'country' };
    return { kind: 'text', maxLength: node.maxLength as number | undefined };
  }
  if (node.type === 'number' || node.type === 'integer') {
    const min = (node.minimum ?? node.exclusiveMinimum) as number | undefined;
    const max = node.maximum as number | undefined;
    return { kind: node.type, min, max: max !== undefined && max < 1e15 ? max : undefined };
  }
  if (node.type === 'array') {
    if (Array.isArray(node.prefixItems)) return { kind: 'pair' };
    return { kind: 'list', of: typeOf((node.items ?? {}) as JsonSchema), minItems: node.minItems as number | undefined };
  }
  if (node.type === 'object') {
    if (node.properties) return { kind: 'object' };
    return { kind: 'map', of: typeOf((node.additionalProperties ?? {}) as JsonSchema) };
  }
  return { kind: 'any' };
}

/** A description or its Chinese (`zh`), as zod's metadata puts it in the JSON Schema; "" when absent. */
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Rows of one object's properties, then of nested objects and lists of objects, depth first. */
function rows(node: JsonSchema, prefix: string, depth: number): FieldDoc[] {
  const props = (node.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((node.required ?? []) as string[]);
  return Object.entries(props).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const row: FieldDoc = {
      path,
      name,
      depth,
      required: required.has(name),
      type: typeOf(child),
      description: text(child.description),
      descriptionZh: text(child.zh),
      ...('default' in child ? { default: child.default } : {}),
    };
    const items = child.type === 'array' ? (child.items as JsonSchema | undefined) : undefined;
    if (child.type === 'object' && child.properties) return [row, ...rows(child, path, depth + 1)];
    if (items?.type === 'object' && items.properties) return [row, ...rows(items, `${path}[]`, depth + 1)];
    return [row];
  });
}

/** Every field of a collection (or of text files), in schema order. */
export function fieldDocs(name: SchemaName): FieldDoc[] {
  return rows(rawJsonSchema(name), '', 0);
}

/** The collection's own description, in both languages. */
export function schemaDescription(name: SchemaName): Record<Language['schemaDocs'], string> {
  const s = rawJsonSchema(name);
  return { en: text(s.description), zh: text(s.zh) };
}

/** A field type in words, in a language. */
export function typeLabel(type: FieldType, locale: Locale): string {
  const k = (key: string, vars: Record<string, string | number> = {}) => t(locale, `schema.type.${key}` as TextKey, vars);
  switch (type.kind) {
    case 'text':
      return type.maxLength ? k('text-max', { n: type.maxLength }) : k('text');
    case 'number':
    case 'integer':
      return k(type.kind);
    case 'ref':
      return k('ref', { collection: type.collection });
    case 'enum':
      return k('enum');
    case 'list':
      return k('list', { of: typeLabel(type.of, locale) });
    case 'map':
      return k('map', { of: typeLabel(type.of, locale) });
    default:
      return k(type.kind);
  }
}

/** The allowed values of a field, or of the items of a list field. */
export function allowedValues(type: FieldType): string[] | undefined {
  if (type.kind === 'enum') return type.values;
  if (type.kind === 'list') return allowedValues(type.of);
  return undefined;
}

/** A field's description in the language a site language shows schema descriptions in (its `schemaDocs`); English where the Chinese is missing. */
export const describe = (f: FieldDoc, locale: Locale) =>
  language(locale).schemaDocs === 'zh' ? f.descriptionZh || f.description : f.description;
