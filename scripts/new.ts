/**
 * `npm run new -- <collection> <id> [--field value …]` writes a new entry:
 * content/<collection>/<id>.yaml and its text in every language, with every
 * field and a comment on each. What is not given on the command line is
 * asked (node:readline); with no arguments at all, everything is asked.
 * Each answer is checked at once, and the written entry is checked with the
 * whole content before the script ends.
 *
 * Examples:
 *   npm run new
 *   npm run new -- activities afr-new-workshop-2024
 *   npm run new -- places accra --country GH --coordinates "-0.19, 5.6" --title.zh-cn 阿克拉 --title.en Accra
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { FACT_COLLECTIONS, type FactCollection } from '../src/schemas/index.ts';
import { checkContent, PROJECT_ROOT } from '../src/editor/check.ts';
import { loadContent } from '../src/loading/load.ts';
import { currentDocumentId } from '../src/loading/integrity.ts';
import { contentRoot } from '../src/loading/content-root.ts';
import { formatProblem } from '../src/loading/problems.ts';
import { checkAnswer, factQuestions, parseAnswer, scaffold, textQuestions, type Known, type Question } from '../src/editor/scaffold.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

// Arguments: two positionals, then --key value or --key=value pairs.
const positional: string[] = [];
const flags = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--help' || a === '-h') {
    console.log('usage: npm run new -- [<collection> [<id>]] [--<field> <value> …]\n' + `collections: ${FACT_COLLECTIONS.join(', ')}`);
    process.exit(0);
  }
  if (a.startsWith('--')) {
    const eq = a.indexOf('=');
    if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
    else if (i + 1 < argv.length) flags.set(a.slice(2), argv[++i]);
    else fail(`${a} needs a value`);
  } else positional.push(a);
}
if (positional.length > 2) fail(`too many arguments: ${positional.slice(2).join(' ')} (values go after --<field>)`);

const root = contentRoot();
const { set } = loadContent(root);
const known: Known = { ids: {}, blocks: {} };
for (const c of FACT_COLLECTIONS) known.ids[c] = new Set(set.facts[c].map((e) => e.id));
// An invalid file's collection is one of FACT_COLLECTIONS, each given a set above.
for (const e of set.invalid?.facts ?? []) known.ids[e.collection].add(e.id);
for (const d of set.facts.documents) known.blocks[d.id] = new Set(((d.data.blocks as { id: string }[] | undefined) ?? []).map((b) => b.id));
known.current = currentDocumentId(set);

// Answers are read line by line, so that piped input works as well as a terminal.
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
const lines = rl[Symbol.asyncIterator]();
async function ask(prompt: string, hint: string, accept: (raw: string) => string | undefined): Promise<string> {
  for (;;) {
    process.stdout.write(`\n${prompt}\n  (${hint})\n> `);
    const next = await lines.next();
    if (next.done) fail(`input ended before "${prompt}" was answered`);
    const why = accept(next.value);
    if (!why) return next.value;
    console.log(`  ✗ ${why}`);
  }
}

function checkId(collection: FactCollection, id: string): string | undefined {
  if (!ID.test(id)) return `"${id}" is not a valid id (expected lower-case words joined by "-", like "afr-workshop-2024")`;
  if (known.ids[collection].has(id) || existsSync(join(root, collection, `${id}.yaml`)))
    return `content/${collection}/${id}.yaml exists already`;
  return undefined;
}

const collection = (positional[0] ??
  (
    await ask('Which collection? · 哪个集合？', FACT_COLLECTIONS.join(', '), (c) =>
      (FACT_COLLECTIONS as string[]).includes(c.trim()) ? undefined : `"${c}" is not a collection`,
    )
  ).trim()) as FactCollection;
if (!(FACT_COLLECTIONS as string[]).includes(collection))
  fail(`"${collection}" is not a collection (known: ${FACT_COLLECTIONS.join(', ')})`);
const id =
  positional[1] ??
  (
    await ask('Id of the new entry (also its file name) · 新条目的编号（也是文件名）', 'lower-case words joined by "-"', (v) =>
      checkId(collection, v.trim()),
    )
  ).trim();
const idProblem = checkId(collection, id);
if (idProblem) fail(idProblem);

const answers: Record<string, unknown> = {};
async function answer(q: Question) {
  const given = flags.get(q.key);
  if (given !== undefined) {
    flags.delete(q.key);
    const value = parseAnswer(q.field.type, given);
    const why = checkAnswer(collection, q, value, known);
    if (why) fail(`--${q.key}: ${why}`);
    answers[q.key] = value;
    return;
  }
  const raw = await ask(`${q.key}: ${q.prompt}`, q.hint, (r) => checkAnswer(collection, q, parseAnswer(q.field.type, r), known));
  answers[q.key] = parseAnswer(q.field.type, raw);
}
for (const q of factQuestions(collection, known)) await answer(q);
for (const q of textQuestions(collection, answers)) await answer(q);
rl.close();
if (flags.size)
  fail(
    `unknown option${flags.size > 1 ? 's' : ''}: ${[...flags.keys()].map((k) => `--${k}`).join(', ')} (only required fields are asked; add optional ones in the file)`,
  );

const factsAbs = resolve(root, collection, `${id}.yaml`);
const schemaRef = relative(dirname(factsAbs), join(PROJECT_ROOT, 'public/schemas', `${collection}.json`))
  .split(/[\\/]/)
  .join('/');
const files = scaffold(collection, id, answers, schemaRef);
for (const f of files) if (existsSync(join(root, f.path))) fail(`${join(root, f.path)} exists already`);
for (const f of files) {
  mkdirSync(dirname(join(root, f.path)), { recursive: true });
  writeFileSync(join(root, f.path), f.text);
}
console.log(`\nWrote:\n${files.map((f) => `  ${join(root, f.path)}`).join('\n')}`);

// The new entry must pass the same check as everything else.
const { problems } = await checkContent({ root });
const all = problems.filter((p) => files.some((f) => p.file.endsWith(f.path)));
// The stubs of languages left untranslated are meant to fail the check until a translator fills them in.
const stubs = all.filter((p) => p.field === 'untranslated');
const mine = all.filter((p) => p.field !== 'untranslated');
if (mine.length) {
  console.error(`\nThe new entry has problems:\n${mine.map(formatProblem).join('\n')}`);
  process.exit(1);
}
if (stubs.length)
  console.log(
    `\nUntranslated stubs (the check fails on them until they are translated and their "untranslated: true" line deleted):\n${stubs.map((p) => `  ${p.file}`).join('\n')}`,
  );
console.log('\nThe new entry is valid. Next: fill in the optional fields (commented out, in the facts and the text files),');
console.log('preview with `npm start`, and run `npm run check` before you commit.');
