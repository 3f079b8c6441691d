import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { countryLocatorView, entryLocatorView, locationOf, regionMapView, worldMapView, type MapView } from '../../src/figures/map-view.ts';
import { centreOf } from '../../src/figures/geo.ts';
import { entityUrl } from '../../src/presentation/urls.ts';
import { fixtureModel } from '../fixtures/viz-model.ts';

const model = buildModel(loadContent('./content').set);
const inside = (v: { width: number; height: number }, m: { x: number; y: number }) =>
  m.x >= 0 && m.x <= v.width && m.y >= 0 && m.y <= v.height;

describe('world map', () => {
  const view = worldMapView(model, 'en');
  test('every forum and every activity with a place or country is pinned, linked to its page', () => {
    const entries = [...model.forums, ...model.activities];
    const pinned = entries.filter((e) => locationOf(model, e.facts));
    // Every entry whose document states a venue, and only those: a host or a beneficiary is not a venue
    // (RDF-ARB 2023, the NTFA workshop, the Colombia, Comoros and Ukraine assistance have none).
    expect(pinned.map((e) => e.id)).toEqual(entries.filter((e) => e.facts.place ?? e.facts.country).map((e) => e.id));
    expect(pinned.length).toBeGreaterThanOrEqual(35);
    for (const e of pinned) {
      const m = view.marks.find((x) => x.key === `${e.collection}-${e.id}`);
      expect(m, e.id).toBeDefined();
      expect(m!.href).toBe(entityUrl('en', e.collection, e.id));
      expect(inside(view, m!)).toBe(true);
    }
    const forum = view.marks.find((m) => m.key === 'forums-rdf-afr-2023')!;
    expect([forum.kind, forum.what]).toEqual(['forum', 'forum']);
    expect(forum.label).toContain('Addis Ababa');
  });
  test('every region member is clickable: as its outline or, if too small, as a dot', () => {
    for (const r of model.regions) {
      for (const iso of r.facts.members) {
        const shape = view.countries.find((c) => c.iso === iso);
        const dot = view.marks.find((m) => m.key === `country-${iso}`);
        const href = shape?.href ?? dot?.href;
        expect(href, iso).toBe(entityUrl('en', 'countries', iso));
        expect(shape?.region ?? dot?.region).toBe(r.id);
      }
    }
  });
  test('offices are marked and lead to their region', () => {
    for (const r of model.regions) {
      const office = view.marks.find((m) => m.key === `office-${r.facts.office}`)!;
      expect(office.href).toBe(entityUrl('en', 'regions', r.id));
      for (const p of r.facts.areaOffices) expect(view.marks.find((m) => m.key === `area-office-${p}`)?.kind).toBe('area-office');
    }
  });
  test('areas without a page are drawn but not linked; labels are in the page language', () => {
    expect(view.countries.find((c) => c.iso === 'GL')?.href).toBeUndefined();
    const zh = worldMapView(model, 'zh-cn');
    expect(zh.countries.find((c) => c.iso === 'ET')!.label).toBe('埃塞俄比亚 · 非洲');
    expect(view.countries.find((c) => c.iso === 'ET')!.label).toBe('Ethiopia · Africa');
    expect(zh.countries.map((c) => c.d)).toEqual(view.countries.map((c) => c.d));
  });
  test('the overview has region chips over their regions and no pins', () => {
    const home = worldMapView(model, 'en', { pins: false, width: 600 });
    expect(home.marks.every((m) => m.what === 'office' || m.what === 'area-office')).toBe(true);
    expect(home.chips.map((c) => c.href)).toEqual(model.regions.map((r) => entityUrl('en', 'regions', r.id)));
    for (const c of home.chips) expect(c.h).toBeGreaterThanOrEqual(24);
  });
});

