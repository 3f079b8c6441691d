import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/model/countries.ts';
import { t, VOCAB } from '../../src/i18n/ui.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { all, facts, links, main, one, text } from '../helpers/html.ts';
import { mainHrefs } from '../helpers/pages.ts';

const model = realModel();
/** The acronym a page in `locale` shows: the language's own where its text gives one as the short name ("OMM" for WMO), else the facts'. */
const acronymIn = (o: (typeof model.organizations)[number], locale: string) =>
  o.facts.acronym === undefined ? undefined : (o.text[locale].short ?? o.facts.acronym);

describe.each(LOCALES)('organizations (%s)', (locale) => {
  it('the list has a row per organization, with its acronym and kind', () => {
    const rows = all('tbody tr', main(`/${locale}/organizations/`));
    expect(rows.map((r) => links(r)[0])).toEqual(
      model.organizations.map((o) => ({ href: `/${locale}/organizations/${o.id}/`, text: o.text[locale].title })),
    );
    rows.forEach((row, i) => {
      const o = model.organizations[i];
      expect(text(row)).toContain(VOCAB[locale].orgKind[o.facts.kind]);
      const acronym = acronymIn(o, locale);
      if (acronym) expect(text(row)).toContain(acronym);
    });
  });

  it.each(model.organizations.map((o) => [o.id, o] as const))(
    '%s shows its facts and lists every forum and activity that concerns it',
    (_id, o) => {
      const path = `/${locale}/organizations/${o.id}/`;
      expect(text(one('h1', main(path))!)).toBe(o.text[locale].title);
      const rows = facts(path);
      expect(text(rows.get(t(locale, 'fact.kind'))!)).toBe(VOCAB[locale].orgKind[o.facts.kind]);
      const acronym = acronymIn(o, locale);
      if (acronym) expect(text(rows.get(t(locale, 'fact.acronym'))!)).toBe(acronym);
      if (o.facts.country)
        expect(links(rows.get(t(locale, 'fact.country'))!)).toEqual([
          { href: `/${locale}/countries/${o.facts.country.toLowerCase()}/`, text: countryName(o.facts.country, locale) },
        ]);
      const concerning = [...model.forums, ...model.activities]
        .filter((e) => e.facts.organizations.includes(o.id) || e.facts.organizers.includes(o.id))
        .map((e) => `/${locale}/${e.collection}/${e.id}/`);
      const entityLinks = [...mainHrefs(path)].filter((h) => /\/(forums|activities)\//.test(h));
      expect(new Set(entityLinks)).toEqual(new Set(concerning));
    },
  );
});
