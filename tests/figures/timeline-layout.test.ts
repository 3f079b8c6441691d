import { describe, expect, test } from 'vitest';
import {
  axisTicks,
  compressed,
  domainOf,
  focusOf,
  intervalOf,
  layoutTimeline,
  packRows,
  placeItemLabel,
  timeScale,
  type Span,
} from '../../src/figures/timeline-layout.ts';
import { labelExtent } from '../../src/figures/viz-marks.ts';

const t = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('intervalOf: date precision', () => {
  test('a single day is one sure day, drawn as a mark', () => {
    const i = intervalOf('2023-10-03');
    expect(i).toEqual({
      from: t('2023-10-03'),
      to: t('2023-10-04'),
      sure: { from: t('2023-10-03'), to: t('2023-10-04') },
      precision: 'day',
      day: true,
    });
  });
  test('a day range is sure from its first to the end of its last day', () => {
    const i = intervalOf('2023-10-03', '2023-10-05');
    expect([i.from, i.to, i.day, i.precision]).toEqual([t('2023-10-03'), t('2023-10-06'), false, 'day']);
    expect(i.sure).toEqual({ from: t('2023-10-03'), to: t('2023-10-06') });
  });
  test('a month covers the month and none of it is sure', () => {
    const i = intervalOf('2023-11');
    expect([i.from, i.to, i.sure, i.precision, i.day]).toEqual([t('2023-11-01'), t('2023-12-01'), undefined, 'month', false]);
  });
  test('a year span covers both years and none of it is sure', () => {
    const i = intervalOf('2024', '2025');
    expect([i.from, i.to, i.sure, i.precision]).toEqual([t('2024-01-01'), t('2026-01-01'), undefined, 'year']);
  });
  test('a day start with a month end is sure up to that month, unsure through it (the DFAT project)', () => {
    const i = intervalOf('2021-06-04', '2024-06');
    expect(i.sure).toEqual({ from: t('2021-06-04'), to: t('2024-06-01') });
    expect([i.from, i.to, i.precision]).toEqual([t('2021-06-04'), t('2024-07-01'), 'month']);
  });
  test('a month start with a day end is unsure in its first month only', () => {
    const i = intervalOf('2023-05', '2023-07-10');
    expect(i.sure).toEqual({ from: t('2023-06-01'), to: t('2023-07-11') });
  });
  test('bad input names the value', () => {
    expect(() => intervalOf('2023-13')).toThrow('"2023-13"');
    expect(() => intervalOf('2023-05-02', '2023-05-01')).toThrow('before start');
  });
});

