/** Temporary content trees: the valid base fixture (tests/corpus/base) plus one mutation. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Mutation } from '../corpus/cases.ts';

const BASE = 'tests/corpus/base';

/** A fresh copy of the base tree with the mutation applied; returns its root (which holds content/). */
export function makeTree(m: Mutation = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  cpSync(BASE, root, { recursive: true });
  for (const [file, edits] of Object.entries(m.edit ?? {})) {
    let text = readFileSync(join(root, file), 'utf8');
    for (const [from, to] of edits) {
      if (!text.includes(from)) throw new Error(`mutation: "${from}" not found in ${file}`);
      text = text.replace(from, to);
    }
    writeFileSync(join(root, file), text);
  }
  for (const [file, content] of Object.entries(m.write ?? {})) {
    const abs = join(root, file);
    if (content === null) rmSync(abs);
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  return root;
}

export function removeTree(root: string) {
  rmSync(root, { recursive: true, force: true });
}
