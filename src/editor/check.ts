/**
 * Every content check in one call: schemas, references, translations, dates,
 * duplicate ids and stray files (load.ts, integrity.ts), MDX syntax of text
 * bodies (mdx-check.ts) and internal links (site-urls.ts). Used by
 * `npm run check`, by the build (check-integration.ts) and by the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { loadContent, splitFrontmatter, type Loaded } from '../loading/load.ts';
import { checkBodies, checkBody, type BodyLink } from '../loading/mdx-check.ts';
import { checkLinks, expansionsOf, siteRoutes } from './site-urls.ts';
import { currentDocumentId } from '../loading/integrity.ts';
import type { Problem } from '../loading/problems.ts';

/** The project root (where src/pages is), from this file's place. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CheckOptions {
  /** Content root, relative to cwd (default "./content"). */
  root?: string;
  /** Directory file names are relative to (default: the current directory). */
  cwd?: string;
  /** Where src/pages and src/content/docs are (default: this project). */
  projectRoot?: string;
  /** Also check the guides in src/content/docs (default true). */
  docs?: boolean;
}

/**
 * The guides (Starlight docs pages) are edited by the same people: their
 * frontmatter must parse and have a title, their MDX must compile and their
 * links must lead somewhere. They may import components.
 */
export async function checkDocs(projectRoot: string): Promise<{ problems: Problem[]; links: BodyLink[] }> {
  const dir = join(projectRoot, 'src/content/docs');
  const walk = (d: string): string[] =>
    existsSync(d) ? readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)])) : [];
  const problems: Problem[] = [];
  const links: BodyLink[] = [];
  for (const abs of walk(dir).filter((f) => /\.mdx?$/.test(f))) {
    const file = relative(projectRoot, abs).split(/[\\/]/).join('/');
    const text = readFileSync(abs, 'utf8');
    const m = splitFrontmatter(text, file, problems);
    if (!m) continue;
    let data: unknown;
    try {
      data = yaml.load(m.front);
    } catch (e) {
      const err = e as { mark?: { line: number }; reason?: string; message: string };
      problems.push({
        file,
        line: err.mark ? err.mark.line + 2 : undefined,
        field: '',
        message: `YAML syntax error: ${err.reason ?? err.message} (quote values that contain ": ")`,
      });
      continue;
    }
    if (typeof (data as { title?: unknown } | null)?.title !== 'string')
      problems.push({ file, line: 2, field: 'title', message: 'is required (expected text)' });
    const r = await checkBody(file, m.body, m.bodyLine, true);
    problems.push(...r.problems);
    links.push(...r.links);
  }
  return { problems, links };
}

/** Sorted by file, then line, so that one file's problems read together. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
  );
}

export async function checkContent(options: CheckOptions = {}): Promise<{ loaded: Loaded; problems: Problem[] }> {
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  const loaded = loadContent(options.root ?? './content', options.cwd ?? process.cwd());
  const bodies = await checkBodies(loaded.bodies);
  const docs = options.docs === false ? { problems: [], links: [] } : await checkDocs(projectRoot);
  const routes = siteRoutes(projectRoot, expansionsOf(loaded.set));
  const blocks = new Map(loaded.set.facts.documents.map((d) => [d.id, new Set(d.data.blocks.map((b) => b.id))]));
  const problems = [
    ...loaded.problems,
    ...bodies.problems,
    ...docs.problems,
    ...checkLinks([...bodies.links, ...docs.links], routes, blocks, currentDocumentId(loaded.set)),
  ];
  return { loaded, problems: sortProblems(problems) };
}

type Run = ReturnType<typeof checkContent>;
/** One run per content tree and process, shared by every caller (a global: Astro loads the config and the content config as separate module graphs). */
const RUNS_KEY = Symbol.for('itu-regional-presence.content-runs');
const runs = globalThis as typeof globalThis & { [RUNS_KEY]?: Map<string, Run> };
const RUNS: Map<string, Run> = (runs[RUNS_KEY] ??= new Map<string, Run>());

function runKey(options: CheckOptions): string {
  const cwd = resolve(options.cwd ?? process.cwd());
  return JSON.stringify([
    resolve(cwd, options.root ?? './content'),
    cwd,
    resolve(options.projectRoot ?? PROJECT_ROOT),
    options.docs !== false,
  ]);
}

/**
 * `checkContent`, memoised: the build's check at config setup
 * (src/integrations/content-check.ts) and the content loader
 * (src/loading/content-loader.ts) share one run, so the content is read,
 * validated and integrity-checked once per build.
 */
export function checkContentOnce(options: CheckOptions = {}): Run {
  const key = runKey(options);
  let run = RUNS.get(key);
  if (!run) RUNS.set(key, (run = checkContent(options)));
  return run;
}

/** Forgets the memoised run of a content tree (in `astro dev`, when a file changes). */
export function forgetContentRun(options: CheckOptions = {}): void {
  RUNS.delete(runKey(options));
}
