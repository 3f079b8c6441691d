/**
 * What the timelines draw, from the model in one language: every forum and
 * every dated activity in one lane per region, coloured and shaped by
 * sector, with the Council session marked, each item linked to its page.
 * Layout comes from timeline.ts; components only render this.
 */
import type { Locale } from '../schemas/vocab.ts';
import { t, VOCAB } from '../i18n/ui.ts';
import { dateTimeFormat } from '../i18n/format.ts';
import { language } from '../i18n/registry.ts';
import type { Activity, Forum, Model, Region } from '../model/model.ts';
import { formatRange } from '../model/dates.ts';
import { documentUrl, entityUrl } from '../presentation/urls.ts';
import {
  axisTicks,
  compressed,
  domainOf,
  intervalOf,
  layoutTimeline,
  type Direction,
  type ItemIn,
  type ItemOut,
  type Tick,
} from './timeline-layout.ts';
import { layoutVertical, type VerticalItem, type VerticalTick } from './timeline-vertical.ts';
import { activityKind, type MarkKind } from './viz-marks.ts';

interface TimelineEntry extends ItemIn {
  id: string;
  collection: 'forums' | 'activities';
  href: string;
  title: string;
  /** The drawn name (when it is not the title), title, dates and kind: the tooltip and the accessible name. */
  label: string;
  dateText: string;
  kind: MarkKind;
  sectors: string[];
  themes: string[];
  regions: string[];
  current?: boolean;
}
interface LaneView {
  key: string;
  label: string[];
  title: string;
  href: string;
  y: number;
  height: number;
}
export interface TimelineView {
  key: string;
  width: number;
  height: number;
  dir: Direction;
  plot: { x0: number; x1: number; y0: number; y1: number };
  lanes: LaneView[];
  items: ItemOut<TimelineEntry>[];
  years: Tick[];
  months: Tick[];
  /** Stretches drawn at a compressed scale, px. */
  squeezed: { x0: number; x1: number }[];
  /** The same stretches as time (ms, end exclusive), for the legend. */
  squeezedTime: { from: number; to: number }[];
  /** The Council session the document goes to: its year only, as the document gives no days. */
  council?: { x0: number; x1: number; label: string; title: string; href: string };
  /** Entries the document gives no date for, by lane. */
  undated: { lane: string; title: string; href: string }[];
}

/**
 * Splits a label into lines of at most `max` characters at spaces, and a word
 * longer than that after its hyphens ("Азиатско-" / "Тихоокеанский"); CJK
 * labels are short enough.
 */
export function wrapLabel(s: string, max = 14): string[] {
  const words = s.split(' ').flatMap((w) => (w.length > max ? w.split(/(?<=-)/) : [w]));
  const lines: string[] = [];
  let glue = '';
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && (last + glue + word).length <= max) lines[lines.length - 1] = `${last}${glue}${word}`;
    else lines.push(word);
    glue = word.endsWith('-') ? '' : ' ';
  }
  return lines;
}

function entry(e: Forum | Activity, lane: string, locale: Locale, current?: string): TimelineEntry | undefined {
  const f = e.facts;
  if (!f.start) return undefined;
  const dateText = formatRange(f.start, f.end, locale);
  const isForum = e.collection === 'forums';
  const kindLabel = isForum ? t(locale, 'entity.forums') : VOCAB[locale].kind[e.facts.kind];
  const { title, short } = e.text[locale];
  const name = short ?? title;
  return {
    key: `${lane}:${e.collection}/${e.id}`,
    lane,
    start: f.start,
    end: f.end,
    id: e.id,
    collection: e.collection,
    href: entityUrl(locale, e.collection, e.id),
    title,
    name,
    // The drawn name first, so the accessible name contains what a reader sees (WCAG 2.5.3).
    label: [...(name === title ? [] : [name]), title, dateText, kindLabel].join(' · '),
    dateText,
    kind: isForum ? 'forum' : activityKind(e.facts.sectors),
    sectors: isForum ? [] : e.facts.sectors,
    themes: isForum ? [] : e.facts.themes,
    regions: isForum ? [e.facts.region] : e.facts.regions,
    current: current === `${e.collection}/${e.id}`,
  };
}

/** Every forum and dated activity of the given regions, one entry per region it concerns. */
function entries(
  model: Model,
  regions: Region[],
  locale: Locale,
  current?: string,
  within?: (e: Forum | Activity) => boolean,
): TimelineEntry[] {
  const ids = new Set(regions.map((r) => r.id));
  const out: TimelineEntry[] = [];
  const keep = within ?? (() => true);
  for (const f of model.forums) {
    if (!ids.has(f.facts.region) || !keep(f)) continue;
    const e = entry(f, f.facts.region, locale, current);
    if (e) out.push(e);
  }
  for (const a of model.activities) {
    if (!keep(a)) continue;
    for (const r of a.facts.regions)
      if (ids.has(r)) {
        const e = entry(a, r, locale, current);
        if (e) out.push(e);
      }
  }
  return out;
}

