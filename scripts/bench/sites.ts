/**
 * The two sites the benchmark builds, each in its own temporary project that
 * links this project's node_modules: a copy of this site (content from
 * CONTENT_ROOT), and a bare Starlight site with one plain MDX page per page
 * of ours, carrying the same text.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { escapeMdx } from './generate.ts';
import { runMeasured, type Run } from './measure.ts';
import { DEFAULT_LOCALE, LANGUAGES } from '../../src/i18n/registry.ts';

/** Top-level entries of the project that a site copy leaves out; content comes from CONTENT_ROOT only. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', '.bench', 'content', 'test-results', 'tests', '.ci']);

/** Astro's caches go inside the temporary project, not into the shared node_modules/.astro. */
const WRAPPER = `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.cache/' };\n`;
const BENCH_CONFIG = 'astro.bench.config.mjs';

/** Copies this project's code (not its content) to `dir`, linking node_modules. */
export function copySite(project: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(project)) {
    if (NOT_COPIED.has(f) || f.endsWith('.log')) continue;
    cpSync(join(project, f), join(dir, f), { recursive: true });
  }
  symlinkSync(resolve(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, BENCH_CONFIG), WRAPPER);
}

/**
 * The JavaScript heap either site's build may use, MB: three quarters of the
 * machine's memory, the same for both. Node's default (about 4 GB here) stops
 * the bare Starlight site's build before 5,000 activities.
 */
export const HEAP_MB = Math.floor((totalmem() / 2 ** 20) * 0.75);

/** `astro build` of a temporary project, measured; the content root is passed as CONTENT_ROOT. */
export function buildSite(dir: string, outDir: string, contentRoot?: string): Promise<Run> {
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TZ: 'UTC',
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_MB}`.trim(),
  };
  // Every build starts cold: no content-layer store, no generated types.
  for (const cache of ['.cache', '.astro']) rmSync(join(dir, cache), { recursive: true, force: true });
  if (contentRoot) env.CONTENT_ROOT = contentRoot;
  else delete env.CONTENT_ROOT;
  return runMeasured(process.execPath, [astro, 'build', '--config', BENCH_CONFIG, '--outDir', outDir], { cwd: dir, env });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e.startsWith('#')
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

export interface PlainPage {
  /** Site path, "/en/activities/x/". */
  path: string;
  title: string;
  description?: string;
  /** The text of the page's <main>, one paragraph per block element, without its title. */
  paragraphs: string[];
}

/** The title, description and main text of a built page. */
export function plainPage(path: string, html: string): PlainPage {
  const title = decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? path).trim();
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  const text = main
    .replace(/<h1[\s\S]*?<\/h1>/, '')
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/(p|li|tr|h[2-6]|dd|dt|div|section|blockquote|caption|footer)>/g, '\n')
    .replace(/<[^>]+>/g, ' ');
  const paragraphs = decode(text)
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { path, title: title || path, description: description ? decode(description) : undefined, paragraphs };
}

/** Every page of a built site under a language folder (the root chooser and 404 pages excepted). */
export function builtPages(dist: string): PlainPage[] {
  const out: PlainPage[] = [];
  for (const f of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!f.isFile() || f.name !== 'index.html') continue;
    const rel = relative(dist, f.parentPath).split(/[\\/]/).join('/');
    if (!rel || rel.startsWith('pagefind') || rel.startsWith('_astro')) continue;
    out.push(plainPage(`/${rel}/`, readFileSync(join(f.parentPath, f.name), 'utf8')));
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The page as a plain Starlight MDX document. */
export function pageMdx(p: PlainPage): string {
  const front = [`title: ${JSON.stringify(p.title)}`, ...(p.description ? [`description: ${JSON.stringify(p.description)}`] : [])];
  return `---\n${front.join('\n')}\n---\n\n${p.paragraphs.map(escapeMdx).join('\n\n')}\n`;
}

/** The baseline's config: the real site's title, languages and guides sidebar, from the same language entries. */
const BASELINE_CONFIG = (site: string) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// A bare Starlight site: same languages and sidebar as the real site, nothing else.
export default defineConfig({
  site: ${JSON.stringify(site)},
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: ${JSON.stringify(Object.fromEntries(LANGUAGES.map((l) => [l.tag, l.strings['site.title']])))},
      defaultLocale: ${JSON.stringify(DEFAULT_LOCALE)},
      locales: ${JSON.stringify(Object.fromEntries(LANGUAGES.map((l) => [l.code, { label: l.label, lang: l.tag, dir: l.dir }])))},
      lastUpdated: false,
      pagination: false,
      sidebar: [{ label: ${JSON.stringify(LANGUAGES[0].strings['nav.guides'])}, translations: ${JSON.stringify(Object.fromEntries(LANGUAGES.map((l) => [l.tag, l.strings['nav.guides']])))}, items: [{ autogenerate: { directory: 'guides' } }] }],
    }),
  ],
});
`;

const BASELINE_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Writes a bare Starlight project with one MDX page per given page, at the same path. */
export function writeBaseline(project: string, dir: string, pages: PlainPage[]): void {
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  // Astro finds which packages to bundle for rendering from the root package.json's dependencies.
  const deps = (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
  const pkg = {
    name: 'bare-starlight-baseline',
    private: true,
    type: 'module',
    dependencies: { astro: deps.astro, '@astrojs/starlight': deps['@astrojs/starlight'] },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(dir, 'tsconfig.json'), `{ "extends": "astro/tsconfigs/strict" }\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), BASELINE_CONFIG('https://regional-presence.example.org'));
  writeFileSync(join(dir, BENCH_CONFIG), WRAPPER);
  writeFileSync(join(dir, 'src', 'content.config.ts'), BASELINE_CONTENT_CONFIG);
  for (const p of pages) {
    const file = join(dir, 'src', 'content', 'docs', ...p.path.split('/').filter(Boolean), 'index.mdx');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pageMdx(p));
  }
  symlinkSync(resolve(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
