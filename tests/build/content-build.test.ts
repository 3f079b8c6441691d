/**
 * Two real builds of small content trees (tests/corpus/base + a mutation):
 * - a broken tree must fail `astro build` with every problem listed, and
 *   write no site;
 * - markup typed into plain-text fields must come out as text on every built
 *   page: no script runs, the heading shows what was typed; a text's body
 *   is shown on its entry's page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makeTree, removeTree } from '../helpers/tree.ts';
import { serve } from '../helpers/server.ts';
import { launch } from '../helpers/browser.ts';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

function build(root: string) {
  const outDir = join(root, 'dist');
  const r = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'tests/build/astro.config.mjs', '--outDir', outDir],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_ROOT: join(root, 'content'),
        TEST_CACHE_DIR: join(root, '.cache'),
        TZ: 'UTC',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    },
  );
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const abs = join(dir, f);
    return statSync(abs).isDirectory() ? htmlFiles(abs) : f.endsWith('.html') ? [abs] : [];
  });
}

describe('astro build of a content tree', () => {
  test('fails on stray, duplicate and malformed files, listing every problem', () => {
    const root = makeTree({
      write: {
        'content/places/dakar.yml': 'country: SN\ncoordinates: [-17.44, 14.69]\n',
        'content/activities/Afr-Workshop-2023.yaml': 'regions: [afr]\n',
        'content/activities/afr-extra-2023.yml': 'regions: [afr]\n',
      },
      edit: { 'content/text/en/activities/afr-workshop-2023.mdx': [['\nSee the', '\nA <span>unclosed tag.\n\nSee the']] },
    });
    roots.push(root);
    const c = `${root}/content`;
    const { status, output, outDir } = build(root);
    expect(status).not.toBe(0);
    const lines = [
      '4 content problems:',
      `${c}/activities/Afr-Workshop-2023.yaml has the same id as ${c}/activities/afr-workshop-2023.yaml (ids ignore upper/lower case and the extension, so the site would load only one of them; keep one file, named afr-workshop-2023.yaml)`,
      `${c}/activities/afr-extra-2023.yml has the extension .yml (expected .yaml: rename it to afr-extra-2023.yaml; the site would ignore this file)`,
      `${c}/places/dakar.yml has the same id as ${c}/places/dakar.yaml (ids ignore upper/lower case and the extension, so the site would load only one of them; keep one file, named dakar.yaml)`,
      `${c}/text/en/activities/afr-workshop-2023.mdx:7 body: MDX syntax error: Expected a closing tag for \`<span>\` (line 7, column 3) before the end of \`paragraph\``,
    ];
    expect(output).toContain(lines.join('\n'));
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  test('shows markup typed in titles and summaries as text', async () => {
    const title = '</title><script>alert(1)</script>';
    const summary = '<img src=x onerror="alert(2)">';
    const root = makeTree({
      edit: {
        'content/text/en/activities/afr-workshop-2023.mdx': [
          ['title: Test workshop', `title: ${JSON.stringify(title)}`],
          ['summary: An activity for the tests.', `summary: ${JSON.stringify(summary)}`],
        ],
      },
    });
    roots.push(root);
    const { status, output, outDir } = build(root);
    expect(status, output.slice(-3000)).toBe(0);

    // The text's body (tests/corpus/base) is rendered by the content loader and shown by render(entry).
    const entry = readFileSync(join(outDir, 'en/activities/afr-workshop-2023/index.html'), 'utf8');
    expect(entry).toMatch(
      /<div class="entry-body"[^>]*>\s*<p>See the <a href="\/en\/regions\/afr\/">Africa region<\/a>, [^]*<abbr title="Regional development forum">RDF<\/abbr>\.<\/p>/,
    );

    // Every page that shows the title, opened in Chromium with scripts on.
    const pages = htmlFiles(outDir)
      .filter((f) => readFileSync(f, 'utf8').includes('alert(1)'))
      .map((f) => f.slice(outDir.length).replace(/index\.html$/, ''));
    expect(pages).toContain('/en/activities/afr-workshop-2023/');
    expect(pages.length).toBeGreaterThan(3);
    const { server, url } = await serve(outDir);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      for (const p of pages) {
        await page.goto(url + p, { waitUntil: 'load' });
        const injected = await page.evaluate(
          () =>
            // Data blocks (JSON, JSON-LD) are not run: they are checked below.
            [...document.querySelectorAll('script:not([type="application/json"]):not([type="application/ld+json"]), img')].filter(
              (e) => e.textContent.includes('alert(') || (e.getAttribute('onerror') ?? '').includes('alert('),
            ).length,
        );
        expect(injected, p).toBe(0);
        // Data blocks may carry the title as data, but never a raw "<" that could close them.
        const rawInData = await page.evaluate(
          () =>
            [...document.querySelectorAll('script[type="application/json"], script[type="application/ld+json"]')].filter((e) =>
              e.textContent.includes('<'),
            ).length,
        );
        expect(rawInData, p).toBe(0);
      }
      await page.goto(`${url}/en/activities/afr-workshop-2023/`, { waitUntil: 'load' });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      expect(await page.title()).toContain(title);
      expect(await page.getByText(summary, { exact: true }).count()).toBeGreaterThan(0);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
