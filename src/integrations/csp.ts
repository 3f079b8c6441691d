/**
 * The Content Security Policy, shared by astro.config.mjs (the <meta> policy
 * Astro writes into every page) and the build step that writes the same policy
 * as an HTTP header into dist/_headers.
 *
 * Astro hashes the scripts and styles it bundles, but not `<script is:inline>`
 * ones, which it copies verbatim into the page: Starlight has several (theme
 * provider, sidebar scroll restore, search shortcut). Their hashes are computed
 * here from the component sources, so a Starlight update that changes one
 * changes the policy with it; tests/site/csp.test.ts checks every inline
 * script of every built page against its policy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** `'sha256-…'` source expression body (without quotes) for a script or style text. */
export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The bodies of every `<script is:inline>` of an .astro source, verbatim (Astro emits them unchanged). */
export function inlineScripts(astroSource: string): string[] {
  const bodies: string[] = [];
  for (const m of astroSource.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    if (!/\bis:inline\b/.test(attrs)) continue;
    // `define:vars` rewrites the body per render and `src` has no body: neither can be hashed here.
    if (/\bdefine:vars\b/.test(attrs) || /\bsrc=/.test(attrs)) {
      throw new Error(`inline script with ${attrs.trim()} cannot be hashed at config time; bundle it instead`);
    }
    bodies.push(m[2]);
  }
  return bodies;
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : astroFiles(p);
    return f.endsWith('.astro') ? [p] : [];
  });
}

/** Starlight's package directory, wherever npm put it. */
export function starlightDir(from: string = process.cwd()): string {
  const require = createRequire(join(from, 'package.json'));
  // "./components" is the one export without an import-only condition: <pkg>/dist/components.ts.
  return dirname(dirname(require.resolve('@astrojs/starlight/components')));
}

/** Hashes of every `is:inline` script in Starlight's components and in ours, sorted and unique. */
export function inlineScriptHashes(dirs: string[]): string[] {
  const hashes = new Set<string>();
  for (const dir of dirs)
    for (const file of astroFiles(dir)) for (const body of inlineScripts(readFileSync(file, 'utf8'))) hashes.add(sha256(body));
  return [...hashes].sort();
}

/**
 * Directives besides script-src/style-src (which Astro builds from hashes).
 * default-src 'none' forbids everything not listed: no other origin anywhere.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  // Pagefind fetches its index and WebAssembly module from /pagefind/ and searches in a worker
  // (/pagefind/pagefind-worker.js; no blob: worker, tests/browser/keyboard.test.ts checks it runs).
  "connect-src 'self'",
  "worker-src 'self'",
  // Starlight's CSS draws a few icons as data: SVG images.
  "img-src 'self' data:",
  "font-src 'self'",
] as const;

/** Script sources: our own files, and compiling Pagefind's WebAssembly (not JavaScript eval). */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Style sources beyond Astro's default ('self' and the hashes of its inline
 * styles for style-src). `style="…"` attributes are allowed (style-src-attr only):
 * Starlight's icons and selects set CSS custom properties that way, and build-time
 * SVG (maps, timelines) may carry them. Style attributes cannot run script.
 */
export const STYLE_RESOURCES = [{ resource: "'unsafe-inline'", kind: 'attribute' as const }];

/** Directives only an HTTP header can carry (browsers ignore them in a <meta> policy). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Parses a policy into directive name → source list. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Serialises a parsed policy, directives in a stable order. */
export function formatPolicy(policy: Map<string, string[]>): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The union of several policies, directive by directive (sources keep first-seen order). */
export function unionPolicies(policies: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const list = out.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      out.set(name, list);
    }
  }
  return out;
}

/** The `<meta http-equiv="content-security-policy">` policy of a built page, if any. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The hash sources of a page's own inline code: `<script>` without src (data blocks excepted) and `<style>`. */
function inlineCodeHashes(html: string): { script: Set<string>; style: Set<string> } {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    const [, tag, attrs, body] = m;
    if (tag.toLowerCase() === 'style') style.add(`'${sha256(body)}'`);
    else if (!/\ssrc\s*=/i.test(attrs) && !/\stype\s*=\s*["']?[^"'\s>]*json/i.test(attrs)) script.add(`'${sha256(body)}'`);
  }
  return { script, style };
}

/**
 * A page with its <meta> policy narrowed to the page itself: Astro lists the
 * hash of every script and style of the whole site in every page (a kilobyte,
 * gzipped, that hashes do not compress); each page keeps only the hashes of
 * its own inline scripts and styles. Never adds one: a hash the policy did not
 * allow stays disallowed. The other directives are left as they are.
 */
export function narrowedMetaPolicy(html: string): string {
  const tag = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i.exec(html);
  if (!tag) return html;
  const own = inlineCodeHashes(html);
  const keep = new Map([
    ['script-src', own.script],
    ['style-src', own.style],
  ]);
  const narrowed = tag[2]
    .split(';')
    .map((part) => {
      const name = part.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      const mine = keep.get(name);
      if (!mine) return part;
      return part
        .split(' ')
        .filter((s) => !/^'sha(256|384|512)-/.test(s.replace(/&#39;/g, "'")) || mine.has(s.replace(/&#39;/g, "'")))
        .join(' ');
    })
    .join(';');
  return html.slice(0, tag.index) + tag[1] + narrowed + tag[3] + html.slice(tag.index + tag[0].length);
}
