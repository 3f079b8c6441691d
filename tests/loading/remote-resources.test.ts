/**
 * Nothing in a body is loaded from another origin (src/loading/remote-resources.ts):
 * the address rules, the srcset and CSS readers, and checkBody's messages,
 * for text files and for the guides. The bad-input corpus (tests/corpus)
 * has one case per element kind with the exact `npm run check` lines.
 */
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../src/loading/mdx-check.ts';
import { cssUrls, isRemote, srcsetUrls } from '../../src/loading/remote-resources.ts';
import { checkDocs } from '../../src/editor/check.ts';
import { rawJsonSchema, SCHEMA_NAMES } from '../../src/editor/json-schema.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCAL = '(images, frames and media must be files of this site: put it under public/ and link it as /…)';

/** The problems of one body starting on file line 5, as `line message`. */
async function problems(body: string, trusted = false): Promise<string[]> {
  const r = await checkBody('t.mdx', body, 5, trusted);
  return r.problems.map((p) => `${p.line} ${p.field}: ${p.message}`);
}

describe('isRemote', () => {
  test.each([
    'https://example.org/a.png',
    'http://example.org/a.png',
    'HTTPS://EXAMPLE.ORG/a.png',
    '//example.org/a.png',
    ' https://example.org/a.png ',
    'https:/example.org/a.png',
    'https:example.org/a.png', // relative on an https page, but another host on an http one
    'http:example.org/a.png',
    '\\\\example.org\\a.png',
    'ht\ntps://example.org/a.png',
    'ftp://example.org/a.png',
    'wss://example.org/socket',
    'https://user@example.org:8443/a.png',
  ])('%j is another origin', (url) => {
    expect(isRemote(url)).toBe(true);
  });

  test.each([
    '/a.png',
    '/en/regions/afr/',
    'a.png',
    '../a.png',
    '#p1-1',
    '?q=1',
    '',
    'data:image/png;base64,AAAA',
    'mailto:x@example.org',
    'javascript:void 0',
  ])('%j is not', (url) => {
    expect(isRemote(url)).toBe(false);
  });
});

describe('srcsetUrls', () => {
  test('reads every candidate, by the HTML rules', () => {
    expect(srcsetUrls('a.png')).toEqual(['a.png']);
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls(' a.png 480w ,b.png 800w,c.png')).toEqual(['a.png', 'b.png', 'c.png']);
    // A comma inside an address belongs to it; a comma right after it ends the candidate.
    expect(srcsetUrls('https://x.org/a,b.png 2x, c.png, d.png 1x')).toEqual(['https://x.org/a,b.png', 'c.png', 'd.png']);
    expect(srcsetUrls('a.png,b.png')).toEqual(['a.png,b.png']);
    expect(srcsetUrls('a.png,, b.png')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('\n  a.png 1x,\n  //x.org/b.png 2x\n')).toEqual(['a.png', '//x.org/b.png']);
    expect(srcsetUrls('')).toEqual([]);
  });
});

describe('cssUrls', () => {
  test('finds url(), src() and image-set() addresses', () => {
    expect(cssUrls('background: url(a.png) no-repeat')).toEqual(['a.png']);
    expect(cssUrls('background: url( "a b.png" ), url(\'c.png\')')).toEqual(['a b.png', 'c.png']);
    expect(cssUrls('background-image: image-set("a.png" 1x, url(b.png) 2x)')).toEqual(['a.png', 'b.png']);
    expect(cssUrls('background-image: -webkit-image-set("a.png" 1x)')).toEqual(['a.png']);
    expect(cssUrls('background: src("a.png")')).toEqual(['a.png']);
    expect(cssUrls('BACKGROUND: URL(a.png)')).toEqual(['a.png']);
  });

  test('reads the way a browser does: escapes decoded, comments and other strings skipped', () => {
    expect(cssUrls('background: \\75 rl(a.png)')).toEqual(['a.png']);
    expect(cssUrls('background: u\\rl(a.png)')).toEqual(['a.png']);
    expect(cssUrls('background: url(a\\).png)')).toEqual(['a).png']);
    expect(cssUrls('/* url(no.png) */ color: red')).toEqual([]);
    expect(cssUrls('font-family: "url(no.png)"; content: "x"')).toEqual([]);
    expect(cssUrls('color: red; margin: calc(1px + 2px)')).toEqual([]);
    expect(cssUrls('background: var(--x, url(a.png))')).toEqual(['a.png']);
  });
});

