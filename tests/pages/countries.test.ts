import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/model/countries.ts';
import { t } from '../../src/i18n/ui.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { facts, links, main, one, section, text } from '../helpers/html.ts';

const model = realModel();

/** Forums and activities that concern a country, by the facts: venue, place, host, beneficiaries, countries concerned. */
function concerning(iso: string): string[] {
  const placeCountry = (p?: string) => (p ? model.get('places', p).facts.country : undefined);
  return [
    ...model.forums.filter((f) => [f.facts.country, f.facts.host, placeCountry(f.facts.place), ...f.facts.countries].includes(iso)),
    ...model.activities.filter((a) =>
      [a.facts.country, a.facts.host, placeCountry(a.facts.place), ...a.facts.beneficiaries, ...a.facts.countries].includes(iso),
    ),
  ].map((e) => `${e.collection}/${e.id}`);
}

describe.each(LOCALES)('countries (%s)', (locale) => {
  it('the list links every member country under its region', () => {
    const path = `/${locale}/countries/`;
    for (const r of model.regions) {
      const s = section(path, r.text[locale].title)!;
      expect(new Set(links(s).map((l) => l.href))).toEqual(new Set(r.facts.members.map((c) => `/${locale}/countries/${c.toLowerCase()}/`)));
    }
    // And every other country the site mentions.
    const all = new Set(links(main(path)).map((l) => l.href));
    for (const c of model.countries) expect(all.has(`/${locale}/countries/${c.toLowerCase()}/`), c).toBe(true);
  });

  it.each(model.countries.map((c) => [c] as const))('%s shows its region and lists every forum and activity that concerns it', (iso) => {
    const path = `/${locale}/countries/${iso.toLowerCase()}/`;
    expect(text(one('h1', main(path))!)).toBe(countryName(iso, locale));
    const rows = facts(path);
    expect(text(rows.get(t(locale, 'fact.iso'))!)).toBe(iso);
    const region = model.regionOfCountry(iso);
    if (region)
      expect(links(rows.get(t(locale, 'fact.region-of-country'))!)).toEqual([
        { href: `/${locale}/regions/${region.id}/`, text: region.text[locale].title },
      ]);
    else expect(rows.has(t(locale, 'fact.region-of-country'))).toBe(false);
    const listed = links(section(path, t(locale, 'links.concerning'))!).map((l) => l.href.replace(`/${locale}/`, '').replace(/\/$/, ''));
    expect(listed).toEqual(concerning(iso));
    const orgs = model.organizations.filter((o) => o.facts.country === iso);
    if (orgs.length)
      expect(links(section(path, t(locale, 'links.partners'))!).map((l) => l.href)).toEqual(
        orgs.map((o) => `/${locale}/organizations/${o.id}/`),
      );
    if (listed.length === 0) expect(text(section(path, t(locale, 'links.concerning'))!)).toContain(t(locale, 'links.none'));
  });

  it('the countries the document names have their forums and activities (Ethiopia, Tanzania, Barbados)', () => {
    expect(concerning('ET')).toEqual(expect.arrayContaining(['forums/rdf-afr-2023', 'activities/afr-ntfa-workshop-2024']));
    expect(concerning('TZ')).toEqual(expect.arrayContaining(['activities/afr-sg20-meeting-arusha-2023']));
    expect(concerning('BB')).toEqual(['activities/ams-giga-oecs-school-connectivity']);
  });
});