export interface TimelineViewOptions {
  key?: string;
  width?: number;
  dir?: Direction;
  domain?: [number, number];
  current?: string;
  within?: (e: Forum | Activity) => boolean;
  labels?: boolean;
}

/** The Council session the document goes to, as a stretch of time (its year: the document gives no days). */
function councilOf(model: Model, locale: Locale) {
  const doc = model.currentDocument.facts;
  return {
    interval: intervalOf(String(doc.year)),
    label: t(locale, 'viz.council', { session: doc.session, year: doc.year }),
    title: t(locale, 'viz.council.note', { session: doc.session, year: doc.year }),
    href: documentUrl(locale, model.currentDocument.id),
  };
}

export function timelineView(model: Model, regions: Region[], locale: Locale, o: TimelineViewOptions = {}): TimelineView {
  const width = o.width ?? 720;
  const dir = o.dir ?? language(locale).dir;
  const items = entries(model, regions, locale, o.current, o.within);
  const labelWidth = o.labels === false ? 0 : 110;
  const layout = layoutTimeline(items, {
    width,
    lanes: regions.map((r) => r.id),
    dir,
    domain: o.domain,
    focus: !o.domain,
    labelWidth,
    top: 44,
  });
  // Year labels as the language writes a year alone ("2023年" / "2023").
  const yearFormat = dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const { years, months } = axisTicks(
    layout.scale,
    (y) => yearFormat.format(new Date(Date.UTC(y, 0, 1))),
    (d) => dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(d),
  );
  const ds = layout.scale.domain().map((d) => d.getTime());
  const d0 = ds[0];
  const d1 = ds[ds.length - 1];
  const { interval: c, label, title, href } = councilOf(model, locale);
  const clamp = (v: number) => Math.round(layout.scale(Math.min(Math.max(v, d0), d1)) * 10) / 10;
  const council =
    c.to > d0 && c.from < d1
      ? {
          x0: Math.min(clamp(c.from), clamp(c.to)),
          x1: Math.max(clamp(c.from), clamp(c.to)),
          label,
          title,
          href,
        }
      : undefined;
  const undated = o.within
    ? []
    : regions.flatMap((r) =>
        model.activities
          .filter((a) => !a.facts.start && a.facts.regions.includes(r.id))
          .map((a) => ({ lane: r.id, title: a.text[locale].title, href: entityUrl(locale, 'activities', a.id) })),
      );
  return {
    key: o.key ?? 'timeline',
    width,
    height: layout.height,
    dir,
    plot: layout.plot,
    lanes: layout.lanes.map((l) => {
      const r = model.get('regions', l.key);
      return {
        key: l.key,
        label: labelWidth ? wrapLabel(r.text[locale].title) : [],
        title: r.text[locale].title,
        href: entityUrl(locale, 'regions', r.id),
        y: l.y,
        height: l.height,
      };
    }),
    items: layout.items,
    years,
    months,
    squeezed: compressed(layout.scale).map(({ x0, x1 }) => ({ x0, x1 })),
    squeezedTime: compressed(layout.scale).map(({ from, to }) => ({ from, to })),
    council,
    undated,
  };
}

/** All regions, all dated items. */
export const allTimelineView = (model: Model, locale: Locale, dir: Direction = language(locale).dir) =>
  timelineView(model, model.regions, locale, { dir });
/** All regions, all dated items, down the page. */
export const allVerticalTimelineView = (model: Model, locale: Locale, dir: Direction = language(locale).dir) =>
  verticalTimelineView(model, model.regions, locale, { dir });

/** One region's lane; undefined when nothing of the region is dated (there is nothing to draw). */
export function regionTimelineView(
  model: Model,
  region: Region,
  locale: Locale,
  dir: Direction = language(locale).dir,
): TimelineView | undefined {
  const dated =
    model.forums.some((f) => f.facts.region === region.id && f.facts.start) ||
    model.activities.some((a) => a.facts.regions.includes(region.id) && a.facts.start);
  return dated ? timelineView(model, [region], locale, { dir, key: `tl-${region.id}` }) : undefined;
}

/** One region's lane down the page; undefined like regionTimelineView. */
export function regionVerticalTimelineView(
  model: Model,
  region: Region,
  locale: Locale,
  dir: Direction = language(locale).dir,
): VerticalTimelineView | undefined {
  return regionTimelineView(model, region, locale, dir) && verticalTimelineView(model, [region], locale, { dir, key: `tl-${region.id}` });
}

/**
 * At most this many items in a context timeline, the item itself included. In
 * a crowded region and season, those that start nearest to it are drawn and
 * the note under the figure counts the rest; without a cap a page's weight
 * grows with the number of activities on the site.
 */
export const CONTEXT_MAX = 8;

export interface Context {
  regions: Region[];
  /** Items of the window left out by CONTEXT_MAX. */
  more: number;
  options: Required<Pick<TimelineViewOptions, 'domain' | 'current' | 'within' | 'key'>>;
}

// Per entry, not per language or drawing: the same choice serves every page of it.
const contexts = new WeakMap<Forum | Activity, Context | undefined>();

