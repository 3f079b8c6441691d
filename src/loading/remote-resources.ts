/**
 * The site promises that no page sends a request to another origin. A link
 * the reader follows is fine (`[ITU](https://www.itu.int/)`, `<a href>`); a
 * resource the page would load is not: a Markdown image with a remote
 * address (inline or through a `[ref]: …` definition), or an element
 * attribute the browser fetches (`<img src>`, `srcset`, `<video poster>`,
 * `<object data>`, `<link href>`, CSS `url(…)` in `style`, …).
 *
 * It works on the mdast tree @mdx-js/mdx parses (mdx-check.ts calls it from
 * the same pass), and decides "another origin" with the WHATWG URL parser,
 * the way a browser would: `//host/a.png`, `HTTPS://host`, `\\host\a.png`
 * and `https:/host` all resolve to another host. Only the site's own paths
 * (`/a.png`, files of public/) stay on the site.
 */

/** The parts of an mdast/MDX node this check reads. */
export interface RemoteNode {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  label?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: RemoteNode[];
  position?: { start: { line: number } };
}

/** A resource that would be loaded from another origin. */
export interface RemoteLoad {
  /** The node's line within the parsed text. */
  line?: number;
  /** What loads it: "<img srcset>", or "" for a Markdown image. */
  via: string;
  /** The address as written. */
  url: string;
  /** For `![x][ref]`: the definition's label and line. */
  definition?: { label: string; line?: number };
}

/**
 * Addresses the page could stand on; only their origin matters. Both schemes,
 * since `https:host/a.png` is relative on an https page but another host on
 * an http one.
 */
const SITES = [new URL('https://this-site.invalid/en/page/'), new URL('http://this-site.invalid/en/page/')];
/** Schemes a browser fetches over the network (or from disk). Others (data:, mailto:) load nothing from a host. */
const FETCHED = new Set(['http:', 'https:', 'ftp:', 'ws:', 'wss:', 'file:']);

/** Does `url`, written on a page of the site, point to another origin? */
export function isRemote(url: string): boolean {
  return SITES.some((site) => {
    let resolved: URL;
    try {
      resolved = new URL(url, site);
    } catch {
      return false;
    }
    return FETCHED.has(resolved.protocol) && resolved.host !== site.host;
  });
}

/**
 * The addresses of a `srcset` (or `imagesrcset`) value, by the HTML
 * standard's parsing rules: candidates are separated by commas, each an
 * address (which may itself contain commas) and optional descriptors (which
 * may contain commas inside parentheses).
 */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  const space = /[\t\n\f\r ]/;
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (space.test(value[i]) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !space.test(value[i])) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Descriptors ("1x", "480w"), up to the comma that ends the candidate.
      let depth = 0;
      for (; i < value.length; i++) {
        const c = value[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/**
 * The addresses a CSS declaration list (a `style` attribute, or an SVG
 * presentation attribute such as `fill`) would fetch: `url(…)` (quoted or
 * not), `src("…")`, and the strings of `image-set(…)`. A small tokenizer
 * after CSS Syntax Level 3: comments are skipped, escapes decoded (so
 * `\75 rl(` is `url(`), strings are strings.
 */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const hex = /[0-9a-fA-F]/;
  /** Decodes the escape at css[i] (a backslash); returns the character and moves i past it. */
  const escape = (): string => {
    i++; // the backslash
    if (i >= css.length) return '\uFFFD';
    if (hex.test(css[i])) {
      let h = '';
      while (h.length < 6 && i < css.length && hex.test(css[i])) h += css[i++];
      if (/[\t\n\f\r ]/.test(css[i] ?? '')) i++;
      const code = parseInt(h, 16);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
    }
    return css[i++];
  };
  const string = (quote: string): string => {
    let s = '';
    i++; // the opening quote
    while (i < css.length && css[i] !== quote) {
      if (css[i] === '\\') {
        if (css[i + 1] === '\n') i += 2;
        else s += escape();
      } else if (css[i] === '\n') break;
      else s += css[i++];
    }
    i++; // the closing quote
    return s;
  };
  const skipSpace = () => {
    while (i < css.length && /[\t\n\f\r ]/.test(css[i])) i++;
  };
  /** Open functions, innermost last (lower-case names). */
  const open: string[] = [];
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
    } else if (c === '"' || c === "'") {
      const s = string(c);
      const fn = open[open.length - 1];
      if (fn === 'image-set' || fn === '-webkit-image-set') urls.push(s);
    } else if (/[A-Za-z_\-\\]/.test(c) || c.charCodeAt(0) >= 0x80) {
      let ident = '';
      while (i < css.length && (/[A-Za-z0-9_-]/.test(css[i]) || css.charCodeAt(i) >= 0x80 || css[i] === '\\')) {
        ident += css[i] === '\\' ? escape() : css[i++];
      }
      if (css[i] !== '(') continue;
      i++;
      const name = ident.toLowerCase();
      if (name === 'url') {
        skipSpace();
        if (css[i] === '"' || css[i] === "'") {
          urls.push(string(css[i]));
          open.push('url');
        } else {
          // An unquoted url token runs to ")".
          let u = '';
          while (i < css.length && css[i] !== ')') u += css[i] === '\\' ? escape() : css[i++];
          urls.push(u.trim());
          i++;
        }
      } else if (name === 'src') {
        skipSpace();
        if (css[i] === '"' || css[i] === "'") urls.push(string(css[i]));
        open.push('src');
      } else open.push(name);
    } else if (c === '(') {
      open.push('');
      i++;
    } else if (c === ')') {
      open.pop();
      i++;
    } else i++;
  }
  return urls;
}

