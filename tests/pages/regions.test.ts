import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/model/countries.ts';
import { t } from '../../src/i18n/ui.ts';
import { formatNumber } from '../../src/presentation/present.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { all, facts, fold, links, main, one, section, text } from '../helpers/html.ts';
import { expectSourceLine } from '../helpers/pages.ts';

const model = realModel();
const hrefs = (el: Parameters<typeof links>[0] | undefined) => (el ? links(el).map((l) => l.href) : []);

describe.each(LOCALES)('regions (%s)', (locale) => {
  it('the list links the six regions in ITU order', () => {
    const regionLinks = links(main(`/${locale}/regions/`)).filter((l) => l.href.startsWith(`/${locale}/regions/`));
    expect(regionLinks).toEqual(model.regions.map((r) => ({ href: `/${locale}/regions/${r.id}/`, text: fold(r.text[locale].title) })));
  });

  it('Cairo (¶ 3.5 •1) and New Delhi (¶ 3.6 •2 –1) are marked as stated by the document, linked to their bullet', () => {
    const stated = (id: string, key: 'fact.office' | 'fact.areaOffices') =>
      links(facts(`/${locale}/regions/${id}/`).get(t(locale, key))!).map((l) => l.href);
    expect(stated('arb', 'fact.office')).toEqual([`/${locale}/documents/c24-regional-presence/#p3-5-1`]);
    expect(stated('asp', 'fact.areaOffices')).toEqual([`/${locale}/documents/c24-regional-presence/#p3-6-2-1`]);
    expect(stated('afr', 'fact.office')).toEqual([]);
  });

  it.each(model.regions.map((r) => [r.id, r] as const))(
    '%s shows its office, its source and lists its forum, activities, partners and countries',
    (_id, r) => {
      const path = `/${locale}/regions/${r.id}/`;
      expect(text(one('h1', main(path))!)).toBe(fold(r.text[locale].title));
      const rows = facts(path);
      const office = model.get('places', r.facts.office);
      expect(text(rows.get(t(locale, 'fact.office'))!)).toContain(fold(office.text[locale].title));
      expect(text(rows.get(t(locale, 'fact.office'))!)).toContain(countryName(office.facts.country, locale));
      for (const a of r.facts.areaOffices)
        expect(text(rows.get(t(locale, 'fact.areaOffices'))!)).toContain(fold(model.get('places', a).text[locale].title));
      expect(text(rows.get(t(locale, 'fact.members'))!)).toBe(formatNumber(r.facts.members.length, locale));
      expectSourceLine(path, r.facts.source.blocks, locale, r.facts.source.document);
      // Its section's lead paragraph (¶ 3.3–3.8), in full and in the page's language, first of what the document says.
      const lead = r.facts.source.blocks[0];
      expect(lead).toMatch(/^p3-[3-8]$/);
      const said = all('blockquote', section(path, t(locale, 'source.quote'))!);
      expect(text(one('p', said[0])!)).toBe(fold(model.get('documents', r.facts.source.document!).text[locale].blocks![lead]));
      // What is not from the document is labelled, with its source.
      const note = one('.outside-note', main(path))!;
      expect(text(note)).toContain(fold(t(locale, 'source.outside.source')));
      expect(links(note).map((l) => l.href)).toEqual([r.facts.outside!.source]);
      for (const k of r.facts.outside!.fields) expect(text(note)).toContain(fold(t(locale, `source.outside.${k}`)));

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
