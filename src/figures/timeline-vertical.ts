/**
 * The timeline for narrow screens, at build time: time runs down the page,
 * every month marked on an axis at the start side, one column per lane (its
 * items side by side where they overlap in time), and beside the columns a
 * label for every item, placed in date order so that no two meet. A month is
 * as tall as its labels need (at least `minMonth`), so the scale is linear
 * within each month only; the time before and after the focus is squeezed
 * into a short band, as on the wide timeline, and so is a run of months in
 * which nothing starts or ends.
 */
import { scaleUtc, utcMonth } from 'd3';
import { domainOf, focusOf, intervalOf, packRows, type Direction, type Interval, type ItemIn } from './timeline-layout.ts';
import { labelExtent, wrapToWidth } from './viz-marks.ts';

const DAY = 86_400_000;
// Whole pixels: a tenth more in every number of a long drawing is weight for nothing at this size.
const r1 = Math.round;

export interface VerticalOptions {
  width: number;
  /** Lane keys in order; each gets a column. */
  lanes: string[];
  dir?: Direction;
  domain?: [number, number];
  /** Squeeze the time outside the stretch where most items are (see focusOf). */
  focus?: boolean;
  /** Month label of a month tick (e.g. "May"), and the year label of its first month and of each January. */
  monthLabel: (d: Date) => string;
  yearLabel: (year: number) => string;
  /** Room above the columns, px (lane names). */
  top?: number;
  /** Width of one item column inside a lane, px. */
  col?: number;
  lineHeight?: number;
  minMonth?: number;
  squeezeHeight?: number;
  /** Minimum target size, px (WCAG 2.5.8). */
  target?: number;
}

export interface VerticalTick {
  y: number;
  /** ISO date of the month's first day. */
  date: string;
  label: string;
  year?: string;
}
export interface VerticalItem<T extends ItemIn> {
  item: T;
  interval: Interval;
  /** Centre of the item's column, px. */
  x: number;
  y0: number;
  y1: number;
  segments: { y0: number; y1: number; fuzzy: boolean }[];
  /** Where its label's text starts (x: left in LTR, right in RTL), its top, lines and box. */
  label: { lines: string[]; x: number; y: number; height: number; x0: number; x1: number };
  /** The target: the label's row, at least 24 px tall. */
  hit: { x: number; y: number; width: number; height: number };
}
export interface VerticalLayout<T extends ItemIn> {
  width: number;
  height: number;
  dir: Direction;
  top: number;
  bottom: number;
  axis: { x0: number; x1: number };
  lanes: { key: string; x0: number; x1: number; cols: number }[];
  months: VerticalTick[];
  /** Bands drawn at a squeezed scale, px, and the time each covers (ms, end exclusive). */
  squeezed: { y0: number; y1: number; from: number; to: number }[];
  /** The y of a time (ms), clamped to the domain. */
  y: (t: number) => number;
  items: VerticalItem<T>[];
}

