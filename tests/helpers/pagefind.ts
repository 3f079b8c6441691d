/** Reading the built Pagefind index in Node: what each fragment (page) indexed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'astro/zod';
import { DIST } from './dist.ts';

export interface Fragment {
  /** Result id in the browser API, e.g. "zh-cn_bc8cd23". */
  id: string;
  url: string;
  /** The text Pagefind indexed as the page body (its word-break marks removed). */
  content: string;
  /** The body as Pagefind cut it into words (Chinese: jieba), U+200B between words. */
  segmented: string;
  /** Only the metadata the page set. */
  meta: Partial<Record<string, string>>;
  /** Only the filters the page set. */
  filters: Partial<Record<string, string[]>>;
}

/** The parts of a fragment file's JSON read here. */
const FragmentJson = z.object({
  url: z.string(),
  content: z.string(),
  meta: z.record(z.string(), z.string()),
  filters: z.record(z.string(), z.array(z.string())),
});

/** Every indexed page of one language. */
export function fragments(lang: string): Fragment[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${lang}_`) && f.endsWith('.pf_fragment'))
    .map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      const data = FragmentJson.parse(JSON.parse(raw.slice(raw.indexOf('{'))));
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