const split = (v: string) => v.split(/[\t\n\f\r ]+/).filter(Boolean);

/** Attributes a browser fetches on any element, and how to read their addresses. */
const ON_ANY: Partial<Record<string, (v: string) => string[]>> = {
  src: (v) => [v.trim()],
  srcset: srcsetUrls,
  imagesrcset: srcsetUrls,
  poster: (v) => [v.trim()],
  background: (v) => [v.trim()],
  lowsrc: (v) => [v.trim()],
  dynsrc: (v) => [v.trim()],
  attributionsrc: split,
  style: cssUrls,
};
/** Attributes fetched on some elements only. */
const ON_SOME: Partial<Record<string, { elements: Set<string>; urls: (v: string) => string[] }>> = {
  href: { elements: new Set(['link', 'image', 'use', 'feimage', 'script']), urls: (v) => [v.trim()] },
  data: { elements: new Set(['object']), urls: (v) => [v.trim()] },
  codebase: { elements: new Set(['object', 'applet']), urls: (v) => [v.trim()] },
  archive: { elements: new Set(['object', 'applet']), urls: split },
  ping: { elements: new Set(['a', 'area']), urls: split },
};
/** SVG presentation attributes that take CSS values with url(…). */
const CSS_ATTRIBUTES = new Set([
  'fill',
  'stroke',
  'filter',
  'mask',
  'clip-path',
  'marker',
  'marker-start',
  'marker-mid',
  'marker-end',
  'cursor',
]);

/** The remote addresses an element's attributes would fetch (attribute names are case-insensitive in HTML). */
function elementLoads(node: RemoteNode): { via: string; url: string }[] {
  const element = (node.name ?? '').toLowerCase();
  const out: { via: string; url: string }[] = [];
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string') continue;
    const attr = (a.name ?? '').toLowerCase();
    const some = ON_SOME[attr];
    const read = ON_ANY[attr] ?? (some?.elements.has(element) ? some.urls : CSS_ATTRIBUTES.has(attr) ? cssUrls : undefined);
    if (!read) continue;
    for (const url of read(a.value)) if (isRemote(url)) out.push({ via: `<${node.name} ${a.name}>`, url });
  }
  return out;
}

/**
 * Every resource of the tree that would be loaded from another origin, in
 * document order. `line` is the node's line in the parsed text.
 */
export function remoteLoads(tree: RemoteNode): RemoteLoad[] {
  const line = (n: RemoteNode) => n.position?.start.line;
  const definitions = new Map<string, RemoteNode>();
  const collect = (n: RemoteNode) => {
    // The first definition of an identifier wins, as in CommonMark.
    if (n.type === 'definition' && n.identifier !== undefined && !definitions.has(n.identifier)) definitions.set(n.identifier, n);
    n.children?.forEach(collect);
  };
  collect(tree);
  const out: RemoteLoad[] = [];
  const visit = (n: RemoteNode) => {
    if (n.type === 'image' && n.url !== undefined && isRemote(n.url)) out.push({ line: line(n), via: '', url: n.url });
    if (n.type === 'imageReference' && n.identifier !== undefined) {
      const d = definitions.get(n.identifier);
      if (d?.url !== undefined && isRemote(d.url))
        out.push({ line: line(n), via: '', url: d.url, definition: { label: d.label ?? n.identifier, line: line(d) } });
    }
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name)
      for (const l of elementLoads(n)) out.push({ line: line(n), ...l });
    n.children?.forEach(visit);
  };
  visit(tree);
  return out;
}

/** The message for one remote load; `fileLine` turns a line of the parsed text into a line of the file. */
export function remoteLoadMessage(load: RemoteLoad, fileLine: (line?: number) => number | undefined): string {
  if (/ ping>$/i.test(load.via))
    return `${load.via} sends a request to ${load.url} on every click (the site makes no request to another origin: remove ping)`;
  const via = load.via ? `${load.via} ` : '';
  const through = load.definition
    ? `, through the definition [${load.definition.label}]${load.definition.line ? ` on line ${fileLine(load.definition.line)}` : ''}`
    : '';
  return `${via}loads ${load.url} from another origin${through} (images, frames and media must be files of this site: put it under public/ and link it as /…)`;
}
