/**
 * The set of pages the site builds, computed without a build: the routes in
 * src/pages (their file names), expanded with the ids of the content, plus the
 * Starlight docs pages, and the files of public/. Used to check the links editors write in MDX bodies.
 *
 * A dynamic segment is expanded from the folder it sits in: [locale] → the
 * site languages; <collection>/[id] → the ids of that collection; countries/[id]
 * → the country codes the content mentions. A dynamic segment in any other
 * folder matches anything (it cannot be checked without running the page).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from '../schemas/vocab.ts';
import type { RawContentSet as ContentSet } from '../loading/integrity.ts';
import type { BodyLink } from '../loading/mdx-check.ts';
import type { Problem } from '../loading/problems.ts';

type Segment = { literal: string } | { oneOf: Set<string>; name: string } | { any: true };

export interface Route {
  /** The page file, for messages. */
  file: string;
  segments: Segment[];
  /** Pages end with "/"; endpoints (feed.xml.ts) do not. */
  page: boolean;
}

const PAGE_EXT = /\.(astro|md|mdx|html)$/;
const ENDPOINT_EXT = /\.(ts|js|mjs)$/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    if (f.startsWith('_') || f.startsWith('.')) return [];
    const abs = join(dir, f);
    return statSync(abs).isDirectory() ? walk(abs) : [abs];
  });
}

/** Values a dynamic segment can take, from the folder it is in. */
export type Expansions = Partial<Record<string, string[]>>;

/** Country codes the content mentions (venues, hosts, members, places, organizations): one page each. */
export function mentionedCountries(set: ContentSet): string[] {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && /^[A-Z]{2}$/.test(v)) out.add(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  for (const entries of Object.values(set.facts)) {
    for (const e of entries) for (const key of ['country', 'host', 'countries', 'members']) add(e.data[key]);
  }
  return [...out].sort();
}

/** Values for each folder that holds a dynamic route: collection ids, countries (lower case). */
export function expansionsOf(set: ContentSet): Expansions {
  const out: Expansions = {};
  for (const [collection, entries] of Object.entries(set.facts)) out[collection] = entries.map((e) => e.id);
  // An entry that did not validate still gets its page once fixed: links to it are not the mistake.
  for (const e of set.invalid?.facts ?? []) out[e.collection]?.push(e.id);
  out.countries = mentionedCountries(set).map((c) => c.toLowerCase());
  return out;
}

/** Routes of src/pages and of the docs collection (src/content/docs/<locale>/…). */
export function siteRoutes(projectRoot: string, expansions: Expansions): Route[] {
  const routes: Route[] = [];
  const pagesDir = join(projectRoot, 'src/pages');
  for (const abs of walk(pagesDir)) {
    const rel = relative(pagesDir, abs).split(/[\\/]/);
    const last = rel[rel.length - 1];
    const page = PAGE_EXT.test(last);
    if (!page && !ENDPOINT_EXT.test(last)) continue;
    rel[rel.length - 1] = last.replace(page ? PAGE_EXT : ENDPOINT_EXT, '');
    if (page && rel[rel.length - 1] === 'index') rel.pop();
    const segments: Segment[] = rel.map((part, i) => {
      const m = /^\[(\.\.\.)?(\w+)\]$/.exec(part);
      if (!m) return { literal: part };
      if (m[2] === 'locale') return { oneOf: new Set(LOCALES), name: 'language' };
      const folder = i > 0 ? rel[i - 1] : undefined;
      if (!m[1] && folder && expansions[folder]) return { oneOf: new Set(expansions[folder]), name: folder };
      return { any: true };
    });
    routes.push({ file: relative(projectRoot, abs), segments, page });
  }
  // Files of public/ are served as they are: an image a body shows (/images/a.png) is one of them.
  const publicDir = join(projectRoot, 'public');
  for (const abs of walk(publicDir)) {
    routes.push({
      file: relative(projectRoot, abs),
      segments: relative(publicDir, abs)
        .split(/[\\/]/)
        .map((literal) => ({ literal })),
      page: false,
    });
  }
  const docsDir = join(projectRoot, 'src/content/docs');
  for (const abs of walk(docsDir)) {
    if (!/\.mdx?$/.test(abs)) continue;
    const rel = relative(docsDir, abs)
      .replace(/\.mdx?$/, '')
      .split(/[\\/]/);
    if (rel[rel.length - 1] === 'index') rel.pop();
    routes.push({ file: relative(projectRoot, abs), segments: rel.map((literal) => ({ literal: literal.toLowerCase() })), page: true });
  }
  return routes;
}