/** Lays out items down the page: columns per lane, a month axis, labels in date order that never meet. */
export function layoutVertical<T extends ItemIn>(input: T[], o: VerticalOptions): VerticalLayout<T> {
  const dir = o.dir ?? 'ltr';
  const top = o.top ?? 8;
  const col = o.col ?? 5;
  const lineH = o.lineHeight ?? 15;
  const minMonth = o.minMonth ?? 32;
  const squeezeH = o.squeezeHeight ?? 36;
  const target = o.target ?? 24;
  const withIv = input.map((item) => ({ item, iv: intervalOf(item.start, item.end) }));
  const domain = o.domain ?? domainOf(withIv.map((w) => w.iv));
  const focus = o.focus
    ? focusOf(
        withIv.map((w) => w.iv),
        domain,
      )
    : undefined;
  const [f0, f1] = focus ?? domain;
  const inside = withIv.filter(({ iv }) => iv.to > domain[0] && iv.from < domain[1]);
  const clamp = (t: number) => Math.min(Math.max(t, domain[0]), domain[1]);

  // Stretches down the page: the time before and after the focus, each month of the focus, and a run of
  // three or more months in which nothing starts or ends squeezed into one band (the legend names them).
  const quiet = (a: number, b: number) =>
    !inside.some(({ iv }) => (clamp(iv.from) >= a && clamp(iv.from) < b) || (clamp(iv.to) > a && clamp(iv.to) <= b));
  const segs: { from: number; to: number; squeezed: boolean }[] = [];
  const add = (from: number, to: number, squeezed: boolean) => {
    const last = segs.at(-1);
    if (last && squeezed && last.squeezed) last.to = to;
    else segs.push({ from, to, squeezed });
  };
  if (f0 > domain[0]) add(domain[0], f0, true);
  const monthStarts = utcMonth.range(new Date(f0), new Date(f1)).map((d) => d.getTime());
  for (let i = 0; i < monthStarts.length;) {
    const end = (j: number) => monthStarts[j + 1] ?? f1;
    let j = i;
    while (j < monthStarts.length && quiet(monthStarts[j], end(j))) j++;
    if (j - i >= 3) add(monthStarts[i], end(j - 1), true);
    else for (let k = i; k < Math.max(j, i + 1); k++) add(monthStarts[k], end(k), false);
    i = Math.max(j, i + 1);
  }
  if (f1 < domain[1]) add(f1, domain[1], true);

  // Month axis: every month not squeezed, with its year on the first, on January and after a squeezed band; as wide as its longest label.
  const tickText = segs.flatMap((g, i) => {
    if (g.squeezed) return [];
    const d = new Date(g.from);
    const first = i === 0 || segs[i - 1].squeezed;
    return [{ d, label: o.monthLabel(d), year: first || d.getUTCMonth() === 0 ? o.yearLabel(d.getUTCFullYear()) : undefined }];
  });
  const axisW = Math.max(...tickText.map((m) => Math.max(labelExtent(m.label), m.year ? labelExtent(m.year) : 0))) + 10;

  // Columns: items of a lane side by side where they overlap in time (a day counts as a week, for its glyph).
  const lanesL: { key: string; x0: number; x1: number; cols: number }[] = [];
  const colOf = new Map<T, number>();
  let cursor = axisW;
  for (const lane of o.lanes) {
    const mine = inside.filter((w) => w.item.lane === lane);
    const { rows, count } = packRows(
      mine.map((w) => ({ key: w.item.key, x0: clamp(w.iv.from), x1: Math.max(clamp(w.iv.to), clamp(w.iv.from) + 7 * DAY) })),
      0,
    );
    for (const w of mine) colOf.set(w.item, rows.get(w.item.key) ?? 0);
    const cols = Math.max(count, 1);
    const x1 = cursor + Math.max(cols * col + 8, 16);
    lanesL.push({ key: lane, x0: cursor, x1, cols });
    cursor = x1;
  }
  const labelX0 = cursor + 8;
  const labelX1 = o.width - 4;
  const labelled = inside
    .map((w) => {
      const lines = wrapToWidth(w.item.name ?? '', labelX1 - labelX0);
      return { ...w, lines, height: Math.max(target, lines.length * lineH + 6) };
    })
    .sort(
      (a, b) =>
        clamp(a.iv.from) - clamp(b.iv.from) ||
        o.lanes.indexOf(a.item.lane) - o.lanes.indexOf(b.item.lane) ||
        (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0),
    );

  // The scale: each month as tall as the labels that start in it need; squeezed bands short.
  const bounds = [...segs.map((g) => g.from), domain[1]];
  const need = (a: number, b: number) =>
    labelled.filter((l) => clamp(l.iv.from) >= a && clamp(l.iv.from) < b).reduce((s, l) => s + l.height + 2, 0);
  const ys = [top];
  segs.forEach((g, i) => ys.push(ys[i] + Math.max(g.squeezed ? squeezeH : minMonth, need(g.from, g.to) + 4)));
  const scale = scaleUtc()
    .domain(bounds.map((b) => new Date(b)))
    .range(ys);
  const y = (t: number) => r1(scale(clamp(t)));

  // Labels in date order, each centred on its start where it can be, else just below the one before.
  const mirror = (x: number) => (dir === 'ltr' ? x : o.width - x);
  const box = (a: number, b: number) => (dir === 'ltr' ? [a, b] : [o.width - b, o.width - a]);
  let prev = top;
  const items: VerticalItem<T>[] = labelled.map((l) => {
    const ly = Math.max(prev, y(l.iv.from) - l.height / 2);
    prev = ly + l.height + 2;
    const c = colOf.get(l.item) ?? 0;
    const lane = lanesL[o.lanes.indexOf(l.item.lane)];
    // Rounded in the left-to-right frame, so both directions mirror exactly.
    const x = mirror(Math.round(lane.x0 + 4 + c * col + col / 2));
    const iv = l.iv;
    const segments: { y0: number; y1: number; fuzzy: boolean }[] = [];
    if (!iv.sure) segments.push({ y0: y(iv.from), y1: y(iv.to), fuzzy: true });
    else {
      if (iv.sure.from > iv.from) segments.push({ y0: y(iv.from), y1: y(iv.sure.from), fuzzy: true });
      segments.push({ y0: y(iv.sure.from), y1: y(iv.sure.to), fuzzy: false });
      if (iv.sure.to < iv.to) segments.push({ y0: y(iv.sure.to), y1: y(iv.to), fuzzy: true });
    }
    const lw = Math.max(...l.lines.map((s) => labelExtent(s)));
    const [bx0, bx1] = box(labelX0, labelX0 + lw);
    const [hx0, hx1] = box(labelX0 - 6, labelX1);
    return {
      item: l.item,
      interval: iv,
      x: r1(x),
      y0: y(iv.from),
      y1: y(iv.to),
      segments: segments.filter((s) => s.y0 !== s.y1),
      label: { lines: l.lines, x: r1(mirror(labelX0)), y: r1(ly), height: l.height, x0: r1(bx0), x1: r1(bx1) },
      hit: { x: r1(hx0), y: r1(ly), width: r1(hx1 - hx0), height: l.height },
    };
  });
  const bottom = Math.max(ys[ys.length - 1], prev);
  const [ax0, ax1] = box(0, axisW);
  return {
    width: o.width,
    height: r1(bottom + 4),
    dir,
    top,
    bottom: r1(bottom),
    axis: { x0: ax0, x1: ax1 },
    lanes: lanesL.map((l) => {
      const [x0, x1] = box(l.x0, l.x1);
      return { key: l.key, x0, x1, cols: l.cols };
    }),
    months: tickText.map((m) => ({ y: y(m.d.getTime()), date: m.d.toISOString().slice(0, 10), label: m.label, year: m.year })),
    squeezed: segs.filter((g) => g.squeezed).map((g) => ({ y0: y(g.from), y1: y(g.to), from: g.from, to: g.to })),
    y,
    items,
  };
}
