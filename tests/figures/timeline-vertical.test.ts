import { describe, expect, test } from 'vitest';
import { layoutVertical, type VerticalOptions } from '../../src/figures/timeline-vertical.ts';
import { wrapToWidth, labelExtent } from '../../src/figures/viz-marks.ts';

const base: VerticalOptions = {
  width: 356,
  lanes: ['x', 'y'],
  monthLabel: (d) => String(d.getUTCMonth() + 1),
  yearLabel: (y) => `${y}年`,
  top: 40,
};
const items = [
  { key: 'a', lane: 'x', start: '2023-05-22', name: 'RDF-EUR 2023' },
  { key: 'b', lane: 'x', start: '2023-05-22', end: '2023-05-24', name: 'A two-day meeting with a rather long name that wraps' },
  { key: 'c', lane: 'y', start: '2023-11', name: 'Sometime in November' },
  { key: 'd', lane: 'y', start: '2023-03-01', end: '2023-12', name: 'A long project' },
];

/** A small deterministic random source (LCG), so the property test is repeatable. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

describe('wrapToWidth', () => {
  test('breaks at spaces within the width, keeping every word and the spaces at line ends', () => {
    const lines = wrapToWidth('Smart sustainable cities training (Bobruisk)', 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Smart sustainable cities training (Bobruisk)');
    for (const l of lines) expect(labelExtent(l.trimEnd())).toBeLessThanOrEqual(120);
  });
  test('breaks a run of CJK characters that is too wide, without adding spaces', () => {
    const lines = wrapToWidth('第十五届ICT与环境专题研讨会', 96);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('第十五届ICT与环境专题研讨会');
  });
  test('a Latin word wider than the line stays whole', () => {
    expect(wrapToWidth('Telecommunication', 40)).toEqual(['Telecommunication']);
  });
});

describe('layoutVertical', () => {
  test('every month is marked, in order, the first, each January and the first after a squeezed band with its year', () => {
    const l = layoutVertical([...items, { key: 'e', lane: 'x', start: '2024-02-10', name: 'Next year' }], base);
    // June to October 2023: nothing starts or ends, so one squeezed band; April and January are quiet but alone.
    expect(l.months.map((m) => m.date)).toEqual([
      '2023-03-01',
      '2023-04-01',
      '2023-05-01',
      '2023-11-01',
      '2023-12-01',
      '2024-01-01',
      '2024-02-01',
    ]);
    expect(l.months.map((m) => m.year)).toEqual(['2023年', undefined, undefined, '2023年', undefined, '2024年', undefined]);
    expect(l.squeezed.map((z) => [new Date(z.from).toISOString().slice(0, 7), new Date(z.to).toISOString().slice(0, 7)])).toEqual([
      ['2023-06', '2023-11'],
    ]);
    expect(l.squeezed[0].y0).toBe(l.months[3].y - (l.squeezed[0].y1 - l.squeezed[0].y0));
    for (let i = 1; i < l.months.length; i++) expect(l.months[i].y - l.months[i - 1].y).toBeGreaterThanOrEqual(32);
  });
  test('a busy year has every month marked', () => {
    const busy = Array.from({ length: 12 }, (_, i) => ({
      key: `b${i}`,
      lane: 'x',
      start: `2023-${String(i + 1).padStart(2, '0')}-10`,
      name: `B${i}`,
    }));
    const l = layoutVertical(busy, base);
    expect(l.months).toHaveLength(12);
    expect(l.squeezed).toEqual([]);
  });
  test('a month is as tall as the labels that start in it need', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => ({
      key: `m${i}`,
      lane: 'x',
      start: `2023-05-${String(10 + i).padStart(2, '0')}`,
      name: `Item ${i}`,
    }));
    const l = layoutVertical([...crowd, { key: 'z', lane: 'y', start: '2023-06-15', name: 'June' }], base);
    const may = l.months.find((m) => m.date === '2023-05-01')!;
    const june = l.months.find((m) => m.date === '2023-06-01')!;
    expect(june.y - may.y).toBeGreaterThanOrEqual(8 * 26);
  });
  test('labels keep date order, never meet, and each target is at least 24 px tall and wide', () => {
    const l = layoutVertical(items, base);
    const ys = l.items.map((i) => i.label.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (let i = 1; i < l.items.length; i++)
      expect(l.items[i].label.y).toBeGreaterThanOrEqual(l.items[i - 1].label.y + l.items[i - 1].label.height);
    for (const i of l.items) expect(i.hit.width >= 24 && i.hit.height >= 24).toBe(true);
  });
  test('random items: all labelled, inside the drawing, no two labels or targets meet, same result whatever the input order', () => {
    const rnd = lcg(7);
    for (let round = 0; round < 20; round++) {
      const its = Array.from({ length: 30 }, (_, i) => {
        const m = 1 + Math.floor(rnd() * 12);
        const start = `2023-${String(m).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 27)).padStart(2, '0')}`;
        const end = rnd() < 0.3 ? `2023-${String(Math.min(12, m + 2)).padStart(2, '0')}` : undefined;
        return {
          key: `k${i}`,
          lane: ['x', 'y', 'z'][i % 3],
          start,
          end,
          name: 'Regional forum on something '.repeat(1 + Math.floor(rnd() * 3)).trim(),
        };
      });
      for (const dir of ['ltr', 'rtl'] as const) {
        const l = layoutVertical(its, { ...base, lanes: ['x', 'y', 'z'], dir });
        expect(l.items).toHaveLength(30);
        for (const a of l.items) {
          expect(a.label.x0).toBeGreaterThanOrEqual(0);
          expect(a.label.x1).toBeLessThanOrEqual(356);
          expect(a.hit.x + a.hit.width).toBeLessThanOrEqual(356);
          expect(a.label.y + a.label.height).toBeLessThanOrEqual(l.height);
          for (const b of l.items) if (a !== b) expect(a.hit.y + a.hit.height <= b.hit.y || b.hit.y + b.hit.height <= a.hit.y).toBe(true);
        }
        const again = layoutVertical([...its].reverse(), { ...base, lanes: ['x', 'y', 'z'], dir });
        expect(again.items.map((i) => [i.item.key, i.x, i.label.y])).toEqual(l.items.map((i) => [i.item.key, i.x, i.label.y]));
      }
    }
  });
  test('items of a lane that overlap in time get columns side by side', () => {
    const l = layoutVertical(items, base);
    const [a, b] = ['a', 'b'].map((k) => l.items.find((i) => i.item.key === k)!);
    expect(a.x).not.toBe(b.x);
    expect(l.lanes[0].cols).toBe(2);
    const d = l.items.find((i) => i.item.key === 'd')!;
    expect(d.x).toBeGreaterThan(l.lanes[1].x0);
    expect(d.x).toBeLessThan(l.lanes[1].x1);
  });
  test('right to left mirrors across the width: axis on the right, labels starting at their right edge', () => {
    const ltr = layoutVertical(items, base);
    const rtl = layoutVertical(items, { ...base, dir: 'rtl' });
    expect(rtl.axis).toEqual({ x0: 356 - ltr.axis.x1, x1: 356 - ltr.axis.x0 });
    for (const i of rtl.items) {
      const j = ltr.items.find((x) => x.item.key === i.item.key)!;
      expect(i.x).toBe(356 - j.x);
      expect(i.label.y).toBe(j.label.y);
      expect(i.label.x).toBe(i.label.x1);
      expect(j.label.x).toBe(j.label.x0);
    }
  });
  test('a long lead-in is squeezed into one band before the months, as on the wide timeline', () => {
    const many = Array.from({ length: 24 }, (_, i) => ({
      key: `m${i}`,
      lane: 'x',
      start: `2023-${String((i % 12) + 1).padStart(2, '0')}-05`,
      name: `M${i}`,
    }));
    const l = layoutVertical([{ key: 'p', lane: 'y', start: '2021-06-04', end: '2023-06', name: 'Project' }, ...many], {
      ...base,
      focus: true,
    });
    expect(l.squeezed).toHaveLength(1);
    expect(l.squeezed[0].y0).toBe(40);
    expect(l.months[0].date).toBe('2023-01-01');
    expect(l.months[0].y).toBe(l.squeezed[0].y1);
    const p = l.items.find((i) => i.item.key === 'p')!;
    expect(p.y0).toBe(40);
  });
  test('numbers are whole pixels', () => {
    const l = layoutVertical(items, base);
    for (const i of l.items)
      for (const v of [i.x, i.y0, i.y1, i.label.x, i.label.y, i.hit.x, i.hit.y, i.hit.width, ...i.segments.flatMap((s) => [s.y0, s.y1])])
        expect(Number.isInteger(v)).toBe(true);
  });
});
