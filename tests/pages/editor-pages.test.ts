/**
 * The editors' pages in the built site (dist/, built by tests/global-setup.ts):
 * edit links and last-updated on every entry page, the schema reference, the
 * translation status and the contributing guide in both languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mainOf, page, textOf } from '../helpers/dist.ts';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel, type AnyEntry } from '../../src/model/model.ts';
import { editUrl } from '../../src/presentation/edit.ts';
import { latestCommit } from '../../src/model/git-dates.ts';
import { SCHEMA_NAMES } from '../../src/editor/json-schema.ts';
import { fieldDocs } from '../../src/editor/schema-doc.ts';
import { schemaFiles } from '../../src/editor/json-schema.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';

const model = buildModel(loadContent().set);
const withPages: AnyEntry[] = [
  ...model.regions,
  ...model.forums,
  ...model.activities,
  ...model.resolutions,
  ...model.references,
  ...model.organizations,
];
const decode = (s: string) => s.replace(/&amp;/g, '&');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => decode(m[1]));

describe('entry pages', () => {
  test.each(LOCALES)('every entry page in %s links its facts file and its text file, and says when it last changed', (locale) => {
    for (const e of withPages) {
      const html = page(`/${locale}/${e.collection}/${e.id}/`);
      const links = hrefs(html);
      expect(links, `${e.collection}/${e.id}`).toContain(editUrl(e.file));
      expect(links, `${e.collection}/${e.id}`).toContain(editUrl(e.textFile[locale]));
      const updated = latestCommit([e.file, e.textFile[locale]]);
      if (updated) expect(html).toContain(`<time datetime="${new Date(updated).toISOString()}">`);
    }
  });
  test('the edit links are labelled in the page’s language', () => {
    const en = textOf(page('/en/forums/rdf-afr-2023/'));
    expect(en).toContain('Edit the facts (YAML)');
    expect(en).toContain('Edit the English text (MDX)');
    const zh = textOf(page('/zh-cn/forums/rdf-afr-2023/'));
    expect(zh).toContain('编辑事实（YAML）');
    expect(zh).toContain('编辑中文文本（MDX）');
  });
  test('each document page links both files of its document', () => {
    for (const d of model.documents) {
      const links = hrefs(page(`/en/documents/${d.id}/`));
      expect(links).toContain(editUrl(d.file));
      expect(links).toContain(editUrl(d.textFile.en));
    }
  });
});

describe('schema reference', () => {
  test.each(LOCALES)('lists every field of every collection (%s)', (locale) => {
    const html = mainOf(page(`/${locale}/guides/schema/`));
    const sections = html.split('<section').slice(1);
    expect(sections.length).toBe(SCHEMA_NAMES.length);
    SCHEMA_NAMES.forEach((name, i) => {
      const section = sections[i];
      expect(section).toMatch(new RegExp(`<h2 id="schema-${name}"`));
      expect(section).toContain(`href="/schemas/${name}.json"`);
      const rows = [...section.matchAll(/<th scope="row"[^>]*><code[^>]*>([^<]+)<\/code>/g)].map((m) => m[1]);
      expect(rows).toEqual(fieldDocs(name).map((f) => f.path));
      for (const f of fieldDocs(name)) expect(textOf(section)).toContain(locale === 'en' ? f.description : f.descriptionZh);
    });
    expect(textOf(html)).toContain(locale === 'en' ? 'Allowed values: ' : '允许值：');
  });
  test('ships the JSON Schema files as they are generated', () => {
    for (const [name, text] of schemaFiles()) expect(readFileSync(`dist/schemas/${name}`, 'utf8')).toBe(text);
  });
});

describe('translation status', () => {
  const entries = [
    ...model.documents,
    ...model.regions,
    ...model.places,
    ...model.organizations,
    ...model.resolutions,
    ...model.references,
    ...model.forums,
    ...model.activities,
  ];
  test.each(LOCALES)('has one row per entry, with its state (%s)', (locale) => {
    const html = mainOf(page(`/${locale}/guides/translations/`));
    const rows = [...html.matchAll(/<tr data-state="([a-z-]+)"/g)].map((m) => m[1]);
    expect(rows.length).toBe(entries.length);
    for (const state of rows) expect(['up-to-date', 'outdated', 'missing', 'unknown']).toContain(state);
    const summary = locale === 'en' ? `${entries.length} translations:` : `共${entries.length}个译文`;
    expect(textOf(html)).toContain(summary);
  });
});

describe('contributing guide', () => {
  test.each(LOCALES)('explains adding, translating, previewing and checking, linking the other guides (%s)', (locale) => {
    const html = mainOf(page(`/${locale}/guides/contributing/`));
    const text = textOf(html);
    for (const cmd of ['npm run new', 'npm start', 'npm run check', 'npm run check -- --content-only']) expect(text).toContain(cmd);
    for (const c of ['activities', 'forums', 'resolutions', 'regions']) expect(text).toContain(`content/${c}/`);
    expect(hrefs(html)).toContain(`/${locale}/guides/schema/`);
    expect(hrefs(html)).toContain(`/${locale}/guides/translations/`);
  });
  test('the guides are in the sidebar of both languages', () => {
    for (const locale of LOCALES) {
      const links = hrefs(page(`/${locale}/guides/about/`));
      for (const g of ['contributing', 'schema', 'translations']) expect(links).toContain(`/${locale}/guides/${g}/`);
    }
    expect(existsSync('dist/en/guides/translations/index.html')).toBe(true);
  });
});
