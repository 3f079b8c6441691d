import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/model/countries.ts';
import { formatRange } from '../../src/model/dates.ts';
import { blockLabel, figureNote, formatFigure } from '../../src/presentation/present.ts';
import { aside } from '../../src/i18n/format.ts';
import { t, tn, VOCAB } from '../../src/i18n/ui.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { all, facts, fold, links, main, one, section, text, times } from '../helpers/html.ts';
import { expectDates, expectLinksTo, expectSourceLine, factItems } from '../helpers/pages.ts';

const model = realModel();

describe.each(LOCALES)('activities (%s)', (locale) => {
  it('the list has every activity once, under the region that reports it, dated with <time>', () => {
    const m = main(`/${locale}/activities/`);
    const hrefs = links(m)
      .map((l) => l.href)
      .filter((h) => h.startsWith(`/${locale}/activities/`));
    expect(hrefs).toHaveLength(model.activities.length);
    expect(new Set(hrefs)).toEqual(new Set(model.activities.map((a) => `/${locale}/activities/${a.id}/`)));
    for (const r of model.regions) {
      const s = section(`/${locale}/activities/`, r.text[locale].title)!;
      const mine = model.activities.filter((a) => a.facts.regions[0] === r.id);
      const rows = all('tbody tr', s);
      expect(rows.map((row) => links(row)[0].href)).toEqual(mine.map((a) => `/${locale}/activities/${a.id}/`));
      rows.forEach((row, i) => {
        const a = mine[i];
        expect(times(row)).toEqual(
          a.facts.start ? [{ datetime: a.facts.start, text: fold(formatRange(a.facts.start, a.facts.end, locale)) }] : [],
        );
      });
    }
  });

  it.each(model.activities.map((a) => [a.id, a] as const))('%s shows its facts, source and links', (_id, a) => {
    const path = `/${locale}/activities/${a.id}/`;
    const f = a.facts;
    expect(text(one('h1', main(path))!)).toBe(fold(a.text[locale].title));
    const rows = facts(path);
    expect(links(rows.get(t(locale, 'fact.regions'))!).map((l) => l.href)).toEqual(f.regions.map((r) => `/${locale}/regions/${r}/`));
    expectDates(path, f.start, f.end, t(locale, 'fact.dates'));
    if (!f.start) expect(text(rows.get(t(locale, 'fact.dates'))!)).toBe(t(locale, 'fact.undated'));
    const iso = f.country ?? (f.place ? model.get('places', f.place).facts.country : undefined);
    if (iso) {
      const venue = rows.get(t(locale, 'fact.venue'))!;
      expect(links(venue)).toContainEqual({ href: `/${locale}/countries/${iso.toLowerCase()}/`, text: countryName(iso, locale) });
      if (f.place) expect(text(venue)).toContain(model.get('places', f.place).text[locale].title);
    }
    expect(text(rows.get(t(locale, 'fact.kind'))!)).toBe(VOCAB[locale].kind[f.kind]);
    // No sector row when the document names none (¶ 3.4 •4, ¶ 3.5 •6).
    if (f.sectors.length)
      expect(text(rows.get(t(locale, 'fact.sectors'))!)).toBe(
        factItems(
          locale,
          f.sectors.map((s) => VOCAB[locale].sector[s]),
        ),
      );
    else expect(rows.get(t(locale, 'fact.sectors'))).toBeUndefined();
    if (f.themes.length)
      expect(text(rows.get(t(locale, 'fact.themes'))!)).toBe(
        factItems(
          locale,
          f.themes.map((s) => VOCAB[locale].theme[s]),
        ),
      );
    // The entry's own figures; the worldwide totals its paragraph gives are a row of their own, labelled worldwide.
    const own = f.figures.filter((x) => x.scope !== 'worldwide');
    if (own.length)
      expect(text(rows.get(t(locale, 'fact.figures'))!)).toBe(
        factItems(
          locale,
          own.map((x) => formatFigure(x, locale)),
        ),
      );
    const worldwide = f.figures.filter((x) => x.scope === 'worldwide');
    if (worldwide.length)
      expect(text(rows.get(t(locale, 'fact.figures.worldwide'))!)).toBe(
        factItems(
          locale,
          worldwide.map((x) => aside(locale, formatFigure(x, locale), figureNote(x, locale)!)),
        ),
      );
    expectLinksTo(path, [
      ...f.countries.map((c) => `/${locale}/countries/${c.toLowerCase()}/`),
      ...f.organizations.map((o) => `/${locale}/organizations/${o}/`),
      ...f.resolutions.map((r) => `/${locale}/resolutions/${r}/`),
      ...f.references.map((r) => `/${locale}/references/${r}/`),
      ...(f.forum ? [`/${locale}/forums/${f.forum}/`] : []),
      ...model.backlinks('activities', a.id).map((l) => `/${locale}/${l.collection}/${l.id}/`),
    ]);
    expectSourceLine(path, f.source.blocks, locale, f.source.document);
    const quote = text(section(path, t(locale, 'source.quote'))!);
    for (const b of f.source.blocks) expect(quote).toContain(fold(model.get('documents', f.source.document!).text[locale].blocks![b]));
    // An entry that merges several mentions of one event says so, linking each paragraph.
    const note = one('.merge-note', main(path));
    if (f.merges.length === 0) expect(note).toBeUndefined();
    else {
      expect(text(note!)).toContain(fold(tn(locale, 'source.merges', f.merges.length)));
      expect(links(note!)).toEqual(
        f.merges.map((b) => ({
          href: `/${locale}/documents/${f.source.document}/#${b}`,
          text: blockLabel(model, f.source.document!, b, locale),
        })),
      );
    }
  });

  it('the merged entries are RRS-23-Americas (¶ 3.4 •4, •7) and the interregional cyberdrill (¶ 3.6 •2 –13, ¶ 3.8 •4)', () => {
    expect(Object.fromEntries(model.activities.filter((a) => a.facts.merges.length).map((a) => [a.id, a.facts.merges]))).toEqual({
      'ams-rrs-23-americas': ['p3-4-4', 'p3-4-7'],
      'asp-eur-interregional-cyberdrill-2023': ['p3-6-2-13', 'p3-8-4'],
    });
  });
});
