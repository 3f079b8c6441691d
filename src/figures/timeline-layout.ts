/**
 * Timeline layout, at build time: partial dates to intervals (keeping what is
 * certain apart from what is only known to the month or year), a UTC time
 * scale that runs left-to-right or right-to-left, row packing within lanes,
 * axis ticks, and a label beside every item that meets no other. Pure: no
 * model; labels come from the caller's language.
 */
import { scaleUtc, utcMonth, utcYear, type ScaleTime } from 'd3';
import { dateEnd, dateStart, parsePartialDate, type DatePrecision } from '../schemas/fields.ts';
import { labelExtent, wrapToWidth } from './viz-marks.ts';

const DAY = 86_400_000;
const ms = (ymd: string) => Date.parse(`${ymd}T00:00:00Z`);

export type Direction = 'ltr' | 'rtl';

/** What a start/end pair covers, as UTC milliseconds (end exclusive). */
export interface Interval {
  from: number;
  to: number;
  /** The part known for sure; absent when only the month(s) or year(s) are known. */
  sure?: { from: number; to: number };
  /** Coarsest precision of the two dates. */
  precision: DatePrecision;
  /** A single day, drawn as a mark rather than a bar. */
  day: boolean;
}

const ORDER: DatePrecision[] = ['year', 'month', 'day'];

/**
 * "2023-10-03"–"2023-10-05" covers 3 to 5 October, all sure. "2023-11" covers
 * November, none of it sure (it happened some time then). "2021-06-04"–"2024-06"
 * is sure from 4 June 2021 to 1 June 2024, then unsure through June 2024.
 */
export function intervalOf(start: string, end?: string): Interval {
  // Pure, and asked for the same dates on page after page: each pair is worked out once.
  const key = `${start}/${end ?? ''}`;
  let iv = intervals.get(key);
  if (!iv) intervals.set(key, (iv = Object.freeze(computeInterval(start, end))));
  return iv;
}
const intervals = new Map<string, Interval>();

function computeInterval(start: string, end?: string): Interval {
  const a = parsePartialDate(start);
  const b = parsePartialDate(end ?? start);
  if (!a) throw new Error(`not a date: "${start}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (!b) throw new Error(`not a date: "${end}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const last = end ?? start;
  const from = ms(dateStart(start));
  const to = ms(dateEnd(last)) + DAY;
  if (to <= from) throw new Error(`end "${last}" is before start "${start}"`);
  // A month- or year-precise start is sure only from the end of that period; likewise an end.
  const sureFrom = a.precision === 'day' ? from : ms(dateEnd(start)) + DAY;
  const sureTo = b.precision === 'day' ? to : ms(dateStart(last));
  const precision = ORDER[Math.min(ORDER.indexOf(a.precision), ORDER.indexOf(b.precision))];
  return {
    from,
    to,
    sure: sureTo > sureFrom ? { from: sureFrom, to: sureTo } : undefined,
    precision,
    day: precision === 'day' && to - from === DAY,
  };
}

/** A domain covering the intervals, widened to whole months (and by `padDays` either side). */
export function domainOf(intervals: { from: number; to: number }[], padDays = 0): [number, number] {
  if (intervals.length === 0) throw new Error('a timeline needs at least one dated item');
  const lo = Math.min(...intervals.map((i) => i.from)) - padDays * DAY;
  const hi = Math.max(...intervals.map((i) => i.to)) + padDays * DAY;
  return [utcMonth.floor(new Date(lo)).getTime(), utcMonth.ceil(new Date(hi)).getTime()];
}

/**
 * The stretch where most items are: from the month of the 5th-percentile
 * start to the month of the 95th-percentile end. Undefined when what lies
 * outside it is short (under `minOutside` days either side), so the scale
 * stays plainly linear.
 */
export function focusOf(
  intervals: { from: number; to: number }[],
  domain: [number, number],
  minOutside = 183,
): [number, number] | undefined {
  if (intervals.length < 10) return undefined;
  const quantile = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))];
  const low = quantile(
    intervals.map((i) => i.from),
    0.05,
  );
  const high = quantile(
    intervals.map((i) => i.to),
    0.95,
  );
  const f0 = Math.max(domain[0], utcMonth.floor(new Date(low)).getTime());
  const f1 = Math.min(domain[1], utcMonth.ceil(new Date(high)).getTime());
  const before = f0 - domain[0] >= minOutside * DAY;
  const after = domain[1] - f1 >= minOutside * DAY;
  if (!before && !after) return undefined;
  return [before ? f0 : domain[0], after ? f1 : domain[1]];
}