describe('region maps', () => {
  test('each region map shows all its members inside the frame, its offices and its located items', () => {
    for (const r of model.regions) {
      const v = regionMapView(model, r, 'en');
      const keys = new Set(v.marks.map((m) => m.key));
      expect(keys.has(`office-${r.facts.office}`)).toBe(true);
      const area = v.areas.find((a) => a.region === r.id);
      for (const iso of r.facts.members) {
        expect((area?.isos.includes(iso) ?? false) || keys.has(`country-${iso}`), `${r.id} ${iso}`).toBe(true);
      }
      for (const a of model.activities.filter((a) => a.facts.regions.includes(r.id) && locationOf(model, a.facts))) {
        expect(keys.has(`activities-${a.id}`), `${r.id} ${a.id}`).toBe(true);
      }
      for (const m of v.marks) expect(inside(v, m)).toBe(true);
    }
  });
  test('Asia-Pacific is fitted across the antimeridian (Samoa and Iran both in frame)', () => {
    const v = regionMapView(model, model.get('regions', 'asp'), 'en');
    for (const iso of ['WS', 'TO', 'IR']) {
      const inArea = v.areas.some((a) => a.region === 'asp' && a.isos.includes(iso));
      expect(inArea || v.marks.some((m) => m.key === `country-${iso}`), iso).toBe(true);
    }
  });
});

/** The countries a locator emphasises (merged into its areas), sorted. */
const emphasised = (v: MapView, e: 'venue' | 'concerned') =>
  v.areas
    .filter((a) => a.emphasis === e)
    .flatMap((a) => a.isos)
    .sort();

describe('locators', () => {
  test('an emphasised area is drawn, and so is the rest of the frame, merged per region with borders', () => {
    const v = entryLocatorView(model, model.get('activities', 'asp-dfat-critical-technologies-project'), 'en');
    for (const a of v.areas) expect(a.d, a.isos.join()).toMatch(/^m-?\d/);
    expect(v.areas.filter((a) => !a.emphasis).map((a) => a.region)).toContain('asp');
    expect(v.borders).toBeTruthy();
    // Merged: one area per region and emphasis, never one per country.
    const keys = v.areas.map((a) => `${a.region}:${a.emphasis}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  test('every forum and activity has one; its own pin is marked current when it has a place', () => {
    for (const e of [...model.forums, ...model.activities]) {
      const v = entryLocatorView(model, e, 'en');
      const own = v.marks.find((m) => m.key === `${e.collection}-${e.id}`);
      if (locationOf(model, e.facts)) expect(own?.current, e.id).toBe(true);
      else expect(own).toBeUndefined();
      // What it concerns is shown: outlined countries emphasised, or dots for small ones.
      expect(v.areas.some((a) => a.emphasis) || v.marks.some((m) => m.what === 'country'), e.id).toBe(true);
    }
  });
  test('a venue is emphasised, countries concerned too', () => {
    const v = entryLocatorView(model, model.get('activities', 'asp-dfat-critical-technologies-project'), 'en');
    expect(emphasised(v, 'concerned')).toEqual(['ID', 'MY', 'PH', 'TH']);
    const f = entryLocatorView(model, model.get('forums', 'rdf-afr-2023'), 'en');
    expect(emphasised(f, 'venue')).toEqual(['ET']);
  });
  test('every country page can have one, with the country emphasised (as a dot when small)', () => {
    for (const iso of model.countries) {
      const v = countryLocatorView(model, iso, 'en');
      expect(v, iso).toBeDefined();
      const shown = emphasised(v!, 'venue').includes(iso) || v!.marks.some((m) => m.key === `country-${iso}`);
      expect(shown, iso).toBe(true);
    }
  });
});

describe('fixture: small frames', () => {
  const fx = fixtureModel();
  test('a Pacific region on both sides of 180° fits, with its office in Suva', () => {
    const v = regionMapView(fx, fx.get('regions', 'asp'), 'en', 300, 200);
    expect(v.marks.find((m) => m.key === 'office-suva')).toBeDefined();
    for (const iso of ['WS', 'TO'])
      expect(
        v.marks.find((m) => m.key === `country-${iso}`),
        iso,
      ).toBeDefined();
    expect(centreOf('WS')![0]).toBeLessThan(-170);
  });
});
