/**
 * Reads the content tree with plain Node, outside Astro, and validates it with
 * the same schemas and integrity checks as the build. `npm run check` and the
 * tests use it; it reports every problem in one pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { FACT_COLLECTIONS, FACT_SCHEMAS, type FactCollection, textSchema } from '../schemas/index.ts';
import { show } from '../schemas/fields.ts';
import { checkIntegrity, type ContentSet, type FactEntry, type TextEntry } from './integrity.ts';
import type { Problem } from './problems.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Loaded {
  set: ContentSet;
  problems: Problem[];
  /** MDX bodies of the texts, by file, for further checks. */
  bodies: Map<string, { body: string; bodyLine: number }>;
}

/** Decodes a file strictly: a non-UTF-8 file, an empty file or a BOM is a problem. */
function readText(abs: string, file: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(abs);
  if (bytes.length === 0) {
    problems.push({ file, field: '', message: 'is empty (expected YAML facts or MDX with frontmatter)' });
    return undefined;
  }
  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text, so that the check below can see it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    problems.push({ file, field: '', message: 'is not valid UTF-8 (save it as UTF-8)' });
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push({ file, line: 1, field: '', message: 'starts with a byte-order mark (save it as UTF-8 without BOM)' });
    return undefined;
  }
  return text;
}

function parseYaml(src: string, file: string, lineOffset: number, problems: Problem[]): unknown {
  try {
    return yaml.load(src, { filename: file });
  } catch (e) {
    const err = e as { mark?: { line: number }; reason?: string; message: string };
    problems.push({ file, line: err.mark ? err.mark.line + 1 + lineOffset : undefined, field: '', message: `YAML syntax error: ${err.reason ?? err.message}` });
    return undefined;
  }
}

/** Line of a top-level or nested key (and optionally a value) in a file's text. */
export function makeLineOf(sources: Map<string, string>) {
  return (file: string, field: string, value?: unknown): number | undefined => {
    const text = sources.get(file);
    if (!text) return undefined;
    const lines = text.split('\n');
    const key = String(field).split(/[.[]/)[0];
    const start = lines.findIndex((l) => new RegExp(`^\\s*-?\\s*${key.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}\\s*:`).test(l));
    if (start < 0) return undefined;
    if (value !== undefined && typeof value !== 'object') {
      const v = String(value);
      for (let i = start; i < lines.length; i++) {
        if (i > start && /^\S/.test(lines[i])) break;
        if (lines[i].includes(v)) return i + 1;
      }
    }
    return start + 1;
  };
}

type LineOf = (file: string, field: string, value?: unknown) => number | undefined;

/** How zod's type names read in a message. */
const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'a mapping of fields', string: 'a text value', number: 'a number', boolean: 'true or false', record: 'a mapping' };

/** What a YAML value is, in words: "a number", "a list". */
function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'empty';
  if (v instanceof Date) return 'a date';
  return TYPE_NAMES[typeof v] ?? typeof v;
}

/**
 * Messages for issues the schemas leave to zod (a wrong type where no field
 * builder was used): name the value, what it is and what was expected.
 */
const parseError = (iss: z.core.$ZodRawIssue): string | undefined => {
  if (iss.code === 'invalid_type' && iss.input !== undefined) {
    return `${show(iss.input)} is ${kindOf(iss.input)} (expected ${TYPE_NAMES[iss.expected] ?? iss.expected})`;
  }
  return undefined;
};

export function zodProblems(error: z.ZodError, file: string, lineOf: LineOf, data: unknown, isText: boolean): Problem[] {
  // One message per field: a missing start must not also be reported as "missing although end is set".
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const iss of error.issues) {
    for (const p of issueProblems(iss, file, lineOf, data, isText)) {
      if (seen.has(p.field)) continue;
      seen.add(p.field);
      problems.push(p);
    }
  }
  return problems;
}

function issueProblems(iss: z.core.$ZodIssue, file: string, lineOf: LineOf, data: unknown, isText: boolean): Problem[] {
  const field = iss.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
  if (iss.code === 'unrecognized_keys') {
    return iss.keys.map((key) => ({
      file,
      line: lineOf(file, key),
      field: field ? `${field}.${key}` : key,
      message: isText
        ? `is not allowed in a text file (a translation carries words only; facts belong in the .yaml file)`
        : `is not a known field (check the spelling; see the schema reference)`,
    }));
  }
  let value: unknown = data;
  for (const p of iss.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[p as PropertyKey] : undefined;
  let message = iss.message;
  if (iss.code === 'invalid_type' && value === undefined && !message.startsWith('is required')) message = `is required (expected ${TYPE_NAMES[iss.expected] ?? iss.expected})`;
  return [{ file, line: lineOf(file, String(iss.path[0] ?? ''), typeof value === 'object' ? undefined : value), field, message }];
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => !f.startsWith('_') && !f.startsWith('.') && statSync(join(dir, f)).isDirectory());
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile() && !f.startsWith('_') && !f.startsWith('.'));
}

