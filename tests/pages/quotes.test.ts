/**
 * Facts with sources on the built forum and activity pages: every page quotes
 * the document at a block that exists; the source language's pages quote it
 * verbatim; the others give our translation with the original at hand; the
 * worldwide totals of ¶2.4 are labelled so; the map counts what it cannot place.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { realModel } from '../helpers/content.ts';
import { all, fold, links, main, one, section, text } from '../helpers/html.ts';
import { normalizeSpace } from '../../src/loading/provenance.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/schemas/vocab.ts';
import { isSource, language } from '../../src/i18n/registry.ts';
import { t, tn } from '../../src/i18n/ui.ts';
import { formatDate } from '../../src/model/dates.ts';
import { formatNumber } from '../../src/presentation/present.ts';

const model = realModel();
const entries = [...model.forums, ...model.activities];
const quoted = entries;
const original = (document: string) =>
  Object.values(model.get('documents', document).text[SOURCE_LOCALE].blocks ?? {})
    .map(normalizeSpace)
    .join('\n');
const blockIds = (document: string) => new Set(model.get('documents', document).facts.blocks.map((b) => b.id));
const sourced = (path: string, locale: (typeof LOCALES)[number]) => section(path, t(locale, 'quotes.heading'));
const cites = (node: Element) => all('q[cite]', node);

it('every forum and activity has at least one quoted fact', () => {
  expect(entries.filter((e) => model.quotesOf(e).length === 0).map((e) => e.id)).toEqual([]);
});

describe.each(LOCALES)('facts with sources (%s)', (locale) => {
  it.each(quoted.map((e) => [`${e.collection}/${e.id}`, e] as const))('%s quotes the document at an existing block', (_, e) => {
    const path = `/${locale}/${e.collection}/${e.id}/`;
    const s = sourced(path, locale);
    expect(s, `${path} has no facts-with-sources section`).toBeDefined();
    const qs = cites(s!);
    expect(qs.length).toBeGreaterThan(0);
    const ids = blockIds(e.facts.source.document!);
    for (const q of qs) {
      const cite = String(q.properties.cite);
      const hash = cite.split('#')[1];
      expect(cite).toMatch(new RegExp(`/${SOURCE_LOCALE}/documents/${e.facts.source.document}/#`));
      expect(ids.has(hash), `${path}: ${cite}`).toBe(true);
      expect(String(q.properties.lang)).toBe(language(SOURCE_LOCALE).tag);
    }
  });
});

describe('on the source language’s pages', () => {
  it('every quoted phrase is a verbatim span of the original, linked to its paragraph', () => {
    for (const e of quoted) {
      const path = `/${SOURCE_LOCALE}/${e.collection}/${e.id}/`;
      const s = sourced(path, SOURCE_LOCALE)!;
      const doc = original(e.facts.source.document!);
      for (const q of cites(s)) expect(doc, `${path}: ${text(q)}`).toContain(fold(text(q)));
      expect(all('details', s)).toEqual([]);
      expect(links(s).some((l) => /#p[\d-]+:~:text=/.test(l.href))).toBe(true);
    }
  });
});

describe.each(LOCALES.filter((l) => !isSource(l)))('on %s pages', (locale) => {
  it('each quote is our translation, marked as ours, with its original in a <details> and a link to this language’s paragraph', () => {
    for (const e of quoted) {
      const path = `/${locale}/${e.collection}/${e.id}/`;
      const s = sourced(path, locale)!;
      for (const dd of all('dd', s)) {
        const phrase = all('q', dd);
        if (phrase.length === 0) continue;
        const details = one('details', dd);
        expect(details, `${path}: ${text(dd)}`).toBeDefined();
        expect(text(one('summary', details!)!)).toBe(fold(t(locale, 'quotes.original')));
        expect(cites(details!)).toHaveLength(1);
        expect(text(dd)).toContain(fold(t(locale, 'quotes.ours')));
        expect(links(dd).some((l) => l.href.startsWith(`/${locale}/documents/`))).toBe(true);
      }
    }
  });
});

describe.each(LOCALES)('¶2.4’s P2C totals (%s)', (locale) => {
  const path = `/${locale}/forums/rdf-ams-2023/`;
  const world = fold(t(locale, 'figure.worldwide', { date: formatDate('2023-08-19', locale) }));
  it('are labelled worldwide, as of 19 August 2023, and not shown as the forum’s own figures', () => {
    const f = model.get('forums', 'rdf-ams-2023').facts.figures;
    const worldwide = f.filter((x) => x.scope === 'worldwide');
    expect(worldwide).toHaveLength(4);
    for (const list of [one('dl', main(path))!, one('dl', sourced(path, locale)!)!]) {
      const rows = all('div', list).filter((d) => one('dt', d));
      const row = (label: string) => rows.find((r) => text(one('dt', r)!) === label);
      const own = text(row(t(locale, 'fact.figures'))!);
      const totals = row(t(locale, 'fact.figures.worldwide'));
      expect(totals).toBeDefined();
      expect(text(totals!).split(world).length - 1).toBe(4);
      for (const x of worldwide) expect(own).not.toContain(formatNumber(x.value, locale));
    }
  });
});

describe.each(LOCALES)('the map (%s)', (locale) => {
  it('says, beside the map, how many forums and activities it cannot place for want of a venue', () => {
    const unplaced = entries.filter((e) => !e.facts.place && !e.facts.country).length;
    expect(unplaced).toBeGreaterThan(0);
    const note = all('figure p', main(`/${locale}/map/`)).find((p) => text(p).includes(formatNumber(entries.length, locale)));
    expect(note).toBeDefined();
    expect(text(note!)).toBe(fold(tn(locale, 'viz.map.unplaced', unplaced, { total: formatNumber(entries.length, locale) })));
  });

  it.each(model.regions.map((r) => [r.id, r] as const))('the map of region %s says how many of its items it cannot place', (_, r) => {
    const mine = entries.filter((e) => ('region' in e.facts ? e.facts.region === r.id : e.facts.regions.includes(r.id)));
    const unplaced = mine.filter((e) => !e.facts.place && !e.facts.country).length;
    const expected = fold(tn(locale, 'viz.region.unplaced', unplaced, { total: formatNumber(mine.length, locale) }));
    const notes = all('figure p', main(`/${locale}/regions/${r.id}/`)).map(text);
    if (unplaced > 0) expect(notes).toContain(expected);
    else expect(notes).not.toContain(expected);
  });

  it('an entry with no venue says its locator map marks the countries it concerns, not a venue; one with a venue does not', () => {
    const note = fold(t(locale, 'viz.locator.novenue'));
    const without = entries.filter((e) => !e.facts.place && !e.facts.country);
    expect(without.length).toBeGreaterThan(5);
    for (const e of entries) {
      const notes = all('figure p', main(`/${locale}/${e.collection}/${e.id}/`)).map(text);
      expect(notes.includes(note), e.id).toBe(without.includes(e));
    }
  });
});

describe.each(LOCALES)('the document page (%s)', (locale) => {
  it('each cited block names the entity pages that cite it', () => {
    const d = model.currentDocument;
    const m = main(`/${locale}/documents/${d.id}/`);
    for (const e of entries.filter((x) => x.facts.source.document === d.id)) {
      const block = one(`[id="${e.facts.source.blocks[0]}"]`, m)!;
      expect(links(block).map((l) => l.href)).toContain(`/${locale}/${e.collection}/${e.id}/`);
    }
  });
});

describe.each(LOCALES)('roles (%s)', (locale) => {
  it('a host, beneficiaries and organizers are shown as their own roles; a host is never the venue', () => {
    for (const e of entries) {
      const path = `/${locale}/${e.collection}/${e.id}/`;
      const dl = one('dl', main(path))!;
      const row = (label: string) => all('div', dl).find((d) => one('dt', d) && text(one('dt', d)!) === label);
      const hrefs = (label: string) => links(row(label) ?? dl).map((l) => l.href);
      if (e.facts.host) expect(hrefs(t(locale, 'fact.host'))).toEqual([`/${locale}/countries/${e.facts.host.toLowerCase()}/`]);
      if (!e.facts.place && !e.facts.country) expect(row(t(locale, 'fact.venue'))).toBeUndefined();
      for (const o of e.facts.organizers) expect(hrefs(t(locale, 'fact.organizers'))).toContain(`/${locale}/organizations/${o}/`);
      if ('beneficiaries' in e.facts)
        for (const c of e.facts.beneficiaries)
          expect(hrefs(t(locale, 'fact.beneficiaries'))).toContain(`/${locale}/countries/${c.toLowerCase()}/`);
    }
  });
});
