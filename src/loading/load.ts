/**
 * The one reader of the content tree: plain Node, validated with the schemas
 * and the integrity checks, every problem reported in one pass, the entries
 * typed per collection (content-set.ts). `npm run check`, the tests and the
 * build use it; in the build, the content check at config setup
 * (src/integrations/content-check.ts) and the Astro content loader
 * (content-loader.ts) share one memoised run of it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { FACT_COLLECTIONS, FACT_SCHEMAS, type FactCollection, factSchema, isFactCollection, textSchema } from '../schemas/index.ts';
import { isLocale, LOCALES } from '../schemas/vocab.ts';
import type { Text } from '../schemas/texts.ts';
import { checkIntegrity, type RawContentSet } from './integrity.ts';
import { checkProvenance } from './provenance.ts';
import { emptyFactSets, type ContentSet, type FactEntry, type FactsOf, type TextEntry } from './content-set.ts';
import type { Problem } from './problems.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Loaded {
  /** The entries that validated, typed per collection, and the files that did not (counted as present by the checks). */
  set: ContentSet & Pick<RawContentSet, 'invalid'>;
  problems: Problem[];
  /** MDX bodies of the texts, by file, with the line the body starts on. */
  bodies: Map<string, { body: string; bodyLine: number }>;
  /** Raw text of every file read, by file, for line lookups. */
  sources: Map<string, string>;
}

/** Field names of the text files; a fact file carrying one of them is misplaced text. */
const TEXT_FIELDS = Object.keys(textSchema.shape);

/**
 * YAML timestamps as js-yaml (and so Astro) builds them, but keeping the text
 * as written: an unquoted 2023-02-30 silently becomes 2 March, and the message
 * must name what the editor typed.
 */
const timestamp = (() => {
  // js-yaml exports its types, but @types/js-yaml does not declare them.
  const base = (yaml as unknown as { types: { timestamp: { resolve: (d: string) => boolean; construct: (d: string) => unknown } } }).types
    .timestamp;
  return new yaml.Type('tag:yaml.org,2002:timestamp', {
    kind: 'scalar',
    resolve: base.resolve,
    construct: (data: string) => Object.assign(base.construct(data) as Date, { raw: data }),
    instanceOf: Date,
  });
})();
const YAML_SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [timestamp] });

/** Decodes a file strictly: a non-UTF-8 file, an empty file or a BOM is a problem. */
function readText(abs: string, file: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(abs);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    problems.push({ file, field: '', message: 'is empty (expected YAML facts or MDX with frontmatter)' });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    problems.push({
      file,
      line: at.line,
      field: '',
      message: `is not valid UTF-8 (byte 0x${at.byte.toString(16).padStart(2, '0')} at line ${at.line}; save the file as UTF-8)`,
    });
    return undefined;
  }
  // TextDecoder drops a BOM silently, so look at the bytes.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({ file, line: 1, field: '', message: 'starts with a byte-order mark (save it as UTF-8 without BOM)' });
    return undefined;
  }
  return text;
}

/** Where decoding fails first: the line and the offending byte. */
function firstInvalidUtf8(bytes: Buffer): { line: number; byte: number } {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return { line, byte: b };
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return { line, byte: b };
    }
    if (b === 0x0a) line++;
    i += len;
  }
  return { line, byte: bytes[bytes.length - 1] };
}

function parseYaml(src: string, file: string, lineOffset: number, problems: Problem[]): unknown {
  try {
    return yaml.load(src, { filename: file, schema: YAML_SCHEMA });
  } catch (e) {
    const err = e as { mark?: { line: number }; reason?: string; message: string };
    const reason = err.reason ?? err.message;
    // js-yaml notices an unclosed quote lines later, in words that do not say so.
    const unclosed = err.mark ? unclosedQuoteLine(src, err.mark.line) : undefined;
    if (unclosed !== undefined) {
      problems.push({
        file,
        line: unclosed + 1 + lineOffset,
        field: '',
        message: `YAML syntax error: a quote opened on this line is not closed (${reason})`,
      });
    } else {
      problems.push({
        file,
        line: err.mark ? err.mark.line + 1 + lineOffset : undefined,
        field: '',
        message: `YAML syntax error: ${reason}`,
      });
    }
    return undefined;
  }
}