/** Loads and validates every entry under the content root. */
export function loadContent(root = './content', cwd = process.cwd()): Loaded {
  const problems: Problem[] = [];
  const sources = new Map<string, string>();
  const lineOf = makeLineOf(sources);
  // CONTENT_ROOT may be absolute (a temp tree, generated content): resolve, never join.
  const base = resolve(cwd, root);
  const home = resolve(cwd);
  const rel = (abs: string) => (abs.startsWith(home + sep) ? relative(home, abs) : abs);
  const facts = {} as Record<FactCollection, FactEntry[]>;
  const bodies = new Map<string, { body: string; bodyLine: number }>();
  const rejected = new Set<string>();

  if (!existsSync(base) || !statSync(base).isDirectory()) {
    problems.push({ file: rel(base), field: '', message: 'does not exist (expected the content root, with one folder per collection and text/)' });
  } else {
    // A folder that is not a collection would be skipped by the build without a word.
    for (const name of readdirSync(base)) {
      if (name.startsWith('_') || name.startsWith('.') || !statSync(join(base, name)).isDirectory()) continue;
      if (name !== 'text' && !(FACT_COLLECTIONS as string[]).includes(name)) {
        problems.push({ file: rel(join(base, name)), field: '', message: `"${name}" is not a collection (known: ${[...FACT_COLLECTIONS, 'text'].join(', ')}); its files would be ignored` });
      }
    }
  }

  for (const collection of FACT_COLLECTIONS) {
    facts[collection] = [];
    const dir = join(base, collection);
    for (const name of subfolders(dir)) {
      problems.push({ file: rel(join(dir, name)), field: '', message: `is a folder (facts files are content/${collection}/<id>.yaml, without subfolders; its files would be ignored)` });
    }
    for (const name of yamlFiles(dir)) {
      const file = rel(join(dir, name));
      if (!name.endsWith('.yaml')) {
        problems.push({ file, field: '', message: `is not a .yaml file (facts files are <id>.yaml; this file would be ignored)` });
        // Its texts are not "without entry": the entry is there, misnamed.
        rejected.add(`${collection}/${name.replace(/\.[^.]*$/, '').toLowerCase()}`);
        continue;
      }
      const id = name.slice(0, -'.yaml'.length);
      if (!ID.test(id)) {
        problems.push({ file, field: '', message: `"${id}" is not a valid id (expected lower-case words joined by "-", like "rdf-afr-2023")` });
        rejected.add(`${collection}/${id.toLowerCase()}`);
        continue;
      }
      // Until it validates, the entry exists but is rejected; its problem is already reported.
      rejected.add(`${collection}/${id}`);
      const text = readText(join(dir, name), file, problems);
      if (text === undefined) continue;
      sources.set(file, text);
      const data = parseYaml(text, file, 0, problems);
      if (data === undefined) continue;
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ file, field: '', message: 'is not a YAML mapping of fields' });
        continue;
      }
      const parsed = FACT_SCHEMAS[collection].safeParse(data, { error: parseError });
      if (!parsed.success) {
        problems.push(...zodProblems(parsed.error, file, lineOf, data, false));
        continue;
      }
      rejected.delete(`${collection}/${id}`);
      facts[collection].push({ id, file, data: parsed.data as Record<string, unknown> });
    }
  }

  const texts: TextEntry[] = [];
  const textRoot = join(base, 'text');
  const walk = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)])) : [];
  for (const abs of walk(textRoot)) {
    const file = rel(abs);
    const parts = relative(textRoot, abs).split(/[\\/]/);
    if (parts.some((p) => p.startsWith('_') || p.startsWith('.'))) continue;
    if (!abs.endsWith('.mdx')) {
      problems.push({ file, field: '', message: 'is not an .mdx file (text files are content/text/<locale>/<collection>/<id>.mdx; this file would be ignored)' });
      continue;
    }
    if (parts.length !== 3) {
      problems.push({ file, field: '', message: 'is not at content/text/<locale>/<collection>/<id>.mdx' });
      continue;
    }
    const [locale, collection, name] = parts;
    const id = name.slice(0, -'.mdx'.length);
    if (!ID.test(id)) {
      problems.push({ file, field: '', message: `"${id}" is not a valid id (expected lower-case words joined by "-")` });
      continue;
    }
    rejected.add(`${locale}/${collection}/${id}`);
    const text = readText(abs, file, problems);
    if (text === undefined) continue;
    sources.set(file, text);
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!m) {
      problems.push({ file, line: 1, field: '', message: 'has no frontmatter (expected a block between "---" lines at the top, with at least title)' });
      continue;
    }
    const data = parseYaml(m[1], file, 1, problems);
    if (data === undefined) continue;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, line: 2, field: '', message: 'frontmatter is not a YAML mapping of fields' });
      continue;
    }
    bodies.set(file, { body: m[2], bodyLine: m[1].split('\n').length + 3 });
    const parsed = textSchema.safeParse(data, { error: parseError });
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, file, lineOf, data, true));
      continue;
    }
    rejected.delete(`${locale}/${collection}/${id}`);
    texts.push({ locale, collection, id, file, data: parsed.data as Record<string, unknown> });
  }

  const set: ContentSet = { facts, texts, rejected };
  problems.push(...checkIntegrity(set, lineOf));
  return { set, problems, bodies };
}
