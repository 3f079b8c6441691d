/**
 * Writes a new entry for `npm run new`: the facts file with every field and a
 * comment on each (from the schema descriptions), and the text in every
 * language. Pure: the CLI (scripts/new.ts) asks the questions and writes the
 * files; the tests check that what it writes validates.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { FACT_SCHEMAS, type FactCollection } from '../schemas/index.ts';
import { LOCALES, SOURCE_LOCALE } from '../schemas/vocab.ts';
import { language } from '../i18n/registry.ts';
import { allowedValues, fieldDocs, schemaDescription, type FieldDoc, type FieldType } from './schema-doc.ts';

/** What the answers are checked against: the ids that exist. */
export interface Known {
  ids: Record<string, Set<string>>;
  /** Block ids of each document. */
  blocks: Record<string, Set<string>>;
  /** The current edition, which a source without `document` cites. */
  current?: string;
}

export interface Question {
  /** "kind", "source.blocks", "title.en", "blocks.p1.zh-cn". */
  key: string;
  /** What to ask, in both languages. */
  prompt: string;
  /** Allowed values or the form expected. */
  hint: string;
  field: FieldDoc;
}

/** Text fields each collection uses (the others are for documents or forums only). */
const TEXT_FIELDS: Record<string, string[]> = {
  documents: ['title', 'blockTitles', 'blocks'],
  forums: ['title', 'short', 'summary', 'theme'],
  places: ['title'],
};
const textFieldsOf = (collection: string) => TEXT_FIELDS[collection] ?? ['title', 'short', 'summary'];

const SAMPLE_LIST = 8;

/**
 * The form of a value, in a few words: for a prompt (lists are typed
 * comma-separated) or for a comment in the file (lists are written [a, b]).
 */
function hintOf(type: FieldType, known?: Known, mode: 'prompt' | 'file' = 'prompt'): string {
  switch (type.kind) {
    case 'date':
      return 'a date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
    case 'country':
      return 'an ISO country code, like ET';
    case 'block':
      return 'a paragraph id of the document, like p3-3';
    case 'ref': {
      const ids = [...(known?.ids[type.collection] ?? [])].sort();
      const sample = ids.length ? `: ${ids.slice(0, SAMPLE_LIST).join(', ')}${ids.length > SAMPLE_LIST ? ', …' : ''}` : '';
      return `an id from content/${type.collection}/${sample}`;
    }
    case 'enum':
      return `one of: ${type.values.join(', ')}`;
    case 'list':
      if (type.of.kind === 'object') return mode === 'prompt' ? 'YAML, like [{ field: value }]' : 'a list of { … } items';
      return `${mode === 'prompt' ? 'comma-separated' : 'a list like [a, b]'}, each ${hintOf(type.of, known, mode)}`;
    case 'pair':
      return mode === 'prompt' ? 'longitude, latitude, like 38.75, 9.03' : '[longitude, latitude], like [38.75, 9.03]';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'text':
      return type.maxLength ? `text, at most ${type.maxLength} characters` : 'text';
    case 'map':
      return mode === 'prompt' ? 'YAML, like { p1: text }' : 'lines of "block-id: text", indented';
    default:
      return mode === 'prompt' ? 'YAML, like { field: value }' : 'fields, one a line';
  }
}

/** Required facts fields without a default: the questions to ask. Fields of list items are answered as YAML with their list. */
export function factQuestions(collection: FactCollection, known?: Known): Question[] {
  const fields = fieldDocs(collection);
  const asked: Question[] = [];
  for (const f of fields) {
    if (!f.required || f.default !== undefined || f.path.includes('[]') || f.type.kind === 'object') continue;
    // A nested field is asked only when its parent object is required.
    const parent = f.path.includes('.') ? fields.find((p) => p.path === f.path.slice(0, f.path.lastIndexOf('.'))) : undefined;
    if (parent && !parent.required) continue;
    asked.push({ key: f.path, prompt: `${f.description} · ${f.descriptionZh}`, hint: hintOf(f.type, known), field: f });
  }
  return asked;
}

function titleField(): FieldDoc {
  const title = fieldDocs('text').find((f) => f.name === 'title');
  if (!title) throw new Error('the text schema has no title field');
  return title;
}