/**
 * A UTC time scale onto [x0, x1]; right-to-left swaps the range, so later is
 * further left. With a `focus`, the time before and after it is compressed
 * to at most `squeeze` of the width each (drawn as such, see compressed()).
 */
export function timeScale(
  domain: [number, number],
  x0: number,
  x1: number,
  dir: Direction,
  focus?: [number, number],
  squeeze = 0.1,
): ScaleTime<number, number> {
  const w = x1 - x0;
  const ds = [domain[0]];
  const xs = [x0];
  if (focus) {
    const total = domain[1] - domain[0];
    const pre = Math.min(((focus[0] - domain[0]) / total) * w, squeeze * w);
    const post = Math.min(((domain[1] - focus[1]) / total) * w, squeeze * w);
    if (focus[0] > domain[0]) {
      ds.push(focus[0]);
      xs.push(x0 + pre);
    }
    if (focus[1] < domain[1]) {
      ds.push(focus[1]);
      xs.push(x1 - post);
    }
  }
  ds.push(domain[1]);
  xs.push(x1);
  const range = dir === 'rtl' ? xs.map((x) => x0 + x1 - x) : xs;
  return scaleUtc()
    .domain(ds.map((d) => new Date(d)))
    .range(range);
}

/** The compressed stretches of a scale (outside its focus), as time and px. */
export function compressed(scale: ScaleTime<number, number>): { from: number; to: number; x0: number; x1: number }[] {
  const ds = scale.domain().map((d) => d.getTime());
  if (ds.length === 2) return [];
  const slope = (i: number) => Math.abs(scale(ds[i + 1]) - scale(ds[i])) / (ds[i + 1] - ds[i]);
  const slopes = ds.slice(0, -1).map((_, i) => slope(i));
  const focus = Math.max(...slopes);
  const out = [];
  for (let i = 0; i < slopes.length; i++) {
    if (slopes[i] < focus * 0.999) {
      const a = Math.round(scale(ds[i]) * 10) / 10;
      const b = Math.round(scale(ds[i + 1]) * 10) / 10;
      out.push({ from: ds[i], to: ds[i + 1], x0: Math.min(a, b), x1: Math.max(a, b) });
    }
  }
  return out;
}

export interface Span {
  key: string;
  /** Occupied extent in px, either order (right-to-left spans come reversed). */
  x0: number;
  x1: number;
}

/**
 * Greedy interval partitioning: each span goes to the first row where it
 * does not meet the last span by less than `gap` px. Spans are taken by
 * leftmost edge, then longest first, then key, so the result is stable.
 * Returns the row of each key and the number of rows.
 */
