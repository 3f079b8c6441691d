/**
 * Built pages as HTML trees, for assertions on structure, roles and text
 * (never on CSS classes). Parsed pages are cached per test file.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { page } from './dist.ts';

const cache = new Map<string, Root>();

/** A built page ("/en/regions/afr/") as a tree. */
export function tree(path: string): Root {
  let t = cache.get(path);
  if (!t) cache.set(path, (t = fromHtml(page(path))));
  return t;
}

/** The page's <main>: the content, without Starlight's header and sidebar. */
export function main(path: string): Element {
  const m = select('main', tree(path));
  if (!m) throw new Error(`${path} has no <main>`);
  return m;
}

/** Whitespace folded to single spaces (ICU's thin spaces included), as the tests compare text. */
export const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const text = (node: Element | Root): string => fold(toText(node));
export const all = (selector: string, node: Element | Root): Element[] => selectAll(selector, node);
export const one = (selector: string, node: Element | Root): Element | undefined => select(selector, node);

export interface Link {
  href: string;
  text: string;
}
/** Every link in a node, in order. */
export function links(node: Element | Root): Link[] {
  return selectAll('a[href]', node).map((a) => ({ href: String(a.properties.href), text: text(a) }));
}

/** The facts list: <dt> label → its <dd>. */
export function facts(path: string): Map<string, Element> {
  const out = new Map<string, Element>();
  const dl = select('dl', main(path));
  if (!dl) return out;
  for (const dt of selectAll('dt', dl)) {
    // The <dd> that follows the <dt> in the same row.
    const row = selectAll('dt, dd', dl);
    const dd = row.at(row.indexOf(dt) + 1);
    if (dd?.tagName === 'dd') out.set(text(dt), dd);
  }
  return out;
}

/** <time> elements: their datetime and text. */
export function times(node: Element | Root): { datetime: string; text: string }[] {
  return selectAll('time[datetime]', node).map((t) => ({ datetime: String(t.properties.dateTime), text: text(t) }));
}

/** A <section> by the text of its heading, e.g. "Activities". */
export function section(path: string, heading: string): Element | undefined {
  return selectAll('section', main(path)).find((s) => {
    const h = select('h2, h3', s);
    return h !== undefined && text(h) === heading;
  });
}

/** The paragraph that starts with a label, e.g. "Source:". */
export function paragraphStarting(path: string, label: string): Element | undefined {
  return selectAll('p', main(path)).find((p) => text(p).startsWith(label));
}

/** Every id on a page. */
export function ids(path: string): Set<string> {
  return new Set(selectAll('[id]', tree(path)).map((e) => String(e.properties.id)));
}

/** The language select's options: value (URL) → label. */
export function languageOptions(path: string): { value: string; label: string; selected: boolean }[] {
  const select0 = select('starlight-lang-select select', tree(path));
  if (!select0) return [];
  return selectAll('option', select0).map((o) => ({
    value: String(o.properties.value),
    label: text(o),
    selected: Boolean(o.properties.selected),
  }));
}