/** Text questions: the title in every language, and for a document the text of each block. */
export function textQuestions(collection: FactCollection, facts: Record<string, unknown> = {}): Question[] {
  const title = titleField();
  // Only the original's language is required: the others may be left for translators, as stubs the check flags.
  const optional = (l: string) => (l === SOURCE_LOCALE ? '' : ' (optional: empty writes a stub marked untranslated)');
  const out: Question[] = LOCALES.map((l) => ({
    key: `title.${l}`,
    prompt: `Title in ${language(l).editorName} · ${title.descriptionZh}${optional(l)}`,
    hint: hintOf(title.type),
    field: title,
  }));
  if (collection === 'documents') {
    const block = { ...title, type: { kind: 'text' } as FieldType };
    for (const b of (facts.blocks as { id: string }[] | undefined) ?? []) {
      for (const l of LOCALES)
        out.push({
          key: `blocks.${b.id}.${l}`,
          prompt: `Text of block ${b.id} in ${language(l).editorName} · 段落文字${optional(l)}`,
          hint: 'text',
          field: block,
        });
    }
  }
  return out;
}

/** Turns what was typed into a value of the field's type. */
export function parseAnswer(type: FieldType, raw: string): unknown {
  const s = raw.trim();
  switch (type.kind) {
    case 'integer':
    case 'number':
      return s === '' || Number.isNaN(Number(s)) ? s : Number(s);
    case 'list':
      if (s.startsWith('[') || type.of.kind === 'object') return yaml.load(s);
      return s
        .split(/[,，\s]+/)
        .filter(Boolean)
        .map((v) => parseAnswer(type.of, v));
    case 'pair':
      return s
        .replace(/^\[|\]$/g, '')
        .split(/[,，\s]+/)
        .filter(Boolean)
        .map(Number);
    case 'object':
    case 'map':
    case 'any':
      return yaml.load(s);
    default:
      return s;
  }
}

type AnyZod = z.ZodType & { shape?: Partial<Record<string, AnyZod>>; _zod: { def: { innerType?: AnyZod; element?: AnyZod } } };

/** The zod schema of a field, found by its path ("source.blocks"). */
function fieldSchema(collection: FactCollection, path: string): AnyZod | undefined {
  let node = FACT_SCHEMAS[collection] as unknown as AnyZod;
  for (const seg of path.split('.')) {
    while (!node.shape && node._zod.def.innerType) node = node._zod.def.innerType;
    const next: AnyZod | undefined = node.shape?.[seg];
    if (!next) return undefined;
    node = next;
  }
  return node;
}

/** Why an answer is not acceptable, or undefined: the field's own schema, then ids that must exist. */
export function checkAnswer(collection: FactCollection, q: Question, value: unknown, known: Known): string | undefined {
  if (q.key.startsWith('title.') || q.key.startsWith('blocks.')) {
    const source = q.key.endsWith(`.${SOURCE_LOCALE}`);
    return (typeof value === 'string' && value.trim()) || !source ? undefined : 'is required';
  }
  const schema = fieldSchema(collection, q.key);
  const parsed = schema?.safeParse(value);
  if (parsed && !parsed.success)
    return parsed.error.issues.map((i) => `${i.path.length ? `[${i.path.join('.')}] ` : ''}${i.message}`).join('; ');
  const values = Array.isArray(value) ? value : [value];
  const type = q.field.type.kind === 'list' ? q.field.type.of : q.field.type;
  for (const v of values) {
    if (type.kind === 'ref' && !(known.ids[type.collection] ?? new Set()).has(String(v)))
      return `"${String(v)}" is not in content/${type.collection}/ (${hintOf(type, known)})`;
    if (type.kind === 'block') {
      // Blocks of the current edition: source.document is optional, and not asked.
      const blocks = known.blocks[known.current ?? ''] ?? new Set<string>();
      if (!blocks.has(String(v))) return `"${String(v)}" is not a paragraph of the document`;
    }
  }
  return undefined;
}

/** A YAML scalar: plain when it reads back as itself, else double-quoted. Dates are always quoted. */
function scalar(v: unknown, type?: FieldType): string {
  if (typeof v !== 'string') return String(v);
  if (type?.kind !== 'date' && v !== '' && yaml.load(v) === v && !/[:#,[\]{}]/.test(v)) return v;
  return JSON.stringify(v);
}

function yamlValue(v: unknown, type: FieldType): string {
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object'))
    return `[${v.map((x) => scalar(x, type.kind === 'list' ? type.of : undefined)).join(', ')}]`;
  if (v !== null && typeof v === 'object') return yaml.dump(v, { flowLevel: 0, lineWidth: -1 }).trim();
  return scalar(v, type);
}

function placeholder(type: FieldType): string {
  switch (type.kind) {
    case 'date':
      return '"YYYY-MM-DD"';
    case 'country':
      return 'XX';
    case 'ref':
      return `<id from content/${type.collection}/>`;
    case 'integer':
    case 'number':
      return '<number>';
    case 'text':
      return '""';
    case 'enum':
      return type.values[0];
    default:
      return '';
  }
}

/** The comment above a field: what it is, whether it is required, the form of its value. */
function comment(f: FieldDoc, all: FieldDoc[]): string {
  const parts = [f.required ? 'required' : 'optional'];
  if (f.default !== undefined && !(Array.isArray(f.default) && f.default.length === 0)) parts.push(`default: ${JSON.stringify(f.default)}`);
  const values = allowedValues(f.type);
  if (values) parts.push(`one of: ${values.join(', ')}`);
  else if (f.type.kind !== 'object') parts.push(hintOf(f.type, undefined, 'file'));
  const items = all.filter((c) => c.path.startsWith(`${f.path}[].`) && c.depth === f.depth + 1);
  if (items.length) parts.push(`each item: { ${items.map((c) => `${c.name}${c.required ? '' : '?'}`).join(', ')} }`);
  return `# ${f.description} · ${f.descriptionZh} (${parts.join('; ')})`;
}

export interface ScaffoldFile {
  /** Relative to the content root. */
  path: string;
  text: string;
}

/** A text answer as the .mdx holds it; an unanswered one is empty. */
const answerText = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));

