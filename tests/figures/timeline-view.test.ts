import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import {
  allTimelineView,
  CONTEXT_MAX,
  contextOf,
  contextTimelineView,
  regionTimelineView,
  timelineView,
  wrapLabel,
} from '../../src/figures/timeline-view.ts';
import { intervalOf } from '../../src/figures/timeline-layout.ts';
import { documentUrl, entityUrl } from '../../src/presentation/urls.ts';
import { fixtureModel } from '../fixtures/viz-model.ts';

const model = buildModel(loadContent('./content').set);
const t = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('all-items timeline', () => {
  const view = allTimelineView(model, 'en');
  test('every forum and every dated activity is on it, in the lane of each of its regions, linked to its page', () => {
    const keys = new Set(view.items.map((i) => i.item.key));
    for (const f of model.forums) expect(keys.has(`${f.facts.region}:forums/${f.id}`), f.id).toBe(true);
    for (const a of model.activities.filter((a) => a.facts.start)) {
      for (const r of a.facts.regions) expect(keys.has(`${r}:activities/${a.id}`), a.id).toBe(true);
    }
    for (const i of view.items) expect(i.item.href).toBe(entityUrl('en', i.item.collection, i.item.id));
    expect(view.lanes.map((l) => l.key)).toEqual(['afr', 'ams', 'arb', 'asp', 'cis', 'eur']);
  });
  test('undated activities are listed, not drawn', () => {
    const undated = model.activities.filter((a) => !a.facts.start);
    expect(undated.length).toBeGreaterThan(0);
    expect(view.undated.length).toBe(undated.reduce((n, a) => n + a.facts.regions.length, 0));
    expect(view.items.some((i) => undated.some((a) => a.id === i.item.id))).toBe(false);
  });
  test('the DFAT project starts 4 June 2021 and is unsure only in June 2024', () => {
    const d = view.items.find((i) => i.item.id === 'asp-dfat-critical-technologies-project')!;
    expect(d.interval.from).toBe(t('2021-06-04'));
    expect(d.interval.sure).toEqual({ from: t('2021-06-04'), to: t('2024-06-01') });
    expect(d.segments.map((s) => s.fuzzy)).toEqual([false, true]);
  });
  test('the Council session is marked by its year only, linked to the document', () => {
    const c = view.council!;
    expect(c.label).toBe('Council 2024 (C24)');
    expect(c.href).toBe(documentUrl('en', model.currentDocument.id));
    expect(c.title).toContain('no dates');
    expect(c.x1 - c.x0).toBeGreaterThan(50);
  });
  test('no two targets in a lane overlap', () => {
    for (const lane of view.lanes) {
      const mine = view.items.filter((i) => i.item.lane === lane.key);
      for (const a of mine)
        for (const b of mine) {
          if (a === b || a.row !== b.row) continue;
          expect(a.hit.x + a.hit.width <= b.hit.x || b.hit.x + b.hit.width <= a.hit.x, `${a.item.key} ${b.item.key}`).toBe(true);
        }
    }
  });
  test('the few items far from the rest do not squash it: the outer stretches are compressed', () => {
    expect(view.squeezed.length).toBeGreaterThan(0);
    for (const z of view.squeezed) expect(z.x1 - z.x0).toBeLessThanOrEqual((view.plot.x1 - view.plot.x0) * 0.1 + 0.1);
  });
  test('right to left is a parameter: same items, mirrored', () => {
    const rtl = allTimelineView(model, 'en', 'rtl');
    expect(rtl.items.length).toBe(view.items.length);
    for (const i of rtl.items) {
      const j = view.items.find((x) => x.item.key === i.item.key)!;
      expect(i.row).toBe(j.row);
      expect(i.xStart).toBeGreaterThanOrEqual(i.xEnd);
    }
  });
  test('labels follow the language', () => {
    const zh = allTimelineView(model, 'zh-cn');
    expect(zh.years.find((y) => y.label)!.label).toMatch(/^\d{4}年$/);
    expect(zh.council!.label).toBe('理事会2024年会议（C24）');
    expect(zh.lanes[0].label).toEqual(['非洲']);
  });
});

