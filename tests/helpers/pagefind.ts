/** Reading the built Pagefind index in Node: what each fragment (page) indexed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './dist.ts';

export interface Fragment {
  /** Result id in the browser API, e.g. "zh-cn_bc8cd23". */
  id: string;
  url: string;
  /** The text Pagefind indexed as the page body (its word-break marks removed). */
  content: string;
  /** The body as Pagefind cut it into words (Chinese: jieba), U+200B between words. */
  segmented: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every indexed page of one language. */
export function fragments(lang: string): Fragment[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${lang}_`) && f.endsWith('.pf_fragment'))
    .map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      const data = JSON.parse(raw.slice(raw.indexOf('{')));
      return {
        id: f.replace(/\.pf_fragment$/, ''),
        url: data.url,
        content: data.content.replace(/\u200b/g, ''),
        segmented: data.content,
        meta: data.meta,
        filters: data.filters,
      };
    });
}