/**
 * The files of a new entry. `answers` holds the facts by field path and the
 * texts by "title.<locale>" (and "blocks.<id>.<locale>" for documents).
 * `schemaRef` is the path from the facts file to its JSON Schema.
 */
export function scaffold(collection: FactCollection, id: string, answers: Record<string, unknown>, schemaRef: string): ScaffoldFile[] {
  const fields = fieldDocs(collection);
  const { en, zh } = schemaDescription(collection);
  const lines = [
    `# yaml-language-server: $schema=${schemaRef}`,
    `# ${en} · ${zh}`,
    `# Facts only: dates, codes and ids. The words are in text/<language>/${collection}/${id}.mdx.`,
    '# Check your work with: npm run check -- --content-only',
  ];
  for (const f of fields) {
    if (f.path.includes('[]')) continue;
    const indent = '  '.repeat(f.depth);
    if (f.depth === 0) lines.push('');
    lines.push(`${indent}${comment(f, fields)}`);
    if (f.type.kind === 'object') {
      // An optional object with nothing answered stays a comment: an empty one is an error.
      const open = (f.required && f.default === undefined) || Object.keys(answers).some((k) => k.startsWith(`${f.path}.`));
      lines.push(`${indent}${open ? '' : '# '}${f.name}:`);
      continue;
    }
    if (f.path in answers) lines.push(`${indent}${f.name}: ${yamlValue(answers[f.path], f.type)}`);
    else if (Array.isArray(f.default) && f.default.length === 0) lines.push(`${indent}${f.name}: []`);
    else if (f.default !== undefined) lines.push(`${indent}# ${f.name}: ${yamlValue(f.default, f.type)}`);
    else lines.push(`${indent}# ${f.name}: ${placeholder(f.type)}`);
  }
  const files: ScaffoldFile[] = [{ path: `${collection}/${id}.yaml`, text: `${lines.join('\n')}\n` }];

  const textFields = fieldDocs('text').filter((f) => f.depth === 0 && textFieldsOf(collection).includes(f.name));
  for (const locale of LOCALES) {
    // A language left unanswered gets a stub: the original's words, marked untranslated, which the check reports.
    const stub = locale !== SOURCE_LOCALE && !answerText(answers[`title.${locale}`]).trim();
    const from = stub ? SOURCE_LOCALE : locale;
    const head = [
      `# Text of ${collection}/${id}.yaml in ${language(locale).editorName}${locale === SOURCE_LOCALE ? ', the language of the original' : ''}.`,
      '# Words only: dates, places and other facts stay in the .yaml file.',
      ...(stub
        ? [
            `# Not translated yet: the text below is the ${language(SOURCE_LOCALE).editorName} one. Translate it, then delete the next line.`,
            'untranslated: true',
          ]
        : []),
    ];
    for (const f of textFields) {
      head.push(comment(f, []));
      if (f.name === 'title') head.push(`title: ${JSON.stringify(answerText(answers[`title.${from}`]))}`);
      else if (f.name === 'blocks' && collection === 'documents') {
        head.push('blocks:');
        for (const b of (answers.blocks as { id: string }[] | undefined) ?? [])
          head.push(`  ${b.id}: ${JSON.stringify(answerText(answers[`blocks.${b.id}.${from}`]))}`);
      } else head.push(`# ${f.name}: ${f.type.kind === 'map' ? '{}' : '""'}`);
    }
    files.push({ path: `text/${locale}/${collection}/${id}.mdx`, text: `---\n${head.join('\n')}\n---\n` });
  }
  return files;
}