/** First line (0-based, up to `last`) with an odd number of double quotes, ignoring comments and escaped quotes. */
function unclosedQuoteLine(src: string, last: number): number | undefined {
  const lines = src.split('\n');
  for (let i = 0; i <= last && i < lines.length; i++) {
    const code = lines[i]
      .replace(/\\./g, '')
      .replace(/'[^']*'/g, '')
      .replace(/\s#.*$/, '');
    if ((code.match(/"/g) ?? []).length % 2 === 1) return i;
  }
  return undefined;
}

const escapeRe = (s: string) => s.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');

/**
 * Line of a field in a file's text, for messages: the line of the top-level
 * key, or of the first line under it that holds the value.
 */
function makeLineOf(sources: Map<string, string>) {
  return (file: string, field: string, value?: unknown): number | undefined => {
    const text = sources.get(file);
    if (!text) return undefined;
    const lines = text.split('\n');
    const key = field.split(/[.[]/)[0];
    if (!key) return undefined;
    const start = lines.findIndex((l) => new RegExp(`^\\s*-?\\s*["']?${escapeRe(key)}["']?\\s*:`).test(l));
    if (start < 0) return undefined;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      const v = String(value);
      for (let i = start; i < lines.length; i++) {
        if (i > start && /^\S/.test(lines[i])) break;
        if (lines[i].includes(v)) return i + 1;
      }
    }
    return start + 1;
  };
}

/** Where a file sits, so that field messages can point to the right other file. */
interface FileContext {
  kind: 'facts' | 'text';
  collection: string;
  id: string;
  locale?: string;
  /** The content root as written in file names, e.g. "content". */
  root: string;
}

const fieldPath = (path: PropertyKey[]) =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');

/** What turns zod's issues into problems: the error, the file, its line finder, the data read and where it sits. */
type IssueArgs = [
  error: z.ZodError,
  file: string,
  lineOf: (f: string, field: string, v?: unknown) => number | undefined,
  data: unknown,
  ctx: FileContext,
];

function zodProblems(...args: IssueArgs): Problem[] {
  // One message per field: a missing start must not also be reported as "missing although end is set".
  const seen = new Set<string>();
  return issueProblems(...args).filter((p) => !seen.has(p.field) && seen.add(p.field));
}

/**
 * A missing field of a list item names the item by its key and value, e.g. a
 * figure's quote: ", for participants 300" (the field path alone gives its index).
 */
function itemName(item: unknown, path: PropertyKey[]): string {
  if (typeof path.at(-2) !== 'number' || !item || typeof item !== 'object') return '';
  const { key, value } = item as Record<string, unknown>;
  return typeof key === 'string' && typeof value === 'number' ? `, for ${key} ${String(value)}` : '';
}

function issueProblems(...[error, file, lineOf, data, ctx]: IssueArgs): Problem[] {
  return error.issues.flatMap((iss) => {
    const field = fieldPath(iss.path);
    if (iss.code === 'unrecognized_keys') {
      return iss.keys.map((key) => ({
        file,
        line: lineOf(file, iss.path.length ? String(iss.path[0]) : key, iss.path.length ? key : undefined),
        field: field ? `${field}.${key}` : key,
        message: unknownKey(key, iss.path.length === 0, ctx),
      }));
    }
    const at = (path: PropertyKey[]) => {
      let v: unknown = data;
      for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
      return v;
    };
    const value = at(iss.path);
    return [
      {
        file,
        line: lineOf(file, String(iss.path[0] ?? ''), typeof value === 'object' ? undefined : value),
        field,
        message: value === undefined ? `${iss.message}${itemName(at(iss.path.slice(0, -1)), iss.path)}` : iss.message,
      },
    ];
  });
}

function unknownKey(key: string, topLevel: boolean, ctx: FileContext): string {
  if (ctx.kind === 'text') {
    const facts = isFactCollection(ctx.collection) ? FACT_SCHEMAS[ctx.collection] : undefined;
    if (topLevel && facts && key in facts.shape) {
      return `is a fact, not text: it belongs in ${ctx.root}/${ctx.collection}/${ctx.id}.yaml (text files carry words only)`;
    }
    return `is not a field of text files (known: ${TEXT_FIELDS.join(', ')})`;
  }
  const shape = topLevel && isFactCollection(ctx.collection) ? FACT_SCHEMAS[ctx.collection].shape : undefined;
  // "theme" in an activity is a misspelt "themes", not a forum's theme text.
  const misspelt = shape && Object.keys(shape).some((f) => oneEditApart(f, key));
  if (topLevel && TEXT_FIELDS.includes(key) && !misspelt) {
    return `is text, not a fact: it belongs in ${ctx.root}/text/<language>/${ctx.collection}/${ctx.id}.mdx (facts files carry no words)`;
  }
  return `is not a known field${shape ? ` of ${ctx.collection} (known: ${Object.keys(shape).join(', ')})` : ''} (check the spelling; see the schema reference)`;
}

/** Whether two different names differ by one inserted, deleted or replaced character. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

function listDir(dir: string): { name: string; isDir: boolean }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => !f.startsWith('_') && !f.startsWith('.'))
    .sort()
    .map((name) => ({ name, isDir: statSync(join(dir, name)).isDirectory() }));
}

/**
 * Files of one folder whose names should be `<id>.<ext>`. Returns the valid
 * ones and reports the rest: a wrong extension, an upper-case or malformed
 * id, and two files that Astro would load under the same id (foo.yaml and
 * Foo.yaml, or foo.yaml and foo.yml), where one would silently win.
 * `misnamed` gets the ids of the reported files: the entry is there, under a
 * wrong name, so its texts and references are not reported again as missing.
 */
function entryFiles(
  dir: string,
  relDir: string,
  ext: string,
  alt: RegExp,
  problems: Problem[],
  misnamed: string[],
): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  const groups = new Map<string, { name: string; stem: string }[]>();
  for (const { name, isDir } of listDir(dir)) {
    const file = `${relDir}/${name}`;
    if (isDir) {
      problems.push({ file, field: '', message: `is a folder (entries sit directly in ${relDir}/; the site would ignore what is inside)` });
      continue;
    }
    const m = alt.exec(name);
    if (!m) {
      problems.push({
        file,
        field: '',
        message: `is not a ${ext} file (entries are ${relDir}/<id>${ext}; the site would ignore this file)`,
      });
      misnamed.push(name.replace(/\.[^.]*$/, '').toLowerCase());
      continue;
    }
    const stem = m[1];
    const key = stem.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), { name, stem }]);
  }
  for (const [key, files] of groups) {
    const names = files.map((f) => f.name);
    const canonical = names.find((n) => n === `${key}${ext}`);
    const first = canonical ?? names[0];
    for (const { name, stem } of files) {
      const file = `${relDir}/${name}`;
      if (name !== first || !ID.test(stem) || !name.endsWith(ext)) misnamed.push(key);
      if (name !== first) {
        problems.push({
          file,
          field: '',
          message: `has the same id as ${relDir}/${first} (ids ignore upper/lower case and the extension, so the site would load only one of them; keep one file, named ${key}${ext})`,
        });
      } else if (!ID.test(stem)) {
        problems.push({
          file,
          field: '',
          message: ID.test(key)
            ? `"${stem}" is not a valid id: ids are lower case (rename the file to ${key}${ext})`
            : `"${stem}" is not a valid id (expected lower-case words joined by "-", like "rdf-afr-2023")`,
        });
      } else if (!name.endsWith(ext)) {
        problems.push({
          file,
          field: '',
          message: `has the extension ${name.slice(stem.length)} (expected ${ext}: rename it to ${key}${ext}; the site would ignore this file)`,
        });
      } else {
        out.push({ id: key, name });
      }
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The folders of content/text/ (languages) or of a language (collections):
 * a file there, or a folder with an unknown name, would be ignored by the
 * site, so each is reported.
 */
function subfolders<T extends string>(
  dir: string,
  relDir: string,
  known: (name: string) => name is T,
  what: string,
  names: readonly string[],
  problems: Problem[],
): { name: T; rel: string }[] {
  const out: { name: T; rel: string }[] = [];
  for (const { name, isDir } of listDir(dir)) {
    const rel = `${relDir}/${name}`;
    if (!isDir)
      problems.push({
        file: rel,
        field: '',
        message: 'is not at content/text/<language>/<collection>/<id>.mdx (the site would ignore this file)',
      });
    else if (!known(name)) problems.push({ file: rel, field: '', message: `"${name}" is not ${what} (known: ${names.join(', ')})` });
    else out.push({ name, rel });
  }
  return out;
}

/** Loads and validates every entry under the content root. */
export function loadContent(root = './content', cwd = process.cwd()): Loaded {
  const problems: Problem[] = [];
  const sources = new Map<string, string>();
  const lineOf = makeLineOf(sources);
  const absRoot = resolve(cwd, root);
  // File names in messages are relative to cwd, unless the content is elsewhere.
  const fromCwd = relative(cwd, absRoot);
  const relRoot = (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absRoot : fromCwd || '.').split(/[\\/]/).join('/');
  const facts = emptyFactSets();
  const bodies = new Map<string, { body: string; bodyLine: number }>();
  const invalid: NonNullable<RawContentSet['invalid']> = { facts: [], texts: [] };

  if (!existsSync(absRoot)) {
    problems.push({ file: relRoot, field: '', message: 'does not exist (set CONTENT_ROOT to the content folder)' });
  } else if (!statSync(absRoot).isDirectory()) {
    problems.push({ file: relRoot, field: '', message: 'is not a folder (set CONTENT_ROOT to the content folder)' });
  }
  // A misspelt collection folder would be skipped without a word.
  for (const { name, isDir } of listDir(absRoot)) {
    if (isDir && name !== 'text' && !(FACT_COLLECTIONS as string[]).includes(name)) {
      problems.push({
        file: `${relRoot}/${name}`,
        field: '',
        message: `is not a collection (known: ${FACT_COLLECTIONS.join(', ')}, text)`,
      });
    }
  }

  const readCollection = (collection: FactCollection) => {
    const entries: FactEntry[] = facts[collection];
    const relDir = `${relRoot}/${collection}`;
    const misnamed: string[] = [];
    for (const { id, name } of entryFiles(join(absRoot, collection), relDir, '.yaml', /^(.*)\.ya?ml$/i, problems, misnamed)) {
      const file = `${relDir}/${name}`;
      const r = readFactsFile(
        join(absRoot, collection, name),
        file,
        collection,
        { kind: 'facts', collection, id, root: relRoot },
        problems,
        sources,
        lineOf,
      );
      if (r.data) entries.push({ id, file, data: r.data });
      else invalid.facts.push({ collection, id, file, data: r.raw, flagged: r.flagged });
    }
    for (const id of misnamed) invalid.facts.push({ collection, id });
  };
  for (const collection of FACT_COLLECTIONS) readCollection(collection);

  const texts: TextEntry[] = [];
  const textRoot = join(absRoot, 'text');
  for (const { name: locale, rel: relLocale } of subfolders(textRoot, `${relRoot}/text`, isLocale, 'a site language', LOCALES, problems)) {
    for (const { name: collection, rel: relDir } of subfolders(
      join(textRoot, locale),
      relLocale,
      isFactCollection,
      'a collection',
      FACT_COLLECTIONS,
      problems,
    )) {
      const misnamed: string[] = [];
      for (const { id, name } of entryFiles(join(textRoot, locale, collection), relDir, '.mdx', /^(.*)\.mdx?$/i, problems, misnamed)) {
        const file = `${relDir}/${name}`;
        const parsed = readTextFile(
          join(textRoot, locale, collection, name),
          file,
          { kind: 'text', collection, id, locale, root: relRoot },
          problems,
          sources,
          lineOf,
          bodies,
        );
        if (parsed) texts.push({ locale, collection, id, file, data: parsed, body: bodies.get(file)?.body ?? '' });
        else invalid.texts.push({ locale, collection, id });
      }
      for (const id of misnamed) invalid.texts.push({ locale, collection, id });
    }
  }

  const set: Loaded['set'] = { facts, texts, invalid };
  problems.push(...checkIntegrity(set, lineOf, relRoot));
  problems.push(...checkProvenance(set, lineOf));
  return { set, problems, bodies, sources };
}

/** The validated facts of a file; or, when it does not validate, its raw mapping and the fields reported. */
function readFactsFile<C extends FactCollection>(
  abs: string,
  file: string,
  collection: C,
  ctx: FileContext,
  problems: Problem[],
  sources: Map<string, string>,
  lineOf: ReturnType<typeof makeLineOf>,
): { data?: FactsOf<C>; raw?: Record<string, unknown>; flagged?: string[] } {
  const text = readText(abs, file, problems);
  if (text === undefined) return {};
  sources.set(file, text);
  const data = parseYaml(text, file, 0, problems);
  if (data === undefined) return {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 1, field: '', message: 'is not a YAML mapping of fields (expected lines like "field: value")' });
    return {};
  }
  const parsed = factSchema(collection).safeParse(data);
  if (!parsed.success) {
    const found = zodProblems(parsed.error, file, lineOf, data, ctx);
    problems.push(...found);
    return { raw: data as Record<string, unknown>, flagged: found.map((p) => p.field) };
  }
  return { data: parsed.data };
}

/**
 * The frontmatter and the body of an MDX file, with the line the body starts
 * on; reports a file without frontmatter. Shared with the guides' check.
 */
export function splitFrontmatter(
  text: string,
  file: string,
  problems: Problem[],
): { front: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) {
    problems.push({
      file,
      line: 1,
      field: '',
      message: 'has no frontmatter (expected a block between "---" lines at the top, with at least title)',
    });
    return undefined;
  }
  return { front: m[1], body: m[2], bodyLine: m[1].split('\n').length + 3 };
}

function readTextFile(
  abs: string,
  file: string,
  ctx: FileContext,
  problems: Problem[],
  sources: Map<string, string>,
  lineOf: ReturnType<typeof makeLineOf>,
  bodies: Loaded['bodies'],
): Text | undefined {
  const text = readText(abs, file, problems);
  if (text === undefined) return undefined;
  sources.set(file, text);
  const m = splitFrontmatter(text, file, problems);
  if (!m) return undefined;
  const data = parseYaml(m.front, file, 1, problems);
  if (data === undefined) return undefined;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 2, field: '', message: 'frontmatter is not a YAML mapping of fields (expected lines like "title: …")' });
    return undefined;
  }
  bodies.set(file, { body: m.body, bodyLine: m.bodyLine });
  const parsed = textSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, file, lineOf, data, ctx));
    return undefined;
  }
  return parsed.data;
}
