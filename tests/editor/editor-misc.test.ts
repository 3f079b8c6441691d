/** Small pure pieces of the editor tooling: edit links, title escaping, site routes, schema descriptions, messages. */
import { LOCALES } from '../../src/schemas/vocab.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FACT_COLLECTIONS } from '../../src/schemas/index.ts';
import { editUrl, entryFiles } from '../../src/presentation/edit.ts';
import { escapeTitle } from '../../src/presentation/safe-head.ts';
import { expansionsOf, matchRoute, mentionedCountries, siteRoutes } from '../../src/editor/site-urls.ts';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { PROJECT_ROOT } from '../../src/editor/check.ts';
import { SCHEMA_NAMES, editorJsonSchema } from '../../src/editor/json-schema.ts';
import { fieldDocs } from '../../src/editor/schema-doc.ts';
import { friendlyMessage } from '../../src/schemas/errors.ts';

describe('edit links', () => {
  test('pair an entry’s facts with its text in a language, from a file or an edit URL', () => {
    expect(entryFiles('content/activities/afr-x.yaml', 'en')).toEqual({
      facts: 'content/activities/afr-x.yaml',
      text: 'content/text/en/activities/afr-x.mdx',
    });
    expect(entryFiles('content/text/zh-cn/documents/c24-regional-presence.mdx', 'en')).toEqual({
      facts: 'content/documents/c24-regional-presence.yaml',
      text: 'content/text/en/documents/c24-regional-presence.mdx',
    });
    expect(entryFiles('https://git.example.org/x/edit/main/content/forums/rdf-afr-2023.yaml', 'zh-cn')?.text).toBe(
      'https://git.example.org/x/edit/main/content/text/zh-cn/forums/rdf-afr-2023.mdx',
    );
    expect(entryFiles('https://git.example.org/x/edit/main/src/content/docs/en/guides/about.mdx', 'en')).toBeUndefined();
  });
  test('use the configurable base', () => {
    expect(editUrl('./content/places/dakar.yaml', 'https://code.example.int/itu/site/-/edit/main')).toBe(
      'https://code.example.int/itu/site/-/edit/main/content/places/dakar.yaml',
    );
  });
});

test('page titles are escaped in <title>, other head entries untouched', () => {
  const head = [
    { tag: 'title', content: '</title><script>alert(1)</script> & co' },
    { tag: 'script', content: 'let a = 1 < 2;' },
  ];
  expect(escapeTitle(head)).toEqual([{ tag: 'title', content: '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co' }, head[1]]);
});

describe('site routes', () => {
  const { set } = loadContent();
  const routes = siteRoutes(PROJECT_ROOT, expansionsOf(set));
  test('the countries with a page are those of the model', () => {
    expect(mentionedCountries(set)).toEqual(buildModel(set).countries);
  });
  test('match real pages, and say why an address is not one', () => {
    expect(matchRoute(routes, '/en/regions/afr/')).toEqual({ ok: true });
    expect(matchRoute(routes, '/zh-cn/countries/et/')).toEqual({ ok: true });
    expect(matchRoute(routes, '/en/guides/contributing/')).toEqual({ ok: true });
    expect(matchRoute(routes, '/en/')).toEqual({ ok: true });
    expect(matchRoute(routes, '/')).toEqual({ ok: true });
    expect(matchRoute(routes, '/en/countries/zz/')).toEqual({ ok: false, why: '"zz" is not an id of countries' });
    expect(matchRoute(routes, '/de/regions/afr/')).toEqual({ ok: false, why: '"de" is not a site language' });
    for (const l of LOCALES) expect(matchRoute(routes, `/${l}/regions/afr/`), l).toEqual({ ok: true });
    expect(matchRoute(routes, '/en/places/dakar/')).toEqual({ ok: false, why: undefined });
  });
});

describe('schemas for editors', () => {
  test('every field of every collection is described in both languages', () => {
    for (const name of SCHEMA_NAMES) {
      for (const f of fieldDocs(name)) {
        expect(f.description, `${name}.${f.path}`).not.toBe('');
        expect(f.descriptionZh, `${name}.${f.path}`).toMatch(/\p{Script=Han}/u);
      }
    }
  });
  test('VS Code maps every collection’s facts files to its schema', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string> };
    expect(settings['yaml.schemas']).toEqual(
      Object.fromEntries(FACT_COLLECTIONS.map((c) => [`./public/schemas/${c}.json`, `content/${c}/*.yaml`])),
    );
  });
  test('the JSON Schema files are plain JSON Schema with both languages in descriptions', () => {
    const s = editorJsonSchema('forums') as {
      properties: Record<string, { description?: string; ref?: string; zh?: string }>;
      required: string[];
    };
    expect(s.required).toEqual(['region', 'start', 'source']);
    expect(s.properties.region.description).toBe(
      'The region it served (the id of an entry of content/regions/)\n所服务的区域（content/regions/ 中条目的编号）',
    );
    expect(JSON.stringify(s)).not.toMatch(/"(ref|zh)":/);
  });
});

test('generic zod issues get plain messages', () => {
  expect(friendlyMessage({ code: 'invalid_type', expected: 'array', input: 'ET' })).toBe('"ET" is text (expected a list)');
  expect(friendlyMessage({ code: 'invalid_type', expected: 'number', input: undefined })).toBe('is required (expected a number)');
  expect(friendlyMessage({ code: 'too_big', origin: 'string', maximum: 20, input: 'x'.repeat(25) })).toBe(
    'is 25 characters long (expected at most 20)',
  );
  expect(friendlyMessage({ code: 'too_small', origin: 'array', minimum: 1, input: [] })).toBe('is empty (expected at least 1 item)');
});
