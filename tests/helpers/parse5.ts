/** A real HTML parser (parse5) for the site-wide checks: no regular expressions over markup. */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;

export function parseHtml(html: string): T.Document {
  return parse(html);
}

/** Every element of a document, in document order (template contents included). */
export function elements(node: T.ParentNode): Element[] {
  const out: Element[] = [];
  const stack: T.Node[] = [...node.childNodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!('tagName' in n)) continue;
    out.push(n);
    const children = n.tagName === 'template' ? (n as T.Template).content.childNodes : n.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text of an element's children (for <script> and <style>, their source, verbatim). */
export function rawText(el: Element): string {
  return el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
}