describe('checkBody: remote resources', () => {
  test('a remote Markdown image is an error with its line and address', async () => {
    expect(await problems('Text.\n\n![x](https://example.org/a.png)')).toEqual([
      `7 body: loads https://example.org/a.png from another origin ${LOCAL}`,
    ]);
  });

  test('a reference-style image names the definition it goes through; a link through a definition is fine', async () => {
    expect(await problems('![x][pic] and [text][page]\n\n[pic]: //cdn.example.org/a.png\n[page]: https://www.itu.int/')).toEqual([
      `5 body: loads //cdn.example.org/a.png from another origin, through the definition [pic] on line 7 ${LOCAL}`,
    ]);
    // Identifiers match case-insensitively; the first definition wins, as in CommonMark.
    expect(await problems('![x][PIC]\n\n[pic]: /favicon.svg\n[pic]: https://example.org/a.png')).toEqual([]);
    // An undefined reference is text, and loads nothing.
    expect(await problems('![x][nothing]')).toEqual([]);
  });

  test('every attribute a browser fetches, element and attribute named', async () => {
    const body = [
      '<img src="https://a.example/1.png" srcSet="/favicon.svg 1x, https://a.example/2.png 2x" alt="" />',
      '<video src="/favicon.svg" poster="//a.example/3.jpg"></video>',
      '<table background="https://a.example/4.png"><tbody><tr><td>x</td></tr></tbody></table>',
      '<svg role="img" aria-label="x"><use href="https://a.example/5.svg#i" /><rect fill="url(https://a.example/6.svg#g)" width="1" height="1" /></svg>',
      '<a href="https://www.itu.int/" attributionsrc="https://a.example/7">x</a>',
    ].join('\n\n');
    expect(await problems(body)).toEqual([
      `5 body: <img src> loads https://a.example/1.png from another origin ${LOCAL}`,
      `5 body: <img srcSet> loads https://a.example/2.png from another origin ${LOCAL}`,
      `7 body: <video poster> loads //a.example/3.jpg from another origin ${LOCAL}`,
      `9 body: <table background> loads https://a.example/4.png from another origin ${LOCAL}`,
      `11 body: <use href> loads https://a.example/5.svg#i from another origin ${LOCAL}`,
      `11 body: <rect fill> loads https://a.example/6.svg#g from another origin ${LOCAL}`,
      `13 body: <a attributionsrc> loads https://a.example/7 from another origin ${LOCAL}`,
    ]);
  });

  test('character references in attribute values are decoded before the check', async () => {
    expect(await problems('<img src="https&#58;//example.org/a.png" alt="" />')).toEqual([
      `5 body: <img src> loads https://example.org/a.png from another origin ${LOCAL}`,
    ]);
  });

  test('outbound links, the site’s own files and attributes that load nothing pass', async () => {
    const body = [
      '[ITU](https://www.itu.int/) <a href="https://www.itu.int/">ITU</a> <a href="//www.itu.int/">ITU</a>',
      '<blockquote cite="https://www.itu.int/">Quoted.</blockquote>',
      '<q cite="https://www.itu.int/">q</q> <span data-src="https://example.org/a.png">x</span> <span title="https://example.org/a.png">x</span>',
      '![icon](/favicon.svg) <img src="/favicon.svg" srcset="/favicon.svg 1x, /favicon.svg 2x" style="color: red" alt="" />',
    ].join('\n\n');
    expect(await problems(body)).toEqual([]);
  });

  test('the guides (trusted bodies, which may import components) are checked too', async () => {
    expect(await problems("import X from './x.astro';\n\n<X />\n\n![x](https://example.org/a.png)", true)).toEqual([
      `9 body: loads https://example.org/a.png from another origin ${LOCAL}`,
    ]);
  });

  test('checkDocs reports a remote image in a guide with the guide’s file and line', async () => {
    const root = mkdtempSync(join(tmpdir(), 'guides-'));
    try {
      mkdirSync(join(root, 'src/content/docs/en/guides'), { recursive: true });
      writeFileSync(
        join(root, 'src/content/docs/en/guides/x.mdx'),
        '---\ntitle: X\n---\n\nText.\n\n<img src="http://example.org/a.png" alt="" />\n',
      );
      const { problems } = await checkDocs(root);
      expect(problems).toEqual([
        {
          file: 'src/content/docs/en/guides/x.mdx',
          line: 7,
          field: 'body',
          message: `<img src> loads http://example.org/a.png from another origin ${LOCAL}`,
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('facts and text frontmatter', () => {
  /** Every property path of a JSON Schema, with its format. */
  function properties(schema: unknown, path = ''): { path: string; format?: string }[] {
    if (!schema || typeof schema !== 'object') return [];
    const s = schema as Record<string, unknown>;
    const out: { path: string; format?: string }[] = [];
    if (typeof s.format === 'string') out.push({ path, format: s.format });
    for (const [key, value] of Object.entries(s)) {
      if (key === 'properties' && value && typeof value === 'object') {
        for (const [name, sub] of Object.entries(value)) {
          out.push({ path: `${path}.${name}` });
          out.push(...properties(sub, `${path}.${name}`));
        }
      } else if (value && typeof value === 'object') out.push(...properties(value, path));
    }
    return out;
  }

  // No field of a facts file or of a text's frontmatter is an address a page loads (text fields are
  // rendered as escaped text), so only bodies need the check. A field that would be loaded (an image,
  // a logo) must be added to remote-resources.ts first; this test is the reminder.
  test.each(SCHEMA_NAMES)('%s has no field that is an address to load', (name) => {
    const props = properties(rawJsonSchema(name));
    expect(props.length).toBeGreaterThan(0);
    expect(props.filter((p) => p.format && /^(uri|url|iri)/.test(p.format))).toEqual([]);
    expect(
      props.filter((p) =>
        /(url|uri|src|href|image|img|icon|logo|photo|picture|video|audio|media|poster|banner|thumb)/i.test(p.path.split('.').pop() ?? ''),
      ),
    ).toEqual([]);
  });
});