describe('scales', () => {
  const domain: [number, number] = [t('2023-01-01'), t('2024-01-01')];
  test('domainOf widens to whole months and pads', () => {
    expect(domainOf([intervalOf('2023-05-10', '2023-06-02')])).toEqual([t('2023-05-01'), t('2023-07-01')]);
    expect(domainOf([intervalOf('2023-05-10')], 15)).toEqual([t('2023-04-01'), t('2023-06-01')]);
    expect(() => domainOf([])).toThrow('at least one');
  });
  test('left to right: earlier is left; right to left mirrors the range', () => {
    const ltr = timeScale(domain, 100, 700, 'ltr');
    const rtl = timeScale(domain, 100, 700, 'rtl');
    expect(ltr(new Date(domain[0]))).toBe(100);
    expect(ltr(new Date(domain[1]))).toBe(700);
    for (const d of ['2023-03-01', '2023-07-15', '2023-12-31']) expect(rtl(t(d))).toBeCloseTo(800 - ltr(t(d)), 6);
    expect(rtl(t('2023-03-01'))).toBeGreaterThan(rtl(t('2023-09-01')));
  });
  test('the scale is UTC: a date lands at the same x whatever the time zone', () => {
    const s = timeScale(domain, 0, 365, 'ltr');
    expect(s(t('2023-01-02'))).toBeCloseTo(1, 6);
  });
  test('a focus compresses the time outside it to at most a tenth of the width each side', () => {
    const wide: [number, number] = [t('2021-06-01'), t('2026-01-01')];
    const s = timeScale(wide, 0, 1000, 'ltr', [t('2023-01-01'), t('2024-07-01')]);
    expect(s(t('2023-01-01'))).toBeCloseTo(100, 6);
    expect(s(t('2024-07-01'))).toBeCloseTo(900, 6);
    expect(compressed(s).map((c) => [c.x0, c.x1])).toEqual([
      [0, 100],
      [900, 1000],
    ]);
    expect(compressed(timeScale(wide, 0, 1000, 'ltr'))).toEqual([]);
  });
  test('focusOf takes the 5th to 95th percentile, only when what lies outside is long', () => {
    const ivs = [
      intervalOf('2021-06-04', '2024-06'),
      ...Array.from({ length: 20 }, (_, i) => intervalOf(`2023-${String((i % 12) + 1).padStart(2, '0')}-10`)),
      intervalOf('2024', '2025'),
    ];
    const d = domainOf(ivs);
    // 22 intervals: the 95th-percentile end is the 20th, in December 2023.
    expect(focusOf(ivs, d)).toEqual([t('2023-01-01'), t('2024-01-01')]);
    expect(focusOf(ivs.slice(1, 21), domainOf(ivs.slice(1, 21)))).toBeUndefined();
    expect(focusOf(ivs.slice(0, 5), d)).toBeUndefined();
  });
  test('axis: labelled years, month ticks only in the focus, month labels when wide enough', () => {
    const s = timeScale([t('2023-01-01'), t('2024-01-01')], 0, 1200, 'ltr');
    const { years, months } = axisTicks(
      s,
      (y) => `${y}年`,
      (d) => String(d.getUTCMonth() + 1),
    );
    expect(years).toEqual([
      { x: 0, date: '2023-01-01', label: '2023年' },
      { x: 1200, date: '2024-01-01', label: undefined },
    ]);
    expect(months.map((m) => m.label)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    const narrow = axisTicks(timeScale([t('2023-01-01'), t('2024-01-01')], 0, 300, 'ltr'), String, String);
    expect(narrow.months.every((m) => m.label === undefined)).toBe(true);
    const squeezed = timeScale([t('2021-01-01'), t('2025-01-01')], 0, 1000, 'ltr', [t('2023-01-01'), t('2024-01-01')]);
    const ticks = axisTicks(squeezed, String, String);
    expect(ticks.months.every((m) => m.date >= '2023-01-01' && m.date < '2024-01-01')).toBe(true);
    expect(ticks.years.map((y) => y.date)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01']);
  });
});

/** A small deterministic random source (LCG), so the property test is repeatable. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

describe('packRows: lane packing', () => {
  test('disjoint spans share a row; overlapping ones do not', () => {
    const { rows, count } = packRows([
      { key: 'a', x0: 0, x1: 30 },
      { key: 'b', x0: 40, x1: 60 },
      { key: 'c', x0: 20, x1: 50 },
    ]);
    expect(count).toBe(2);
    expect(rows.get('a')).toBe(rows.get('b'));
    expect(rows.get('c')).not.toBe(rows.get('a'));
  });
  test('spans closer than the gap go to different rows', () => {
    expect(
      packRows(
        [
          { key: 'a', x0: 0, x1: 30 },
          { key: 'b', x0: 31, x1: 60 },
        ],
        2,
      ).count,
    ).toBe(2);
    expect(
      packRows(
        [
          { key: 'a', x0: 0, x1: 30 },
          { key: 'b', x0: 32, x1: 60 },
        ],
        2,
      ).count,
    ).toBe(1);
  });
  test('right-to-left spans (x0 > x1) pack like their mirror', () => {
    const ltr = packRows([
      { key: 'a', x0: 0, x1: 30 },
      { key: 'b', x0: 20, x1: 50 },
    ]);
    const rtl = packRows([
      { key: 'a', x0: 30, x1: 0 },
      { key: 'b', x0: 50, x1: 20 },
    ]);
    expect([...rtl.rows]).toEqual([...ltr.rows]);
  });
  test('random spans: no overlap within a row, the fewest rows possible, same result in any input order', () => {
    const rnd = lcg(42);
    for (let round = 0; round < 50; round++) {
      const spans: Span[] = Array.from({ length: 30 }, (_, i) => {
        const x0 = Math.round(rnd() * 500);
        return { key: `k${i}`, x0, x1: x0 + 24 + Math.round(rnd() * 80) };
      });
      const { rows, count } = packRows(spans, 0);
      for (const a of spans)
        for (const b of spans) {
          if (a.key < b.key && rows.get(a.key) === rows.get(b.key)) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
        }
      // Interval partitioning is optimal: as many rows as spans meeting at one point.
      const depth = Math.max(...spans.map((s) => spans.filter((o) => o.x0 <= s.x0 && s.x0 < o.x1).length));
      expect(count).toBe(depth);
      expect([...packRows([...spans].reverse(), 0).rows].sort()).toEqual([...rows].sort());
    }
  });
});

describe('layoutTimeline', () => {
  const items = [
    { key: 'a', lane: 'x', start: '2023-05-22' },
    { key: 'b', lane: 'x', start: '2023-05-22', end: '2023-05-24' },
    { key: 'c', lane: 'x', start: '2023-11' },
    { key: 'd', lane: 'y', start: '2021-06-04', end: '2024-06' },
  ];
  const opts = { width: 600, lanes: ['x', 'y', 'z'], labelWidth: 100, top: 40 };
  test('targets are at least 24 px and never overlap within a lane', () => {
    const l = layoutTimeline(items, opts);
    for (const i of l.items) expect(i.hit.width >= 24 && i.hit.height >= 24).toBe(true);
    const [a, b] = ['a', 'b'].map((k) => l.items.find((i) => i.item.key === k)!);
    expect(a.row).not.toBe(b.row);
    expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(24);
  });
  test('lanes stack in order; an empty lane keeps one row', () => {
    const l = layoutTimeline(items, opts);
    expect(l.lanes.map((x) => x.key)).toEqual(['x', 'y', 'z']);
    expect(l.lanes[1].y).toBe(l.lanes[0].y + l.lanes[0].height);
    expect(l.lanes[2].rows).toBe(1);
    expect(l.plot).toEqual({ x0: 112, x1: 588, y0: 40, y1: l.lanes[2].y + l.lanes[2].height });
  });
  test('segments: sure parts solid, month-only parts hatched', () => {
    const l = layoutTimeline(items, opts);
    expect(l.items.find((i) => i.item.key === 'c')!.segments.map((s) => s.fuzzy)).toEqual([true]);
    expect(l.items.find((i) => i.item.key === 'b')!.segments.map((s) => s.fuzzy)).toEqual([false]);
    expect(l.items.find((i) => i.item.key === 'd')!.segments.map((s) => s.fuzzy)).toEqual([false, true]);
  });
  test('right to left: the same rows, x mirrored inside the plot, labels on the right', () => {
    const ltr = layoutTimeline(items, opts);
    const rtl = layoutTimeline(items, { ...opts, dir: 'rtl' });
    expect(rtl.plot).toEqual({ ...ltr.plot, x0: 12, x1: 488 });
    for (const i of rtl.items) {
      const j = ltr.items.find((x) => x.item.key === i.item.key)!;
      expect(i.row).toBe(j.row);
      expect(i.xStart).toBeGreaterThan(i.xEnd);
      expect(i.xStart).toBeCloseTo(600 - j.xStart, 0);
    }
  });
  test('a window cuts items that run past it and drops those outside', () => {
    const l = layoutTimeline(items, { ...opts, domain: [t('2023-05-01'), t('2023-06-01')] });
    expect(l.items.map((i) => i.item.key).sort()).toEqual(['a', 'b', 'd']);
    const d = l.items.find((i) => i.item.key === 'd')!;
    expect(d.cut).toEqual({ start: true, end: true });
    expect([d.xStart, d.xEnd]).toEqual([l.plot.x0, l.plot.x1]);
  });
  test('numbers are rounded to a tenth', () => {
    const l = layoutTimeline(items, opts);
    for (const i of l.items)
      for (const v of [i.xStart, i.xEnd, i.y, i.hit.x, i.hit.width, ...i.segments.flatMap((s) => [s.x0, s.x1])])
        expect(Math.round(v * 10) / 10).toBe(v);
  });
});

/** Two boxes meet when they overlap on both axes (touching edges do not count). */
const meet = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeItemLabel: a label beside its item', () => {
  const w = labelExtent('RDF-AFR 2023');
  test('after the item when it fits, else before it', () => {
    expect(placeItemLabel('RDF-AFR 2023', 100, 124, 10, 500)).toEqual({ lines: ['RDF-AFR 2023'], x0: 128, x1: 128 + w });
    expect(placeItemLabel('RDF-AFR 2023', 440, 464, 10, 500)).toEqual({ lines: ['RDF-AFR 2023'], x0: 436 - w, x1: 436 });
  });
  test('in two lines on the roomier side when one line fits on neither', () => {
    const text = 'Common emergency number for Africa (Res. 100)';
    const b = placeItemLabel(text, 240, 264, 10, 500);
    expect(b.lines).toHaveLength(2);
    expect(b.lines.join('')).toBe(text);
    expect(b.x0).toBe(268);
    expect(b.x1).toBeLessThanOrEqual(500);
  });
  test('over an item as long as the plot, inside the plot, in one line', () => {
    const b = placeItemLabel('DFAT critical technologies project', 10, 500, 10, 500);
    expect(b.lines).toEqual(['DFAT critical technologies project']);
    expect(b.x0).toBeGreaterThanOrEqual(10);
    expect(b.x1).toBeLessThanOrEqual(500);
  });
});