export function packRows(spans: Span[], gap = 2): { rows: Map<string, number>; count: number } {
  const norm = spans
    .map((s) => ({ key: s.key, lo: Math.min(s.x0, s.x1), hi: Math.max(s.x0, s.x1) }))
    .sort((a, b) => a.lo - b.lo || b.hi - b.lo - (a.hi - a.lo) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const ends: number[] = [];
  const rows = new Map<string, number>();
  for (const s of norm) {
    let row = ends.findIndex((end) => end + gap <= s.lo);
    if (row === -1) row = ends.push(s.hi) - 1;
    else ends[row] = s.hi;
    rows.set(s.key, row);
  }
  return { rows, count: ends.length };
}

export interface Tick {
  x: number;
  /** ISO date of the tick, for <time datetime>. */
  date: string;
  label?: string;
}

/**
 * Year ticks (labelled) and month ticks (labelled when there is room, with
 * `monthLabel`) inside the domain.
 */
export function axisTicks(
  scale: ScaleTime<number, number>,
  yearLabel: (year: number) => string,
  monthLabel: (d: Date) => string,
  minMonthLabelPx = 44,
): { years: Tick[]; months: Tick[] } {
  const ds = scale.domain();
  const d0 = ds[0];
  const d1 = ds[ds.length - 1];
  const r1 = (v: number) => Math.round(v * 10) / 10;
  // A label reads from its tick towards later dates: none for a tick too close to the end.
  const end = scale(d1);
  const years = utcYear.range(utcYear.ceil(d0), new Date(d1.getTime() + 1)).map((d) => ({
    x: r1(scale(d)),
    date: d.toISOString().slice(0, 10),
    label: Math.abs(end - scale(d)) >= 30 ? yearLabel(d.getUTCFullYear()) : undefined,
  }));
  // Months only where the scale is not compressed; labelled when a month is wide enough.
  const squeezed = compressed(scale);
  const inFocus = (t: number) => !squeezed.some((c) => t > c.from && t < c.to);
  const focusStart = squeezed.length && squeezed[0].from === d0.getTime() ? squeezed[0].to : d0.getTime();
  const monthPx = Math.abs(scale(utcMonth.offset(new Date(focusStart), 1)) - scale(focusStart));
  const months = utcMonth
    .range(utcMonth.ceil(d0), new Date(d1.getTime() + 1))
    .filter((d) => d.getUTCMonth() !== 0 && inFocus(d.getTime()))
    .map((d) => ({ x: r1(scale(d)), date: d.toISOString().slice(0, 10), label: monthPx >= minMonthLabelPx ? monthLabel(d) : undefined }));
  return { years, months };
}

export interface ItemIn {
  key: string;
  lane: string;
  start: string;
  end?: string;
  /** Text drawn beside the item (its short name); none when absent. */
  name?: string;
}

/** A label's lines and its extent along the time axis, px. */
export interface LabelBox {
  lines: string[];
  x0: number;
  x1: number;
}

/** Line pitch of a label of two lines, px (12 px text). */
export const LABEL_LINE = 13;

/**
 * Where an item's label goes, in the left-to-right frame: after the item's
 * extent [lo, hi] when it fits before the plot's end p1, else before it when
 * it fits after the plot's start p0, else in two lines on the roomier side
 * when they fit there. An item too long for any of these (a project across
 * the whole plot) carries its label over itself, inside the plot, in one line
 * if it fits. The row packing then treats item and label as one span, so no
 * label meets another item or label.
 */
export function placeItemLabel(text: string, lo: number, hi: number, p0: number, p1: number, gap = 4): LabelBox {
  const w = labelExtent(text);
  const after = p1 - (hi + gap);
  const before = lo - gap - p0;
  if (w <= after) return { lines: [text], x0: hi + gap, x1: hi + gap + w };
  if (w <= before) return { lines: [text], x0: lo - gap - w, x1: lo - gap };
  const twoIn = (room: number) => {
    let r = Math.max(room, 24);
    let lines = wrapToWidth(text, r);
    while (lines.length > 2 && r < w) lines = wrapToWidth(text, (r += 8));
    return { lines, width: Math.max(...lines.map((l) => labelExtent(l))) };
  };
  const room = Math.max(after, before);
  const two = twoIn(room);
  if (two.lines.length <= 2 && two.width <= room) {
    return after >= before
      ? { lines: two.lines, x0: hi + gap, x1: hi + gap + two.width }
      : { lines: two.lines, x0: lo - gap - two.width, x1: lo - gap };
  }
  const over = w <= p1 - p0 ? { lines: [text], width: w } : twoIn(p1 - p0);
  const x0 = Math.min(Math.max(lo + gap, p0), p1 - over.width);
  return { lines: over.lines, x0, x1: x0 + over.width };
}

interface Segment {
  x0: number;
  x1: number;
  /** Known only to the month or year: drawn pale with a dashed edge. */
  fuzzy: boolean;
}
export interface ItemOut<T extends ItemIn> {
  item: T;
  interval: Interval;
  row: number;
  /** Centre line of the item's row. */
  y: number;
  /** Start side (left in LTR, right in RTL) and end side, px. */
  xStart: number;
  xEnd: number;
  segments: Segment[];
  /** The 24 px target around the item. */
  hit: { x: number; y: number; width: number; height: number };
  /** The item runs past the window's start or end (context timelines). */
  cut: { start: boolean; end: boolean };
  /** Its label, px: `x` is the edge where the text starts (left in LTR, right in RTL). */
  label?: LabelBox & { x: number };
}
interface LaneOut {
  key: string;
  y: number;
  height: number;
  rows: number;
}
export interface TimelineLayout<T extends ItemIn> {
  width: number;
  height: number;
  dir: Direction;
  /** Plot area, px. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  scale: ScaleTime<number, number>;
  lanes: LaneOut[];
  items: ItemOut<T>[];
}
export interface TimelineOptions {
  width: number;
  /** Lane keys in order; a lane with no items still gets one (empty) row. */
  lanes: string[];
  dir?: Direction;
  domain?: [number, number];
  /** Compress the time outside the stretch where most items are (see focusOf). */
  focus?: boolean;
  /** Room for lane labels on the start side, px. */
  labelWidth?: number;
  /** Room above the lanes for the axis and markers, px. */
  top?: number;
  rowHeight?: number;
  laneGap?: number;
  /** Minimum target size, px (WCAG 2.5.8). */
  target?: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Lays out items in lanes: x from the time scale, rows packed so no two targets overlap. */
export function layoutTimeline<T extends ItemIn>(input: T[], o: TimelineOptions): TimelineLayout<T> {
  const dir = o.dir ?? 'ltr';
  const labelWidth = o.labelWidth ?? 0;
  const top = o.top ?? 40;
  const labelled = input.some((i) => i.name);
  // Two-line labels need 2 × 13 px, with a little air between rows.
  const rowH = o.rowHeight ?? (labelled ? 30 : 28);
  const laneGap = o.laneGap ?? 8;
  const target = o.target ?? 24;
  const pad = target / 2;
  const x0 = dir === 'ltr' ? labelWidth + pad : pad;
  const x1 = dir === 'ltr' ? o.width - pad : o.width - labelWidth - pad;
  const withIv = input.map((item) => ({ item, interval: intervalOf(item.start, item.end) }));
  const domain = o.domain ?? domainOf(withIv.map((w) => w.interval));
  const focus = o.focus
    ? focusOf(
        withIv.map((w) => w.interval),
        domain,
      )
    : undefined;
  const scale = timeScale(domain, x0, x1, dir, focus);
  const inside = withIv.filter(({ interval: i }) => i.to > domain[0] && i.from < domain[1]);
  const clampX = (t: number) => r1(scale(Math.min(Math.max(t, domain[0]), domain[1])));
  // Rows are packed in the left-to-right frame, unrounded, so both directions get the same rows.
  const ltr = dir === 'ltr' ? scale : timeScale(domain, labelWidth + pad, o.width - pad, 'ltr', focus);
  const ltrX = (t: number) => ltr(Math.min(Math.max(t, domain[0]), domain[1]));

  const placed = inside.map(({ item, interval: iv }) => {
    const xStart = clampX(iv.from);
    const xEnd = clampX(iv.to);
    const segments: Segment[] = [];
    if (!iv.sure) segments.push({ x0: xStart, x1: xEnd, fuzzy: true });
    else {
      if (iv.sure.from > iv.from) segments.push({ x0: xStart, x1: clampX(iv.sure.from), fuzzy: true });
      segments.push({ x0: clampX(iv.sure.from), x1: clampX(iv.sure.to), fuzzy: false });
      if (iv.sure.to < iv.to) segments.push({ x0: clampX(iv.sure.to), x1: xEnd, fuzzy: true });
    }
    const lo = Math.min(xStart, xEnd);
    const hi = Math.max(xStart, xEnd);
    const mid = (lo + hi) / 2;
    const hitLo = r1(Math.min(lo, mid - pad));
    const hitHi = r1(Math.max(hi, mid + pad));
    const a = ltrX(iv.from);
    const b = ltrX(iv.to);
    const itemLo = Math.min(a, (a + b) / 2 - pad);
    const itemHi = Math.max(b, (a + b) / 2 + pad);
    const box = item.name ? placeItemLabel(item.name, itemLo, itemHi, labelWidth + 2, o.width - 2) : undefined;
    const packLo = Math.min(itemLo, box?.x0 ?? itemLo);
    const packHi = Math.max(itemHi, box?.x1 ?? itemHi);
    const label = box && {
      lines: box.lines,
      x0: r1(dir === 'ltr' ? box.x0 : o.width - box.x1),
      x1: r1(dir === 'ltr' ? box.x1 : o.width - box.x0),
      x: r1(dir === 'ltr' ? box.x0 : o.width - box.x0),
    };
    return {
      item,
      iv,
      xStart,
      xEnd,
      segments: segments.filter((s) => s.x0 !== s.x1),
      hitLo,
      hitHi,
      packLo,
      packHi,
      cut: { start: iv.from < domain[0], end: iv.to > domain[1] },
      label,
    };
  });

  const lanes: LaneOut[] = [];
  const items: ItemOut<T>[] = [];
  let y = top;
  for (const lane of o.lanes) {
    const mine = placed.filter((p) => p.item.lane === lane);
    const { rows, count } = packRows(mine.map((p) => ({ key: p.item.key, x0: p.packLo, x1: p.packHi })));
    const n = Math.max(count, 1);
    const height = n * rowH + laneGap;
    lanes.push({ key: lane, y, height, rows: n });
    for (const p of mine) {
      const row = rows.get(p.item.key);
      if (row === undefined) throw new Error(`timeline item ${p.item.key} was not packed into a row`);
      const cy = r1(y + laneGap / 2 + row * rowH + rowH / 2);
      items.push({
        item: p.item,
        interval: p.iv,
        row,
        y: cy,
        xStart: p.xStart,
        xEnd: p.xEnd,
        segments: p.segments,
        hit: { x: p.hitLo, y: r1(cy - Math.max(target, rowH - 2) / 2), width: r1(p.hitHi - p.hitLo), height: Math.max(target, rowH - 2) },
        cut: p.cut,
        label: p.label,
      });
    }
    y += height;
  }
  return { width: o.width, height: y + 4, dir, plot: { x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0: top, y1: y }, scale, lanes, items };
}
