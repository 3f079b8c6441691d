/**
 * The editors' pages in the built site (dist/, built by tests/global-setup.ts):
 * edit links and last-updated on every entry page, the schema reference, the
 * translation status and the contributing guide in every language.
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
import { isSource, language } from '../../src/i18n/registry.ts';
import { languageName, t } from '../../src/i18n/ui.ts';
import { all, main, text } from '../helpers/html.ts';

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
/** A string with its whitespace folded as textOf folds the page's (French puts no-break spaces before colons). */
const folded = (s: string) => s.replace(/\s+/g, ' ');

describe('entry pages', () => {
  test.each(LOCALES)('every entry page in %s links its facts file and its text file, and says when it last changed', (locale) => {
    const wrongDates: string[] = [];
    for (const e of withPages) {
      const html = page(`/${locale}/${e.collection}/${e.id}/`);
      const links = hrefs(html);
      expect(links, `${e.collection}/${e.id}`).toContain(editUrl(e.file));
      expect(links, `${e.collection}/${e.id}`).toContain(editUrl(e.textFile[locale]));
      const updated = latestCommit([e.file, e.textFile[locale]]);
      const want = updated && `<time datetime="${new Date(updated).toISOString()}">`;
      if (want && !html.includes(want)) {
        const shown = [...html.matchAll(/<time datetime="([^"]+T[^"]+)">/g)].map((m) => m[1]);
        wrongDates.push(
          `${e.collection}/${e.id}: last commit ${new Date(updated).toISOString()}, page shows ${shown.join(', ') || 'none'}`,
        );
      }
    }
    expect(wrongDates).toEqual([]);
  });
  test.each(LOCALES)('the edit links are labelled in the page’s language (%s)', (locale) => {
    const text = textOf(page(`/${locale}/forums/rdf-afr-2023/`));
    expect(text).toContain(folded(t(locale, 'edit.facts')));
    expect(text).toContain(folded(t(locale, 'edit.text', { lang: languageName(locale, locale) })));
  });
  test.each(LOCALES)('each document page links both files of its document (%s)', (locale) => {
    for (const d of model.documents) {
      const links = hrefs(page(`/${locale}/documents/${d.id}/`));
      expect(links).toContain(editUrl(d.file));
      expect(links).toContain(editUrl(d.textFile[locale]));
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
      // The descriptions in the language the locale entry says it shows them in (the schemas describe fields in English and Chinese).
      for (const f of fieldDocs(name))
        expect(textOf(section)).toContain(folded({ en: f.description, zh: f.descriptionZh }[language(locale).schemaDocs]));
    });
    expect(textOf(html)).toContain(folded(t(locale, 'schema.values')));
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
    const path = `/${locale}/guides/translations/`;
    // One row per entry and translated language (every site language but the source), named in the page's language.
    const translated = LOCALES.filter((l) => !isSource(l));
    const rows = all('tr[data-state]', main(path));
    expect(rows.length).toBe(entries.length * translated.length);
    const states = rows.map((r) => String(r.properties.dataState));
    for (const state of states) expect(['up-to-date', 'outdated', 'missing', 'unknown']).toContain(state);
    const perLanguage = new Map<string, number>();
    for (const r of rows) {
      const name = text(all('td', r)[1]);
      perLanguage.set(name, (perLanguage.get(name) ?? 0) + 1);
    }
    expect(perLanguage).toEqual(new Map(translated.map((l) => [languageName(locale, l), entries.length])));
    // The summary counts the table's rows by state.
    const count = (state: string) => states.filter((s) => s === state).length;
    const summary = t(locale, 'tr.summary', {
      total: rows.length,
      up: count('up-to-date'),
      outdated: count('outdated'),
      missing: count('missing'),
      unknown: count('unknown'),
    });
    expect(textOf(mainOf(page(path)))).toContain(folded(summary));
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
  test('the guides are in the sidebar of every language', () => {
    for (const locale of LOCALES) {
      const links = hrefs(page(`/${locale}/guides/about/`));
      for (const g of ['contributing', 'schema', 'translations']) expect(links).toContain(`/${locale}/guides/${g}/`);
    }
    expect(existsSync('dist/en/guides/translations/index.html')).toBe(true);
  });
});