/** Does a path ("/en/regions/afr/") name a built page? The closest near-miss is returned for the message. */
export function matchRoute(routes: Route[], path: string): { ok: true } | { ok: false; why?: string } {
  const trailing = path.endsWith('/');
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  let why: string | undefined;
  for (const r of routes) {
    if (r.segments.length !== parts.length) continue;
    let bad: { value: string; seg: { oneOf: Set<string>; name: string } } | undefined;
    let fits = true;
    for (let i = 0; i < parts.length && fits; i++) {
      const s = r.segments[i];
      if ('literal' in s) fits = s.literal === parts[i];
      else if ('oneOf' in s && !s.oneOf.has(parts[i])) {
        if (bad) fits = false;
        else bad = { value: parts[i], seg: s };
      }
    }
    if (!fits) continue;
    if (bad) {
      why ??= `"${bad.value}" is not ${bad.seg.name === 'language' ? 'a site language' : `an id of ${bad.seg.name}`}`;
      continue;
    }
    if (r.page && !trailing) return { ok: false, why: `page addresses end with "/": write "${path}/"` };
    return { ok: true };
  }
  return { ok: false, why };
}

/**
 * Problems with the links of MDX bodies: a link to a page of this site
 * (starting with "/") must name a page that exists; a link into a document
 * page (/<locale>/documents/<id>/#block) must name one of that document's
 * paragraphs. `/<locale>/document/` redirects to the current edition and
 * would drop an #anchor, so a link with one must name the edition's page.
 */
export function checkLinks(links: BodyLink[], routes: Route[], blocks: Map<string, Set<string>>, current?: string): Problem[] {
  const problems: Problem[] = [];
  for (const { file, line, url } of links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') continue;
    if (!url.startsWith('/')) {
      problems.push({
        file,
        line,
        field: 'body',
        message: `link "${url}" is relative (write the full address from the site root, like /en/regions/afr/)`,
      });
      continue;
    }
    const [beforeHash, hash] = url.split('#', 2);
    const path = beforeHash.split('?')[0];
    const m = matchRoute(routes, path);
    if (!m.ok) {
      problems.push({
        file,
        line,
        field: 'body',
        message: `link "${url}" does not lead to a page of the site${m.why ? ` (${m.why})` : ''}`,
      });
      continue;
    }
    const redirect = /^\/([^/]+)\/document\/$/.exec(path);
    if (hash && redirect) {
      const to = current ? `/${redirect[1]}/documents/${current}/#${hash}` : `/${redirect[1]}/documents/<id>/#${hash}`;
      problems.push({
        file,
        line,
        field: 'body',
        message: `link "${url}": /${redirect[1]}/document/ redirects to the current edition and loses "#${hash}" (link the edition's page: ${to})`,
      });
      continue;
    }
    const edition = /^\/[^/]+\/documents\/([^/]+)\/$/.exec(path);
    const known = edition ? blocks.get(decodeURIComponent(edition[1])) : undefined;
    if (hash && known && !known.has(hash)) {
      problems.push({
        file,
        line,
        field: 'body',
        message: `link "${url}": "${hash}" is not a paragraph of the document (expected a block id like "p3-3")`,
      });
    }
  }
  return problems;
}
