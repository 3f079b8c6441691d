import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/model/countries.ts';
import { figureNote, formatFigure } from '../../src/presentation/present.ts';
import { aside } from '../../src/i18n/format.ts';
import { formatRange } from '../../src/model/dates.ts';
import { t } from '../../src/i18n/ui.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { all, facts, fold, links, main, one, section, text, times } from '../helpers/html.ts';
import { expectDates, expectLinksTo, expectSourceLine, factItems } from '../helpers/pages.ts';

const model = realModel();

describe.each(LOCALES)('forums (%s)', (locale) => {
  it('the list has a row per forum: date, linked title, region', () => {
    const rows = all('tbody tr', main(`/${locale}/forums/`));
    expect(rows).toHaveLength(model.forums.length);
    model.forums.forEach((f, i) => {
      expect(times(rows[i])).toEqual([{ datetime: f.facts.start, text: fold(formatRange(f.facts.start, f.facts.end, locale)) }]);
      expect(links(rows[i])[0]).toEqual({ href: `/${locale}/forums/${f.id}/`, text: f.text[locale].title });
      expect(text(rows[i])).toContain(model.get('regions', f.facts.region).text[locale].title);
    });
  });

  it.each(model.forums.map((f) => [f.id, f] as const))('%s shows its facts, source and links', (_id, f) => {
    const path = `/${locale}/forums/${f.id}/`;
    const m = main(path);
    expect(text(one('h1', m)!)).toBe(f.text[locale].title);
    const rows = facts(path);
    expect(links(rows.get(t(locale, 'fact.region'))!)).toEqual([
      { href: `/${locale}/regions/${f.facts.region}/`, text: model.get('regions', f.facts.region).text[locale].title },
    ]);
    expectDates(path, f.facts.start, f.facts.end, t(locale, 'fact.dates'));
    const iso = f.facts.country ?? (f.facts.place ? model.get('places', f.facts.place).facts.country : undefined);
    if (iso) {
      const venue = text(rows.get(t(locale, 'fact.venue'))!);
      if (f.facts.place) expect(venue).toContain(model.get('places', f.facts.place).text[locale].title);
      expect(venue).toContain(countryName(iso, locale));
    } else {
      expect(rows.has(t(locale, 'fact.venue'))).toBe(false);
    }
    if (f.facts.host)
      expect(links(rows.get(t(locale, 'fact.host'))!)).toEqual([
        { href: `/${locale}/countries/${f.facts.host.toLowerCase()}/`, text: countryName(f.facts.host, locale) },
      ]);
    if (f.text[locale].theme) expect(text(rows.get(t(locale, 'fact.theme'))!)).toBe(fold(f.text[locale].theme));
    // The entry's own figures; the worldwide totals its paragraph gives are a row of their own, labelled worldwide.
    const own = f.facts.figures.filter((x) => x.scope !== 'worldwide');
    if (own.length)
      expect(text(rows.get(t(locale, 'fact.figures'))!)).toBe(
        factItems(
          locale,
          own.map((x) => formatFigure(x, locale)),
        ),
      );
    const worldwide = f.facts.figures.filter((x) => x.scope === 'worldwide');
    if (worldwide.length)
      expect(text(rows.get(t(locale, 'fact.figures.worldwide'))!)).toBe(
        factItems(
          locale,
          worldwide.map((x) => aside(locale, formatFigure(x, locale), figureNote(x, locale)!)),
        ),
      );
    expectLinksTo(path, [
      ...f.facts.colocated.map((a) => `/${locale}/activities/${a}/`),
      ...f.facts.organizations.map((o) => `/${locale}/organizations/${o}/`),
      ...f.facts.countries.map((c) => `/${locale}/countries/${c.toLowerCase()}/`),
      ...f.facts.resolutions.map((r) => `/${locale}/resolutions/${r}/`),
      // Activities linked to the forum, and those held with it.
      ...model.backlinks('forums', f.id).map((l) => `/${locale}/${l.collection}/${l.id}/`),
    ]);
    expectSourceLine(path, f.facts.source.blocks, locale, f.facts.source.document);
    // The document's own words, quoted.
    const quote = section(path, t(locale, 'source.quote'));
    for (const b of f.facts.source.blocks)
      expect(text(quote!)).toContain(fold(model.get('documents', f.facts.source.document!).text[locale].blocks![b]));
  });
});
