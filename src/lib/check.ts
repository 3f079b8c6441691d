/**
 * Every content check in one call: schemas, references, translations, dates,
 * duplicate ids and stray files (load.ts, integrity.ts), MDX syntax of text
 * bodies (mdx-check.ts) and internal links (site-urls.ts). Used by
 * `npm run check`, by the build (check-integration.ts) and by the tests.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent, type Loaded } from './load.ts';
import { checkBodies } from './mdx-check.ts';
import { checkLinks, expansionsOf, siteRoutes } from './site-urls.ts';
import type { Problem } from './problems.ts';

/** The project root (where src/pages is), from this file's place. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CheckOptions {
  /** Content root, relative to cwd (default "./content"). */
  root?: string;
  /** Directory file names are relative to (default: the current directory). */
  cwd?: string;
  /** Where src/pages and src/content/docs are (default: this project). */
  projectRoot?: string;
}

/** Sorted by file, then line, so that one file's problems read together. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0)));
}

export async function checkContent(options: CheckOptions = {}): Promise<{ loaded: Loaded; problems: Problem[] }> {
  const loaded = loadContent(options.root ?? './content', options.cwd ?? process.cwd());
  const bodies = await checkBodies(loaded.bodies);
  const routes = siteRoutes(options.projectRoot ?? PROJECT_ROOT, expansionsOf(loaded.set));
  const blockIds = new Set(loaded.set.facts.documents.flatMap((d) => ((d.data.blocks as { id: string }[]) ?? []).map((b) => b.id)));
  const problems = [...loaded.problems, ...bodies.problems, ...checkLinks(bodies.links, routes, blockIds)];
  return { loaded, problems: sortProblems(problems) };
}