describe('region and context timelines', () => {
  test('each region has its lane with its own items only', () => {
    for (const r of model.regions) {
      const v = regionTimelineView(model, r, 'en')!;
      expect(v.lanes.map((l) => l.key)).toEqual([r.id]);
      expect(v.items.length).toBeGreaterThan(0);
      expect(v.items.every((i) => i.item.regions.includes(r.id))).toBe(true);
    }
  });
  test('a context timeline shows the item, marked current, and its neighbours within two months', () => {
    const e = model.get('forums', 'rdf-asp-2023');
    const v = contextTimelineView(model, e, 'en')!;
    const me = v.items.filter((i) => i.item.current);
    expect(me.map((i) => i.item.id)).toEqual(['rdf-asp-2023']);
    expect(v.items.length).toBeGreaterThan(3);
    // 13–15 September 2023, two months either side, widened to whole months.
    const [d0, d1] = [t('2023-07-01'), t('2023-12-01')];
    for (const i of v.items) expect(i.interval.to > d0 && i.interval.from < d1).toBe(true);
    expect(
      contextTimelineView(
        model,
        model.activities.find((a) => !a.facts.start)!,
        'en',
      ),
    ).toBeUndefined();
  });
  test(`a crowded context timeline draws the ${CONTEXT_MAX} that start nearest to the item, and counts the rest`, () => {
    let crowded = 0;
    for (const e of [...model.forums, ...model.activities]) {
      const c = contextOf(model, e);
      if (!e.facts.start) {
        expect(c).toBeUndefined();
        continue;
      }
      const me = intervalOf(e.facts.start, e.facts.end).from;
      const [d0, d1] = c!.options.domain;
      const regions = new Set(c!.regions.map((r) => r.id));
      // Every entry of its regions that overlaps the window, found here independently of contextOf.
      const inWindow = [...model.forums, ...model.activities].filter((x) => {
        const rs = 'region' in x.facts ? [x.facts.region] : x.facts.regions;
        if (!x.facts.start || !rs.some((r) => regions.has(r))) return false;
        const j = intervalOf(x.facts.start, x.facts.end);
        return j.to > d0 && j.from < d1;
      });
      const shown = inWindow.filter((x) => c!.options.within(x));
      expect(shown, e.id).toContain(e);
      expect(shown.length, e.id).toBe(Math.min(CONTEXT_MAX, inWindow.length));
      expect(c!.more, e.id).toBe(inWindow.length - shown.length);
      const gap = (x: (typeof inWindow)[number]) => Math.abs(intervalOf(x.facts.start!, x.facts.end).from - me);
      const farthestShown = Math.max(...shown.filter((x) => x !== e).map(gap), 0);
      for (const x of inWindow.filter((x) => !c!.options.within(x)))
        expect(gap(x), `${e.id}: ${x.id}`).toBeGreaterThanOrEqual(farthestShown);
      if (c!.more > 0) crowded++;
      // The drawing has the shown entries only, once per lane of theirs among the figure's regions.
      const view = contextTimelineView(model, e, 'en')!;
      expect(new Set(view.items.map((i) => i.item.id)).size, e.id).toBe(shown.length);
    }
    // The document has such seasons: the cap is exercised by the real content, not only by the bench.
    expect(crowded).toBeGreaterThan(0);
  });
  test('fixture: month-only and year-span items are wholly unsure; a two-region activity is in both lanes', () => {
    const fx = fixtureModel();
    const v = timelineView(fx, fx.regions, 'en');
    const month = v.items.filter((i) => i.item.id === 'month-only');
    expect(month.map((i) => i.item.lane).sort()).toEqual(['asp', 'eur']);
    expect(month[0].segments.every((s) => s.fuzzy)).toBe(true);
    expect(v.items.find((i) => i.item.id === 'year-span')!.interval.precision).toBe('year');
    expect(v.undated.map((u) => u.href)).toEqual([entityUrl('en', 'activities', 'undated')]);
  });
});

test('wrapLabel breaks at spaces', () => {
  expect(wrapLabel('Commonwealth of Independent States')).toEqual(['Commonwealth', 'of Independent', 'States']);
  expect(wrapLabel('非洲')).toEqual(['非洲']);
  expect(wrapLabel('Азиатско-Тихоокеанский регион')).toEqual(['Азиатско-', 'Тихоокеанский', 'регион']);
  expect(wrapLabel('Asia-Pacific')).toEqual(['Asia-Pacific']);
});
