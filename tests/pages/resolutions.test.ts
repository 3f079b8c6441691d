import { describe, expect, it } from 'vitest';
import { t, VOCAB } from '../../src/i18n/ui.ts';
import { punctuation } from '../../src/i18n/format.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { facts, fold, links, main, one, section, text } from '../helpers/html.ts';
import { expectLinksTo, expectSourceLine } from '../helpers/pages.ts';

const model = realModel();

describe.each(LOCALES)('resolutions and referenced documents (%s)', (locale) => {
  it('the list links every resolution, then every referenced document', () => {
    const path = `/${locale}/resolutions/`;
    expect(links(section(path, t(locale, 'entity.resolutions'))!).map((l) => l.href)).toEqual(
      model.resolutions.map((r) => `/${locale}/resolutions/${r.id}/`),
    );
    expect(links(section(path, t(locale, 'entity.references'))!).map((l) => l.href)).toEqual(
      model.references.map((r) => `/${locale}/references/${r.id}/`),
    );
  });

  it.each(model.resolutions.map((r) => [r.id, r] as const))(
    'resolution %s shows its facts and lists everything that cites it',
    (_id, r) => {
      const path = `/${locale}/resolutions/${r.id}/`;
      expect(text(one('h1', main(path))!)).toBe(fold(r.text[locale].title));
      const rows = facts(path);
      expect(text(rows.get(t(locale, 'fact.body'))!)).toBe(VOCAB[locale].body[r.facts.body]);
      expect(text(rows.get(t(locale, 'fact.number'))!)).toBe(String(r.facts.number));
      for (const v of r.facts.revisions)
        expect(text(rows.get(t(locale, 'fact.revisions'))!)).toContain(
          // Conference, place and year, joined by the language's comma ("PP-22, Bucharest, 2022" / "PP-22，布加勒斯特，2022").
          fold([v.conference, model.get('places', v.place).text[locale].title, String(v.year)].join(punctuation(locale).comma)),
        );
      // The paragraphs that cite it...
      expectSourceLine(path, r.facts.source.blocks, locale, r.facts.source.document);
      // ...and every forum and activity that follows it up.
      expectLinksTo(
        path,
        model
          .backlinks('resolutions', r.id)
          .filter((l) => l.collection !== 'documents')
          .map((l) => `/${locale}/${l.collection}/${l.id}/`),
      );
    },
  );

  it('resolutions cited by activities list them (WTSA Res. 100, Council Res. 1408)', () => {
    expectLinksTo(`/${locale}/resolutions/wtsa-100/`, [`/${locale}/activities/afr-wtsa-100-emergency-number/`]);
    expectLinksTo(`/${locale}/resolutions/council-1408/`, [`/${locale}/activities/eur-ukraine-broadcasting-assessment/`]);
  });

  it.each(model.references.map((r) => [r.id, r] as const))(
    'referenced document %s shows its facts, source and citing entries',
    (_id, r) => {
      const path = `/${locale}/references/${r.id}/`;
      expect(text(one('h1', main(path))!)).toBe(fold(r.text[locale].title));
      const rows = facts(path);
      expect(text(rows.get(t(locale, 'fact.kind'))!)).toBe(VOCAB[locale].refKind[r.facts.kind]);
      if (r.facts.symbol) expect(text(rows.get(t(locale, 'fact.symbol'))!)).toBe(r.facts.symbol);
      if (r.facts.year) expect(text(rows.get(t(locale, 'fact.year'))!)).toBe(String(r.facts.year));
      expectSourceLine(path, r.facts.source.blocks, locale, r.facts.source.document);
      expectLinksTo(
        path,
        model
          .backlinks('references', r.id)
          .filter((l) => l.collection !== 'documents')
          .map((l) => `/${locale}/${l.collection}/${l.id}/`),
      );
    },
  );
});
