/**
 * `node scripts/compare-builds.ts OLD_DIST NEW_DIST [--map from=to ...]`: compares two builds page by
 * page. It lists the pages only one build has and, for the pages both have, the first difference in
 * their visible text (scripts, styles and hidden search data left out, white space collapsed).
 * `--map /zh-cn/document/=/zh-cn/documents/x/` compares a page that moved with its new address.
 * Exits 1 when anything differs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes, Root } from 'hast';

const [oldDir, newDir, ...rest] = process.argv.slice(2);
if (!oldDir || !newDir || !existsSync(oldDir) || !existsSync(newDir)) {
  console.error('usage: node scripts/compare-builds.ts OLD_DIST NEW_DIST [--map /old/=/new/ ...]');
  process.exit(2);
}
const moves = new Map<string, string>();
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--map' && rest[i + 1]) {
    const [from, to] = rest[++i].split('=');
    moves.set(from, to);
  }
}

/** URLs of the HTML pages of a build, by file. */
function pages(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.html')) out.set(`/${relative(dir, abs).replace(/index\.html$/, '')}`, abs);
    }
  };
  walk(dir);
  return out;
}

const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
/** The text a reader sees: without scripts, styles and elements hidden from everyone. */
function visibleText(file: string): string {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const prune = (node: Root | Element) => {
    node.children = node.children.filter((c: Nodes) => {
      if (c.type !== 'element') return true;
      if (HIDDEN.has(c.tagName) || c.properties.hidden !== undefined) return false;
      prune(c);
      return true;
    });
  };
  prune(tree);
  return toText(tree).replace(/\s+/g, ' ').trim();
}

/** The first place where two texts differ, with some context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return `before: …${a.slice(from, i + 60)}…\n    after:  …${b.slice(from, i + 60)}…`;
}

const before = pages(oldDir);
const after = pages(newDir);
let differences = 0;
const report = (line: string) => {
  differences++;
  console.log(line);
};
for (const url of before.keys()) {
  const target = moves.get(url) ?? url;
  if (!after.has(target)) report(`only in ${oldDir}: ${url}`);
}
const moved = new Set(moves.values());
for (const url of after.keys()) if (!before.has(url) && !moved.has(url)) report(`only in ${newDir}: ${url}`);
for (const [url, file] of before) {
  const target = moves.get(url) ?? url;
  const other = after.get(target);
  if (!other) continue;
  const a = visibleText(file);
  const b = visibleText(other);
  if (a !== b) report(`text differs: ${url}${target !== url ? ` → ${target}` : ''}\n    ${firstDifference(a, b)}`);
}
console.log(`${before.size} pages before, ${after.size} after, ${differences} difference${differences === 1 ? '' : 's'}`);
process.exit(differences ? 1 : 0);
