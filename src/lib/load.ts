/**
 * Reads the content tree with plain Node, outside Astro, and validates it with
 * the same schemas and integrity checks as the build. `npm run check` and the
 * tests use it; it reports every problem in one pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { FACT_COLLECTIONS, FACT_SCHEMAS, type FactCollection, textSchema } from '../schemas/index.ts';
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
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
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

export function zodProblems(error: z.ZodError, file: string, lineOf: (f: string, field: string, v?: unknown) => number | undefined, data: unknown, isText: boolean): Problem[] {
  return error.issues.map((iss) => {
    const field = iss.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
    if (iss.code === 'unrecognized_keys') {
      const keys = (iss as unknown as { keys: string[] }).keys;
      return {
        file,
        line: lineOf(file, keys[0]),
        field: field ? `${field}.${keys[0]}` : keys[0],
        message: isText
          ? `is not allowed in a text file (a translation carries words only; facts belong in the .yaml file)`
          : `is not a known field (check the spelling; see the schema reference)`,
      };
    }
    let value: unknown = data;
    for (const p of iss.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[p as PropertyKey] : undefined;
    let message = iss.message;
    if (iss.code === 'invalid_type' && value === undefined) message = `is required (expected ${(iss as unknown as { expected: string }).expected})`;
    return { file, line: lineOf(file, String(iss.path[0] ?? ''), typeof value === 'object' ? undefined : value), field, message };
  });
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
  const rel = (abs: string) => relative(cwd, abs) || abs;
  const facts = {} as Record<FactCollection, FactEntry[]>;
  const bodies = new Map<string, { body: string; bodyLine: number }>();

  if (!existsSync(resolve(cwd, root))) {
    problems.push({ file: root, field: '', message: 'does not exist (expected the content root, with the collections\' folders and text/; check CONTENT_ROOT)' });
  }
  for (const collection of FACT_COLLECTIONS) {
    facts[collection] = [];
    const dir = join(resolve(cwd, root), collection);
    for (const name of yamlFiles(dir)) {
      const file = rel(join(dir, name));
      if (!name.endsWith('.yaml')) {
        problems.push({ file, field: '', message: `is not a .yaml file (facts files are <id>.yaml; this file would be ignored)` });
        continue;
      }
      const id = name.slice(0, -'.yaml'.length);
      if (!ID.test(id)) {
        problems.push({ file, field: '', message: `"${id}" is not a valid id (expected lower-case words joined by "-", like "rdf-afr-2023")` });
        continue;
      }
      const text = readText(join(dir, name), file, problems);
      if (text === undefined) continue;
      sources.set(file, text);
      const data = parseYaml(text, file, 0, problems);
      if (data === undefined) continue;
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ file, field: '', message: 'is not a YAML mapping of fields' });
        continue;
      }
      const parsed = FACT_SCHEMAS[collection].safeParse(data);
      if (!parsed.success) {
        problems.push(...zodProblems(parsed.error, file, lineOf, data, false));
        continue;
      }
      facts[collection].push({ id, file, data: parsed.data as Record<string, unknown> });
    }
  }

  const texts: TextEntry[] = [];
  // resolve, not join: CONTENT_ROOT may be an absolute path (the benchmark's temporary root).
  const textRoot = join(resolve(cwd, root), 'text');
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
    const parsed = textSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, file, lineOf, data, true));
      continue;
    }
    texts.push({ locale, collection, id, file, data: parsed.data as Record<string, unknown> });
  }

  const set: ContentSet = { facts, texts };
  problems.push(...checkIntegrity(set, lineOf));
  return { set, problems, bodies };
}
