import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/model/countries.ts';
import { t } from '../../src/i18n/ui.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { facts, links, main, one, section, text } from '../helpers/html.ts';
import { expectSourceLine } from '../helpers/pages.ts';

const model = realModel();
const hrefs = (el: Parameters<typeof links>[0] | undefined) => (el ? links(el).map((l) => l.href) : []);

describe.each(LOCALES)('regions (%s)', (locale) => {
  it('the list links the six regions in ITU order', () => {
    const regionLinks = links(main(`/${locale}/regions/`)).filter((l) => l.href.startsWith(`/${locale}/regions/`));
    expect(regionLinks).toEqual(model.regions.map((r) => ({ href: `/${locale}/regions/${r.id}/`, text: r.text[locale].title })));
  });

  it.each(model.regions.map((r) => [r.id, r] as const))(
    '%s shows its office, its source and lists its forum, activities, partners and countries',
    (_id, r) => {
      const path = `/${locale}/regions/${r.id}/`;
      expect(text(one('h1', main(path))!)).toBe(r.text[locale].title);
      const rows = facts(path);
      const office = model.get('places', r.facts.office);
      expect(text(rows.get(t(locale, 'fact.office'))!)).toContain(office.text[locale].title);
      expect(text(rows.get(t(locale, 'fact.office'))!)).toContain(countryName(office.facts.country, locale));
      for (const a of r.facts.areaOffices)
        expect(text(rows.get(t(locale, 'fact.areaOffices'))!)).toContain(model.get('places', a).text[locale].title);
      expect(text(rows.get(t(locale, 'fact.members'))!)).toBe(String(r.facts.members.length));
      expectSourceLine(path, r.facts.source.blocks, locale, r.facts.source.document);

      const forums = model.forums.filter((f) => f.facts.region === r.id);
      expect(forums.length).toBe(1);
      expect(hrefs(section(path, t(locale, 'links.forum')))).toEqual(forums.map((f) => `/${locale}/forums/${f.id}/`));
      const activities = model.activities.filter((a) => a.facts.regions.includes(r.id));
      expect(activities.length).toBeGreaterThan(0);
      expect(hrefs(section(path, t(locale, 'links.activities')))).toEqual(activities.map((a) => `/${locale}/activities/${a.id}/`));
      const partners = new Set([...forums, ...activities].flatMap((e) => e.facts.organizations));
      expect(new Set(hrefs(section(path, t(locale, 'links.partners'))))).toEqual(
        new Set([...partners].map((o) => `/${locale}/organizations/${o}/`)),
      );
      expect(new Set(hrefs(section(path, t(locale, 'links.countries'))))).toEqual(
        new Set(r.facts.members.map((c) => `/${locale}/countries/${c.toLowerCase()}/`)),
      );
    },
  );
});
