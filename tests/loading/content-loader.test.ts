/**
 * The content loader (src/loading/content-loader.ts) with a stand-in for
 * Astro's loader context: it stores the entries loadContent() validated,
 * fails with one error listing every problem, and renders text bodies.
 */
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLoader } from '../../src/loading/content-loader.ts';
import { checkContent, checkContentOnce, forgetContentRun, type CheckOptions } from '../../src/editor/check.ts';
import { ContentError } from '../../src/loading/problems.ts';
import { realContent, replaceLine, tempContent } from '../helpers/content.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  rendered?: { html: string };
  digest?: string;
}

/** Just enough of Astro's LoaderContext: a store, a digest and a Markdown renderer. */
async function context(collection: string) {
  const entries = new Map<string, Stored>();
  const markdown = await createMarkdownProcessor();
  const ctx = {
    collection,
    store: {
      set: (e: Stored) => (entries.set(e.id, e), true),
      clear: () => entries.clear(),
    },
    generateDigest: (d: unknown) => JSON.stringify(d).length.toString(16),
    renderMarkdown: async (content: string) => {
      const r = await markdown.render(content);
      return { html: r.code, metadata: { headings: r.metadata.headings, frontmatter: {} } };
    },
    logger: { error: () => undefined, warn: () => undefined, info: () => undefined },
    config: { root: pathToFileURL(`${process.cwd()}/`) },
  } as unknown as LoaderContext;
  return { ctx, entries };
}

// Each case reads its own tree: no memoised run shared with another case.
const fresh = { run: checkContent, docs: false };

describe('content loader', () => {
  const trees: { remove: () => void }[] = [];
  afterAll(() => trees.forEach((t) => t.remove()));

  it('stores every validated entry of its collection, with its file and data', async () => {
    const { ctx, entries } = await context('activities');
    await contentLoader('activities', { root: 'content', ...fresh }).load(ctx);
    const expected = realContent().set.facts.activities;
    expect([...entries.keys()].sort()).toEqual(expected.map((e) => e.id).sort());
    const first = expected[0];
    expect(entries.get(first.id)).toMatchObject({ id: first.id, filePath: first.file, data: first.data });
    expect(entries.get(first.id)?.digest).toBeTruthy();
  });

  it('stores the texts under <locale>/<collection>/<id>, without a rendering when there is no body', async () => {
    const { ctx, entries } = await context('texts');
    await contentLoader('texts', { root: 'content', ...fresh }).load(ctx);
    expect(entries.size).toBe(realContent().set.texts.length);
    const t = entries.get('en/activities/afr-ntfa-workshop-2024');
    expect(t?.data.title).toMatch(/National Tables of Frequency Allocations/);
    expect(t?.filePath).toBe('content/text/en/activities/afr-ntfa-workshop-2024.mdx');
    expect(t?.rendered).toBeUndefined();
  });

  it('renders an MDX body as Markdown, so that render(entry) shows it', async () => {
    const tree = tempContent({
      'text/en/activities/afr-ntfa-workshop-2024.mdx': (s) =>
        `${s}\nThe workshop was **in Addis Ababa**; see [the region](/en/regions/afr/).\n`,
    });
    trees.push(tree);
    const { ctx, entries } = await context('texts');
    await contentLoader('texts', { root: tree.root, ...fresh }).load(ctx);
    const t = entries.get('en/activities/afr-ntfa-workshop-2024');
    expect(t?.body).toContain('**in Addis Ababa**');
    expect(t?.rendered?.html).toContain('<strong>in Addis Ababa</strong>');
    expect(t?.rendered?.html).toContain('<a href="/en/regions/afr/">the region</a>');
    // The other language has no body and gets no rendering.
    expect(entries.get('zh-cn/activities/afr-ntfa-workshop-2024')?.rendered).toBeUndefined();
  });

  it('fails with one error that lists every problem, and stores nothing', async () => {
    const tree = tempContent({
      'activities/afr-ntfa-workshop-2024.yaml': replaceLine(/^start:.*$/, 'start: "2023-02-29"'),
      'activities/cis-rrs-2024.yaml': replaceLine(/^countries:.*$/, 'countries: [XX]'),
      'text/en/activities/afr-ntfa-workshop-2024.mdx': (s) => `${s}\nSee [nowhere](/en/regions/nowhere/).\n`,
    });
    trees.push(tree);
    const { ctx, entries } = await context('activities');
    const error = await contentLoader('activities', { root: tree.root, ...fresh })
      .load(ctx)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message.replaceAll(tree.root, 'content');
    expect(message.split('\n')).toEqual([
      '3 content problems:',
      'content/activities/afr-ntfa-workshop-2024.yaml:5 start: "2023-02-29" is not a real date (February 2023 has 28 days)',
      'content/activities/cis-rrs-2024.yaml:7 countries[0]: "XX" is not a country code (expected ISO 3166-1 alpha-2, like "ET")',
      expect.stringMatching(
        /^content\/text\/en\/activities\/afr-ntfa-workshop-2024\.mdx:\d+ body: link "\/en\/regions\/nowhere\/" does not lead to a page of the site/,
      ),
    ]);
    // No stack trace into the loader: the problems say where to look.
    expect((error as Error).stack).toBe(`ContentError: ${(error as Error).message}`);
    expect(entries.size).toBe(0);
  });

  it('shares one memoised run between every collection (and the build’s check)', async () => {
    const tree = tempContent();
    trees.push(tree);
    let runs = 0;
    const counted = { root: tree.root, docs: false };
    const run = checkContentOnce(counted);
    expect(checkContentOnce(counted)).toBe(run);
    const spy = (o: CheckOptions) => (runs++, checkContentOnce(o));
    for (const c of ['regions', 'activities', 'texts'] as const) {
      const { ctx, entries } = await context(c);
      await contentLoader(c, { ...counted, run: spy }).load(ctx);
      expect(entries.size).toBeGreaterThan(0);
    }
    expect(runs).toBe(3);
    expect(checkContentOnce(counted)).toBe(run);
    forgetContentRun(counted);
    expect(checkContentOnce(counted)).not.toBe(run);
    forgetContentRun(counted);
  });
});
