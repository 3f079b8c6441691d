import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { countryLocatorView, entryLocatorView, locationOf, regionMapView, worldMapView } from '../../src/figures/map-view.ts';
import { centreOf } from '../../src/figures/geo.ts';
import { entityUrl } from '../../src/presentation/urls.ts';
import { fixtureModel } from '../fixtures/viz-model.ts';

const model = buildModel(loadContent('./content').set);
const inside = (v: { width: number; height: number }, m: { x: number; y: number }) =>
  m.x >= 0 && m.x <= v.width && m.y >= 0 && m.y <= v.height;

describe('world map', () => {
  const view = worldMapView(model, 'en');
  test('every forum and every activity with a place or country is pinned, linked to its page', () => {
    const pinned = [...model.forums, ...model.activities].filter((e) => locationOf(model, e.facts));
    expect(pinned.length).toBeGreaterThan(35);
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
      for (const iso of r.facts.members) {
        const shape = v.countries.find((c) => c.iso === iso);
        expect(shape ?? keys.has(`country-${iso}`), `${r.id} ${iso}`).toBeTruthy();
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
      const shape = v.countries.find((c) => c.iso === iso);
      expect(shape ?? v.marks.find((m) => m.key === `country-${iso}`), iso).toBeTruthy();
    }
  });
});

describe('locators', () => {
  test('every forum and activity has one; its own pin is marked current when it has a place', () => {
    for (const e of [...model.forums, ...model.activities]) {
      const v = entryLocatorView(model, e, 'en');
      const own = v.marks.find((m) => m.key === `${e.collection}-${e.id}`);
      if (locationOf(model, e.facts)) expect(own?.current, e.id).toBe(true);
      else expect(own).toBeUndefined();
      // What it concerns is shown: outlined countries emphasised, or dots for small ones.
      expect(v.countries.some((c) => c.emphasis) || v.marks.some((m) => m.what === 'country'), e.id).toBe(true);
    }
  });
  test('a venue is emphasised, countries concerned too', () => {
    const v = entryLocatorView(model, model.get('activities', 'asp-dfat-critical-technologies-project'), 'en');
    expect(
      v.countries
        .filter((c) => c.emphasis === 'concerned')
        .map((c) => c.iso)
        .sort(),
    ).toEqual(['ID', 'MY', 'PH', 'TH']);
    const f = entryLocatorView(model, model.get('forums', 'rdf-afr-2023'), 'en');
    expect(f.countries.find((c) => c.iso === 'ET')?.emphasis).toBe('venue');
  });
  test('every country page can have one, with the country emphasised (as a dot when small)', () => {
    for (const iso of model.countries) {
      const v = countryLocatorView(model, iso, 'en');
      expect(v, iso).toBeDefined();
      const shown = v!.countries.find((c) => c.iso === iso)?.emphasis === 'venue' || v!.marks.some((m) => m.key === `country-${iso}`);
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
