/** Reading built pages from dist/. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

export function page(path: string): string {
  const clean = path.replace(/^\//, '').replace(/\/?$/, '/');
  return readFileSync(join(DIST, clean, 'index.html'), 'utf8');
}

/** Every built HTML file, as site paths ("/en/regions/afr/"). */
export function allPages(dir = DIST, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((f) => {
    const rel = join(prefix, f);
    if (statSync(join(dir, rel)).isDirectory()) return f === '_astro' || f === 'pagefind' ? [] : allPages(dir, rel);
    return f === 'index.html' ? [`/${prefix}${prefix ? '/' : ''}`] : [];
  });
}

/** The text of an HTML fragment, tags stripped and entities decoded, whitespace folded. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The <main> element of a page. */
export function mainOf(html: string): string {
  return /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
}