describe('layoutTimeline: labels', () => {
  /** Random items with names of random lengths, in three lanes. */
  function randomItems(seed: number, n: number) {
    const rnd = lcg(seed);
    const words = ['RDF', 'forum', 'Standardization', 'workshop', '5G', 'Arusha', 'regional', 'ICT', 'training', 'seminar'];
    return Array.from({ length: n }, (_, i) => {
      const m = 1 + Math.floor(rnd() * 12);
      const d = 1 + Math.floor(rnd() * 27);
      const start = `2023-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const long = rnd() < 0.3;
      const end = long ? `2023-${String(Math.min(12, m + 1 + Math.floor(rnd() * 4))).padStart(2, '0')}` : undefined;
      const name = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => words[Math.floor(rnd() * words.length)]).join(' ');
      return { key: `k${i}`, lane: ['a', 'b', 'c'][i % 3], start, end, name };
    });
  }
  const boxes = (l: ReturnType<typeof layoutTimeline>) =>
    l.items.map((i) => {
      const lab = i.label!;
      const h = lab.lines.length * 13 + 1;
      return { key: i.item.key, x0: lab.x0, x1: lab.x1, y0: i.y - h / 2, y1: i.y + h / 2, hit: i.hit };
    });
  test.each(['ltr', 'rtl'] as const)('%s: every item has a label; no label meets another label or another item', (dir) => {
    for (let seed = 1; seed <= 20; seed++) {
      const l = layoutTimeline(randomItems(seed, 40), { width: 720, lanes: ['a', 'b', 'c'], labelWidth: 110, dir });
      const bs = boxes(l);
      expect(bs).toHaveLength(40);
      for (const a of bs) {
        expect(a.x0).toBeGreaterThanOrEqual(dir === 'ltr' ? 110 : 0);
        expect(a.x1).toBeLessThanOrEqual(dir === 'ltr' ? 720 : 610);
        for (const b of bs) {
          if (a.key === b.key) continue;
          expect(meet(a, b), `${a.key} and ${b.key} (seed ${seed})`).toBe(false);
          const hit = { x0: b.hit.x, x1: b.hit.x + b.hit.width, y0: b.hit.y, y1: b.hit.y + b.hit.height };
          expect(meet({ ...a, y0: a.y0 + 1, y1: a.y1 - 1 }, hit), `label ${a.key} on item ${b.key} (seed ${seed})`).toBe(false);
        }
      }
    }
  });
  test('labels make rows 30 px and never leave a label out; without names there are none', () => {
    const named = layoutTimeline(randomItems(3, 12), { width: 720, lanes: ['a', 'b', 'c'], labelWidth: 110 });
    expect(named.items.every((i) => i.label && i.label.lines.length >= 1)).toBe(true);
    const plain = layoutTimeline(
      randomItems(3, 12).map(({ name: _, ...rest }) => rest),
      { width: 720, lanes: ['a', 'b', 'c'], labelWidth: 110 },
    );
    expect(plain.items.every((i) => i.label === undefined)).toBe(true);
    expect(named.lanes[0].height).toBe(named.lanes[0].rows * 30 + 8);
  });
  test('right to left: labels mirror, text starting at their right edge', () => {
    const items = randomItems(5, 15);
    const ltr = layoutTimeline(items, { width: 720, lanes: ['a', 'b', 'c'], labelWidth: 110 });
    const rtl = layoutTimeline(items, { width: 720, lanes: ['a', 'b', 'c'], labelWidth: 110, dir: 'rtl' });
    for (const i of rtl.items) {
      const j = ltr.items.find((x) => x.item.key === i.item.key)!;
      expect(i.label!.x).toBe(i.label!.x1);
      expect(j.label!.x).toBe(j.label!.x0);
      expect(i.label!.x1).toBeCloseTo(720 - j.label!.x0, 0);
      expect(i.label!.lines).toEqual(j.label!.lines);
    }
  });
});
