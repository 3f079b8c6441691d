/** The real content, loaded once per test file, and a scratch copy of it for an editor's mistakes. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent, type Loaded } from '../../src/loading/load.ts';
import { buildModel, type Model } from '../../src/model/model.ts';
import { formatProblem } from '../../src/loading/problems.ts';

const CONTENT = 'content';
export const DOCUMENT_ID = 'c24-regional-presence';

let loaded: Loaded | undefined;
let model: Model | undefined;

/** The real content tree, validated; throws with every problem if it is not valid. */
export function realContent(): Loaded {
  if (!loaded) {
    loaded = loadContent(CONTENT);
    if (loaded.problems.length) throw new Error(`content/ has problems:\n${loaded.problems.map(formatProblem).join('\n')}`);
  }
  return loaded;
}

export function realModel(): Model {
  return (model ??= buildModel(realContent().set));
}

/** An edit of one file: new text, a function of the old text, or null to delete it. */
export type Edit = string | null | ((text: string) => string);

/** Memory-backed when the machine has it: copying the tree to disk is the slow part. */
const TMP = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/** A fresh copy of content/ with some files edited, e.g. for a build. Call `remove()` when done. */
export function tempContent(edits: Record<string, Edit> = {}): { root: string; file: (rel: string) => string; remove: () => void } {
  const tree = scratchContent();
  try {
    tree.apply(edits);
  } catch (e) {
    tree.remove();
    throw e;
  }
  return { root: tree.root, file: tree.file, remove: tree.remove };
}

/**
 * One copy of content/ per test file. `apply` edits it and `restore` puts it
 * back, so each case starts from the real content without copying it again.
 */
export function scratchContent() {
  const root = mkdtempSync(join(TMP, 'content-'));
  cpSync(CONTENT, root, { recursive: true });
  const file = (rel: string) => join(root, rel);
  let undo: (() => void)[] = [];
  return {
    root,
    file,
    apply(edits: Record<string, Edit>) {
      for (const [rel, edit] of Object.entries(edits)) {
        const path = file(rel);
        const before = existsSync(path) ? readFileSync(path) : undefined;
        undo.push(() => (before === undefined ? rmSync(path, { force: true }) : writeFileSync(path, before)));
        if (edit === null) {
          rmSync(path);
          continue;
        }
        // Create missing folders, and remember to remove them (deepest first).
        const created: string[] = [];
        for (let d = dirname(path); !existsSync(d); d = dirname(d)) created.push(d);
        mkdirSync(dirname(path), { recursive: true });
        undo.push(() => created.forEach((d) => rmSync(d, { recursive: true, force: true })));
        writeFileSync(path, typeof edit === 'function' ? edit(before === undefined ? '' : before.toString('utf8')) : edit);
      }
    },
    restore() {
      for (const u of undo.reverse()) u();
      undo = [];
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Replaces the first line matching `pattern` (multiline) and fails loudly if there is none, so a test cannot edit nothing. */
export function replaceLine(pattern: RegExp, replacement: string): (text: string) => string {
  return (text) => {
    const re = new RegExp(pattern.source, pattern.flags.includes('m') ? pattern.flags : `${pattern.flags}m`);
    if (!re.test(text)) throw new Error(`no line matches ${pattern}`);
    return text.replace(re, replacement);
  };
}
