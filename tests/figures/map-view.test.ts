import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import {
  countryLocatorView,
  entryLocatorView,
  LABEL_SIZE,
  locationOf,
  PHONE_WIDTH,
  regionMapView,
  worldMapView,
  type MapView,
} from '../../src/figures/map-view.ts';
import { textWidth } from '../../src/figures/viz-marks.ts';
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
      // Every located item is pinned, or named as held beyond the frame: only in a country outside the region.
      for (const a of model.activities.filter((a) => a.facts.regions.includes(r.id) && locationOf(model, a.facts))) {
        const beyond = v.outside?.some((o) => o.startsWith(a.text.en.title)) ?? false;
        expect(keys.has(`activities-${a.id}`) !== beyond, `${r.id} ${a.id}`).toBe(true);
        if (beyond) expect(r.facts.members, a.id).not.toContain(model.venueCountryOf(a));
      }
      for (const m of v.marks) expect(inside(v, m)).toBe(true);
    }
  });
  test('an item held outside its region, beyond the view, is named with its place', () => {
    const v = regionMapView(model, model.get('regions', 'asp'), 'en');
    const drill = model.get('activities', 'asp-eur-interregional-cyberdrill-2023');
    expect(v.outside).toEqual([`${drill.text.en.title} (Limassol, Cyprus)`]);
    expect(regionMapView(model, model.get('regions', 'eur'), 'en').marks.some((m) => m.key === `activities-${drill.id}`)).toBe(true);
  });
  test('region views fit a phone: 340 units wide, as tall as the region needs', () => {
    for (const r of model.regions) {
      const v = regionMapView(model, r, 'en');
      expect(v.width, r.id).toBe(PHONE_WIDTH);
      expect(v.height, r.id).toBeGreaterThanOrEqual(204);
      expect(v.height, r.id).toBeLessThanOrEqual(420);
    }
  });
  test('pins are labelled with their place, in the page language, never over a label or a pin target', () => {
    for (const r of model.regions)
      for (const locale of ['zh-cn', 'en', 'ar', 'ru'] as const) {
        const v = regionMapView(model, r, locale);
        const labels = v.labels ?? [];
        expect(labels.length, `${r.id} ${locale}`).toBeGreaterThan(0);
        const boxes = labels.map((l) => ({ l, w: textWidth(l.text, LABEL_SIZE) + 2, h: LABEL_SIZE + 2 }));
        const meets = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
          Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;
        for (const [i, a] of boxes.entries()) {
          const box = { x: a.l.x, y: a.l.y, w: a.w, h: a.h };
          expect(
            box.x - box.w / 2 >= 0 && box.x + box.w / 2 <= v.width && box.y - box.h / 2 >= 0 && box.y + box.h / 2 <= v.height,
            a.l.text,
          ).toBe(true);
          for (const b of boxes.slice(i + 1))
            expect(meets(box, { x: b.l.x, y: b.l.y, w: b.w, h: b.h }), `${a.l.text} / ${b.l.text}`).toBe(false);
          for (const m of v.marks) expect(meets(box, { x: m.x, y: m.y, w: 24, h: 24 }), `${a.l.text} over ${m.key}`).toBe(false);
        }
        // One label per place: names are not repeated.
        expect(new Set(labels.map((l) => l.key)).size).toBe(labels.length);
      }
    const office = (locale: 'zh-cn' | 'en') =>
      regionMapView(model, model.get('regions', 'afr'), locale).labels?.find(
        (l) => l.key === `place:${model.get('regions', 'afr').facts.office}`,
      )?.text;
    expect(office('en')).toBe('Addis Ababa');
    expect(office('zh-cn')).toBe('亚的斯亚贝巴');
  });
  test('labels are placed the same way every time', () => {
    const r = model.get('regions', 'eur');
    expect(regionMapView(buildModel(loadContent('./content').set), r, 'fr').labels).toEqual(regionMapView(model, r, 'fr').labels);
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
