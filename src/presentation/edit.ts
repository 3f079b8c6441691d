/**
 * "Edit this page" links to the repository host (base URL from EDIT_BASE_URL)
 * and the pairing of an entry's files: the facts (content/<collection>/<id>.yaml)
 * and the text of each language (content/text/<locale>/<collection>/<id>.mdx).
 */
import { latestCommit } from '../model/git-dates.ts';

const DEFAULT_EDIT_BASE = 'https://git.example.org/itu/regional-presence/edit/main/';

export function editUrl(file: string, base = process.env.EDIT_BASE_URL ?? DEFAULT_EDIT_BASE): string {
  return new URL(file.replace(/^\.\//, ''), base.endsWith('/') ? base : `${base}/`).href;
}

const FACTS = /^(.*\/)?([a-z]+)\/([a-z0-9-]+)\.yaml$/;
const TEXT = /^(.*\/)?text\/([a-z-]+)\/([a-z]+)\/([a-z0-9-]+)\.mdx$/;

/**
 * The facts file and the text file in `locale` of the entry a file (or an
 * edit URL) belongs to; undefined for files that are not content entries.
 */
export function entryFiles(fileOrUrl: string, locale: string): { facts: string; text: string } | undefined {
  const t = TEXT.exec(fileOrUrl);
  if (t) {
    const [, root = '', , collection, id] = t;
    return { facts: `${root}${collection}/${id}.yaml`, text: `${root}text/${locale}/${collection}/${id}.mdx` };
  }
  const f = FACTS.exec(fileOrUrl);
  if (f) {
    const [, root = '', collection, id] = f;
    return { facts: fileOrUrl, text: `${root}text/${locale}/${collection}/${id}.mdx` };
  }
  return undefined;
}

/**
 * A page's "edit" link and "last updated" date, for the file it is made from:
 * the last commit of the entry's facts or of its text in the page's language.
 */
export function entryMeta(file: string, locale: string, history?: Map<string, string[]>): { editUrl: string; lastUpdated?: Date } {
  const pair = entryFiles(file, locale);
  const updated = latestCommit(pair ? [pair.facts, pair.text] : [file], history);
  return { editUrl: editUrl(file), ...(updated ? { lastUpdated: new Date(updated) } : {}) };
}