/** The regions, window and items of a forum's or activity's context timeline: two months either side of it. */
export function contextOf(model: Model, e: Forum | Activity): Context | undefined {
  if (contexts.has(e)) return contexts.get(e);
  let c: Context | undefined;
  if (e.facts.start) {
    const me = intervalOf(e.facts.start, e.facts.end);
    const domain = domainOf([me], 60);
    const regionIds = e.collection === 'forums' ? [e.facts.region] : e.facts.regions;
    const candidates = [
      ...model.forums.filter((f) => regionIds.includes(f.facts.region)),
      ...model.activities.filter((a) => a.facts.regions.some((r) => regionIds.includes(r))),
    ].flatMap((x) => {
      if (!x.facts.start) return [];
      const j = intervalOf(x.facts.start, x.facts.end);
      return j.to > domain[0] && j.from < domain[1] ? [{ x, distance: x === e ? -1 : Math.abs(j.from - me.from) }] : [];
    });
    // Nearest start first (the item itself before all), then by collection and id, so the choice is stable.
    candidates.sort((a, b) => a.distance - b.distance || a.x.collection.localeCompare(b.x.collection) || a.x.id.localeCompare(b.x.id));
    const shown = new Set<Forum | Activity>(candidates.slice(0, CONTEXT_MAX).map((n) => n.x));
    c = {
      regions: model.regions.filter((r) => regionIds.includes(r.id)),
      more: candidates.length - shown.size,
      options: { domain, current: `${e.collection}/${e.id}`, within: (x) => shown.has(x), key: 'tl-context' },
    };
  }
  contexts.set(e, c);
  return c;
}

/**
 * A small timeline around one forum or activity: its region(s)' items that
 * overlap a window of two months either side of it (at most CONTEXT_MAX, see
 * contextOf), the item itself marked. Undefined for an undated activity.
 */
export function contextTimelineView(
  model: Model,
  e: Forum | Activity,
  locale: Locale,
  dir: Direction = language(locale).dir,
): TimelineView | undefined {
  const c = contextOf(model, e);
  return c && timelineView(model, c.regions, locale, { ...c.options, dir, width: 720 });
}

/** The same context timeline down the page; undefined like contextTimelineView. */
export function contextVerticalTimelineView(
  model: Model,
  e: Forum | Activity,
  locale: Locale,
  dir: Direction = language(locale).dir,
): VerticalTimelineView | undefined {
  const c = contextOf(model, e);
  return c && verticalTimelineView(model, c.regions, locale, { ...c.options, dir });
}

/** The timeline for narrow screens: the same items as timelineView, down the page (timeline-vertical.ts). */
export interface VerticalTimelineView {
  key: string;
  width: number;
  height: number;
  dir: Direction;
  top: number;
  bottom: number;
  axis: { x0: number; x1: number };
  /** Columns, with the lane's short name when there is more than one. */
  lanes: { key: string; x0: number; x1: number; code?: string; title: string }[];
  months: VerticalTick[];
  /** Squeezed bands, px, and the time each covers (ms, end exclusive). */
  squeezed: { y0: number; y1: number; from: number; to: number }[];
  /** The Council year, as a band along the axis. */
  council?: { y0: number; y1: number; title: string };
  items: VerticalItem<TimelineEntry>[];
}

/** Width of the narrow timeline's drawing, px: it fits a 390 px screen at one CSS pixel per unit. */
const VERTICAL_WIDTH = 356;

export function verticalTimelineView(
  model: Model,
  regions: Region[],
  locale: Locale,
  o: Omit<TimelineViewOptions, 'width' | 'labels'> = {},
): VerticalTimelineView {
  const dir = o.dir ?? language(locale).dir;
  const items = entries(model, regions, locale, o.current, o.within);
  const many = regions.length > 1;
  const yearFormat = dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const monthFormat = dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const layout = layoutVertical(items, {
    width: VERTICAL_WIDTH,
    lanes: regions.map((r) => r.id),
    dir,
    domain: o.domain,
    focus: !o.domain,
    top: many ? 40 : 8,
    monthLabel: (d) => monthFormat.format(d),
    yearLabel: (y) => yearFormat.format(new Date(Date.UTC(y, 0, 1))),
  });
  const c = councilOf(model, locale);
  const cy0 = layout.y(c.interval.from);
  const cy1 = layout.y(c.interval.to);
  return {
    key: `${o.key ?? 'timeline'}-v`,
    width: layout.width,
    height: layout.height,
    dir,
    top: layout.top,
    bottom: layout.bottom,
    axis: layout.axis,
    lanes: layout.lanes.map((l) => {
      const r = model.get('regions', l.key);
      return { ...l, code: many ? (r.text[locale].short ?? r.id.toUpperCase()) : undefined, title: r.text[locale].title };
    }),
    months: layout.months,
    squeezed: layout.squeezed,
    council: cy1 > cy0 ? { y0: cy0, y1: cy1, title: c.title } : undefined,
    items: layout.items,
  };
}
