/**
 * What the maps draw, from the model in one language: countries shaded by
 * ITU region, small countries as dots, offices, forums and activities as
 * pins, region name chips, each with its label and link. Geometry comes from
 * geo.ts; components only render this.
 */
import type { Feature } from 'geojson';
import { geoCircle, geoPath, type GeoProjection } from 'd3';
import type { Locale, RegionId } from '../schemas/vocab.ts';
import { t, VOCAB } from '../i18n/ui.ts';
import { aside, joinPlace } from '../i18n/format.ts';
import type { Activity, Forum, Model, Region } from '../model/model.ts';
import { countryName } from '../model/countries.ts';
import { formatRange } from '../model/dates.ts';
import { entityUrl } from '../presentation/urls.ts';
import {
  ATLAS,
  centralMeridian,
  onCountries,
  centreOf,
  centreOnMap,
  borderMesh,
  featureOf,
  mergedArea,
  fitProjection,
  frameAround,
  mainFeatureOf,
  outlineOf,
  pathData,
  placeLabels,
  placePinLabels,
  project,
  spread,
  visibleIn,
  worldProjection,
  type Extent,
  type LonLat,
} from './geo.ts';
import type { AtlasCountry } from './geo-prepare.ts';
import { activityKind, textWidth, type MarkKind } from './viz-marks.ts';

interface MapCountry {
  iso: string;
  d: string;
  region?: RegionId;
  href?: string;
  label: string;
  /** Locator maps: the venue, or a country concerned. */
  emphasis?: 'venue' | 'concerned';
}
interface MapArea {
  region?: RegionId;
  /** Locators: what the merged countries are to the entry (its venue, or countries it concerns). */
  emphasis?: 'venue' | 'concerned';
  /** The countries merged into it (those the frame shows). */
  isos: string[];
  d: string;
}
interface MapMark {
  key: string;
  kind: MarkKind;
  /** What it is: a country too small to outline, an office, or an entry. */
  what: 'country' | 'office' | 'area-office' | 'forum' | 'activity';
  x: number;
  y: number;
  /** True position, when the mark was moved aside to keep its target clear. */
  ax: number;
  ay: number;
  href?: string;
  /** Tooltip and accessible name: title · date · place · kind. */
  label: string;
  /** The same, in parts, for the table. */
  title: string;
  date?: string;
  place?: string;
  kindLabel: string;
  region?: RegionId;
  regions: string[];
  sectors: string[];
  current?: boolean;
  /** Where it is, for its label: a place (city) or a country, and its name in the page's language. */
  site?: { key: string; name: string };
}
/** A place name beside its pins (centred on x, y; 12 px text). */
interface MapLabel {
  key: string;
  x: number;
  y: number;
  text: string;
}
interface RegionChip {
  id: RegionId;
  x: number;
  y: number;
  label: string;
  /** Tooltip and accessible name when the label is the code: the code, then the full name (the visible label stays in the name). */
  title?: string;
  href: string;
  /** Chip size, px: at least 24 high. */
  w: number;
  h: number;
}
export interface MapView {
  /** Prefix for ids inside the figure. */
  key: string;
  width: number;
  height: number;
  /** Outline of the globe (world) or nothing (cropped maps). */
  sphere?: string;
  /** Countries drawn one by one (each its own link and name): the map page's, a region's members, a locator's venue and concerned countries. */
  countries: MapCountry[];
  /** The other countries, merged per region (or none) into one unlinked area each, under `countries`. */
  areas: MapArea[];
  /** Borders between the countries merged into `areas`, as one path (none on the overview, which shows regions only). */
  borders?: string;
  marks: MapMark[];
  /** Place names beside the pins (region views). */
  labels?: MapLabel[];
  /** Items it is about whose venue lies beyond its frame, as "title (place)": said beside the map. */
  outside?: string[];
  chips: RegionChip[];
  regions: RegionId[];
}

const regionIdOf = (model: Model, iso: string) => model.regionOfCountry(iso)?.id as RegionId | undefined;

function countryLabel(model: Model, iso: string, locale: Locale): string {
  const r = model.regionOfCountry(iso);
  return r ? `${countryName(iso, locale)} · ${r.text[locale].title}` : countryName(iso, locale);
}

/** A projection with its frame; `clip` for cropped maps. Built once per model and key. */
interface Frame {
  key: string;
  projection: GeoProjection;
  width: number;
  height: number;
  clip: boolean;
  /** How far a simplified outline may stray, px: small frames (locators) draw coarser than the world map. */
  tolerance?: number;
}

/*
 * Geometry does not depend on the language, so each frame's paths and mark
 * positions are computed once per model and shared by both languages' pages.
 */
const caches = new WeakMap<Model, Map<string, unknown>>();
function memo<T>(model: Model, key: string, make: () => T): T {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map<string, unknown>()));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** Cropped maps cut paths at the frame, so a corner of Russia does not ship all of Russia. */
function clipTo(frame: Frame): GeoProjection {
  if (frame.clip)
    frame.projection.clipExtent([
      [-2, -2],
      [frame.width + 2, frame.height + 2],
    ]);
  return frame.projection;
}

/** Country shapes inside a frame (those `own` accepts); linked when the site has a page for the country. */
function countryShapes(model: Model, locale: Locale, frame: Frame, own: ReadonlySet<string> | 'all' = 'all'): MapCountry[] {
  const which = own === 'all' ? 'all' : [...own].sort().join(',');
  const shapes = memo(model, `${frame.key}:shapes:${which}`, () => {
    const { width, height } = frame;
    const extent: Extent = [
      [0, 0],
      [width, height],
    ];
    const projection = clipTo(frame);
    const visible = frame.clip ? visibleIn(projection, extent) : () => true;
    return ATLAS.countries
      .filter((c) => own === 'all' || own.has(c.id))
      .filter(visible)
      .map((c) => ({ iso: c.id, d: pathData(projection, featureOf(c)) }))
      .filter((c) => c.d !== '');
  });
  const pages = new Set(model.countries);
  return shapes.map(({ iso, d }) => {
    const named = !iso.startsWith('x-');
    return {
      iso,
      d,
      region: named ? regionIdOf(model, iso) : undefined,
      href: named && pages.has(iso) ? entityUrl(locale, 'countries', iso) : undefined,
      label: named ? countryLabel(model, iso, locale) : '',
    };
  });
}

/**
 * Every country but `own`, merged per region (and, on locators, per emphasis)
 * into one area each (shared borders gone), and as one mesh the borders
 * between countries of `borderRegions` (the regions the map is about: other
 * regions' inner borders are context nobody reads). Language-neutral:
 * computed once per frame.
 */
function mergedAreas(
  model: Model,
  frame: Frame,
  own: ReadonlySet<string>,
  borderRegions: readonly string[],
  emphasis: ReadonlyMap<string, 'venue' | 'concerned'> = new Map(),
): { areas: MapArea[]; borders?: string } {
  const key = `${frame.key}:areas:${[...own].sort().join(',')}:${[...emphasis].sort().join(',')}:${borderRegions.join(',')}`;
  return memo(model, key, () => {
    const projection = clipTo(frame);
    const visible = frame.clip
      ? visibleIn(projection, [
          [0, 0],
          [frame.width, frame.height],
        ])
      : () => true;
    const groups = new Map<string, { region?: RegionId; emphasis?: 'venue' | 'concerned'; isos: string[] }>();
    // Only what the frame shows: `isos` are the countries on the map.
    for (const c of ATLAS.countries.filter(visible)) {
      if (own.has(c.id)) continue;
      const region = c.id.startsWith('x-') ? undefined : regionIdOf(model, c.id);
      const e = emphasis.get(c.id);
      // Plain areas first, then those concerned, then the venue, so emphasised outlines are drawn on top.
      const k = `${e === 'venue' ? 2 : e ? 1 : 0}:${region ?? '~'}`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { ...(region ? { region } : {}), ...(e ? { emphasis: e } : {}), isos: [] }));
      g.isos.push(c.id);
    }
    const areas = [...groups]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, g]) => ({ ...g, d: pathData(projection, mergedArea(new Set(g.isos)), frame.tolerance) }))
      .filter((a) => a.d !== '');
    if (borderRegions.length === 0) return { areas };
    const inRegions = (iso: string) => !own.has(iso) && borderRegions.includes(regionIdOf(model, iso) ?? '');
    const d = pathData(
      projection,
      borderMesh((a, b) => inRegions(a) && inRegions(b)),
      frame.tolerance,
    );
    return d ? { areas, borders: d } : { areas };
  });
}

interface Pending extends Omit<MapMark, 'x' | 'y' | 'ax' | 'ay'> {
  at: LonLat;
  fixed?: boolean;
}

/** Where an entry is: its place, else its country's centre. */
export function locationOf(model: Model, f: { place?: string; country?: string }): LonLat | undefined {
  if (f.place) return model.get('places', f.place).facts.coordinates;
  return f.country ? centreOf(f.country) : undefined;
}

function placeLabel(model: Model, e: Forum | Activity, locale: Locale): string {
  const iso = model.venueCountryOf(e);
  const place = e.facts.place;
  return joinPlace(locale, [place ? model.get('places', place).text[locale].title : '', iso ? countryName(iso, locale) : '']);
}

/** Where an entry is pinned, for its label: its place, else its venue country. */
function siteOf(model: Model, e: Forum | Activity, locale: Locale): MapMark['site'] {
  const { place, country } = e.facts;
  if (place) return { key: `place:${place}`, name: model.get('places', place).text[locale].title };
  return country ? { key: `country:${country}`, name: countryName(country, locale) } : undefined;
}

function entryParts(model: Model, e: Forum | Activity, locale: Locale) {
  const f = e.facts;
  const kindLabel = e.collection === 'forums' ? t(locale, 'viz.legend.forum') : VOCAB[locale].kind[e.facts.kind];
  const title = e.text[locale].title;
  const date = f.start ? formatRange(f.start, f.end, locale) : undefined;
  const place = placeLabel(model, e, locale);
  return { title, date, place, kindLabel, label: [title, date, place, kindLabel].filter(Boolean).join(' · ') };
}

/** Small countries (no outline at 1:110m) as dots. */
function countryDots(model: Model, locale: Locale, isos: string[]): Pending[] {
  const pages = new Set(model.countries);
  return isos.flatMap((iso) => {
    const at = centreOf(iso);
    if (outlineOf(iso) || !at) return [];
    return [
      {
        key: `country-${iso}`,
        kind: 'country',
        what: 'country' as const,
        at,
        label: countryLabel(model, iso, locale),
        title: countryName(iso, locale),
        kindLabel: t(locale, 'entity.countries'),
        href: pages.has(iso) ? entityUrl(locale, 'countries', iso) : undefined,
        region: regionIdOf(model, iso),
        regions: [],
        sectors: [],
        site: { key: `country:${iso}`, name: countryName(iso, locale) },
      },
    ];
  });
}

function officeMarks(model: Model, locale: Locale, regions: Region[]): Pending[] {
  return regions.flatMap((r) => {
    const mk = (place: string, what: 'office' | 'area-office'): Pending => {
      const p = model.get('places', place);
      const kindLabel = t(locale, `viz.legend.${what}`);
      const name = joinPlace(locale, [p.text[locale].title, countryName(p.facts.country, locale)]);
      return {
        key: `${what}-${place}`,
        kind: what,
        what,
        at: p.facts.coordinates,
        fixed: what === 'office',
        label: `${kindLabel}: ${name} · ${r.text[locale].title}`,
        title: r.text[locale].title,
        place: name,
        kindLabel,
        href: entityUrl(locale, 'regions', r.id),
        region: r.id as RegionId,
        regions: [r.id],
        sectors: [],
        site: { key: `place:${place}`, name: p.text[locale].title },
      };
    };
    return [mk(r.facts.office, 'office'), ...r.facts.areaOffices.map((p) => mk(p, 'area-office'))];
  });
}

function entryMarks(model: Model, locale: Locale, forums: Forum[], activities: Activity[], current?: string): Pending[] {
  const out: Pending[] = [];
  for (const f of forums) {
    const at = locationOf(model, f.facts);
    if (at)
      out.push({
        key: `forums-${f.id}`,
        kind: 'forum',
        what: 'forum',
        at,
        ...entryParts(model, f, locale),
        href: entityUrl(locale, 'forums', f.id),
        region: f.facts.region as RegionId,
        regions: [f.facts.region],
        sectors: [],
        current: current === `forums/${f.id}`,
        site: siteOf(model, f, locale),
      });
  }
  for (const a of activities) {
    const at = locationOf(model, a.facts);
    if (at)
      out.push({
        key: `activities-${a.id}`,
        kind: activityKind(a.facts.sectors),
        what: 'activity',
        at,
        ...entryParts(model, a, locale),
        href: entityUrl(locale, 'activities', a.id),
        region: a.facts.regions[0] as RegionId,
        regions: a.facts.regions,
        sectors: a.facts.sectors,
        current: current === `activities/${a.id}`,
        site: siteOf(model, a, locale),
      });
  }
  return out;
}

/** Projects pending marks, drops those outside the frame, and spreads those that share a place. */
function placeMarks(model: Model, frame: Frame, pending: Pending[], spacing = 24): MapMark[] {
  const placed = memo(model, `${frame.key}:marks:${pending.map((p) => p.key).join(',')}`, () => {
    const projected = pending
      .map((p) => ({ p, xy: project(frame.projection, p.at) }))
      .filter(
        (q): q is { p: Pending; xy: [number, number] } =>
          !!q.xy && q.xy[0] >= 0 && q.xy[0] <= frame.width && q.xy[1] >= 0 && q.xy[1] <= frame.height,
      );
    return spread(
      projected.map((q) => ({ key: q.p.key, x: q.xy[0], y: q.xy[1], fixed: q.p.fixed })),
      spacing,
    );
  });
  const byKey = new Map(pending.map((p) => [p.key, p]));
  return placed.map((q) => {
    const p = byKey.get(q.key);
    if (!p) throw new Error(`placed mark ${q.key} is not one of the marks to place`);
    const { at: _at, fixed: _fixed, ...rest } = p;
    return { ...rest, x: q.x, y: q.y, ax: q.ax, ay: q.ay };
  });
}

/**
 * One chip per region, near the projected centre of its members' main
 * landmasses, moved where needed to keep marks visible but always over the
 * region. A long name gives way to the region's code (the full name is its tooltip).
 */
function regionChips(
  locale: Locale,
  projection: GeoProjection,
  regions: Region[],
  width: number,
  height: number,
  marks: MapMark[],
): RegionChip[] {
  const chips = regions.map((r) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const iso of r.facts.members) {
      const c = outlineOf(iso);
      const xy = c && project(projection, c.centre);
      if (!xy) continue;
      // Weight by the number of outline points: a rough stand-in for size that keeps big countries central.
      const w = c.polygons.reduce((n, p) => n + p[0].length, 0);
      for (let i = 0; i < w; i++) {
        xs.push(xy[0]);
        ys.push(xy[1]);
      }
    }
    const mid = (v: number[]) => Math.round(v.reduce((a, b) => a + b, 0) / v.length);
    const title = r.text[locale].title;
    const label = textWidth(title, 12) > 150 && r.text[locale].short ? r.text[locale].short : title;
    return {
      id: r.id as RegionId,
      x: mid(xs),
      y: mid(ys),
      label,
      title: label === title ? undefined : `${label} · ${title}`,
      href: entityUrl(locale, 'regions', r.id),
      w: textWidth(label, 12) + 12,
      h: 24,
    };
  });
  const over = new Map(
    regions.map((r) => [
      r.id,
      onCountries(
        projection,
        r.facts.members.map(outlineOf).filter((c): c is AtlasCountry => !!c),
      ),
    ]),
  );
  return placeLabels(
    chips,
    width,
    height,
    marks.map((m) => ({ x: m.x, y: m.y, w: 16, h: 16 })),
    (c, x, y) => {
      const onRegion = over.get(c.id);
      if (!onRegion) throw new Error(`region chip ${c.id} has no region`);
      return onRegion(x, y);
    },
  );
}

export interface WorldOptions {
  width?: number;
  /** Pins for forums and activities and dots for small countries (the map page); without them, regions and offices only (home page). */
  pins?: boolean;
  key?: string;
}

export function worldMapView(model: Model, locale: Locale, o: WorldOptions = {}): MapView {
  // 716 units in the 720 px column (less its border): a unit is a pixel on a wide screen.
  const width = o.width ?? 716;
  const w = memo(model, `world:${width}`, () => worldProjection(width));
  const frame: Frame = { key: `world:${width}`, projection: w.projection, width, height: w.height, clip: false };
  // The overview (no pins) shows regions and offices only; small countries are on the full map and in its list.
  const pending = [
    ...(o.pins === false ? [] : countryDots(model, locale, model.countries)),
    ...officeMarks(model, locale, model.regions),
    ...(o.pins === false ? [] : entryMarks(model, locale, model.forums, model.activities)),
  ];
  const marks = placeMarks(model, frame, pending);
  return {
    key: o.key ?? 'world',
    width,
    height: w.height,
    sphere: w.sphere,
    // The overview shows regions, not countries: one merged area per region (its chips link the regions).
    ...(o.pins === false
      ? { countries: [], ...mergedAreas(model, frame, new Set(), []) }
      : { countries: countryShapes(model, locale, frame), areas: [] }),
    marks,
    // Region name chips on the overview map only; with pins, the legend links the regions.
    chips: o.pins === false ? regionChips(locale, w.projection, model.regions, width, w.height, marks) : [],
    regions: model.regions.map((r) => r.id as RegionId),
  };
}

const mainOrPoint = (iso: string): Feature | LonLat => {
  const c = outlineOf(iso);
  return c ? mainFeatureOf(c) : centreOnMap(iso);
};
/** A point as a small circle (as fitProjection draws it), to measure what a fit covers. */
const asFeature = (o: Feature | LonLat): Feature =>
  Array.isArray(o) ? { type: 'Feature', properties: {}, geometry: geoCircle().center(o).radius(1).precision(10)() } : o;

/** Which group of pins is labelled first: offices, then forums, then the places with most activities, then small countries. */
const LABEL_RANK: Record<MapMark['what'], number> = { office: 0, 'area-office': 1, forum: 2, activity: 3, country: 4 };
/** Pin targets are 24 px (WCAG 2.5.8): a label keeps off all of every pin's target. */
const TARGET = 24;
/** Label text, px: never smaller (issue 14). */
export const LABEL_SIZE = 12;

/**
 * One label per place (or venue country, or small country) beside its pins,
 * in the page's language, where it fits without covering another label or
 * any pin (see placePinLabels). Language-dependent: names differ in width.
 */
function pinLabels(marks: MapMark[], width: number, height: number): MapLabel[] {
  const groups = new Map<string, { name: string; rank: number; marks: MapMark[] }>();
  for (const m of marks) {
    if (!m.site) continue;
    let g = groups.get(m.site.key);
    if (!g) groups.set(m.site.key, (g = { name: m.site.name, rank: LABEL_RANK[m.what], marks: [] }));
    g.rank = Math.min(g.rank, LABEL_RANK[m.what]);
    g.marks.push(m);
  }
  const order = [...groups].sort(
    ([ka, a], [kb, b]) => a.rank - b.rank || b.marks.length - a.marks.length || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );
  const half = TARGET / 2;
  const wanted = order.map(([key, g]) => ({
    key,
    w: textWidth(g.name, LABEL_SIZE) + 2,
    h: LABEL_SIZE + 2,
    x0: Math.min(...g.marks.map((m) => m.x)) - half,
    y0: Math.min(...g.marks.map((m) => m.y)) - half,
    x1: Math.max(...g.marks.map((m) => m.x)) + half,
    y1: Math.max(...g.marks.map((m) => m.y)) + half,
  }));
  const at = placePinLabels(
    wanted,
    width,
    height,
    marks.map((m) => ({ x: m.x, y: m.y, w: TARGET, h: TARGET })),
  );
  return order.flatMap(([key, g]) => {
    const p = at.get(key);
    return p ? [{ key, x: p.x, y: p.y, text: g.name }] : [];
  });
}

/** The id of a region view's figure on its region's page: the key of its view. */
export const regionViewId = (region: string): string => `region-${region}`;

/** The widest a region view is drawn, px: one unit is at least one CSS pixel on a 390 px phone. */
export const PHONE_WIDTH = 340;

/**
 * A region's map (the region view): fitted to its members' main landmasses
 * (and small members' points), as wide as a phone's column and as tall as
 * the region needs (within bounds), with its offices and events, their
 * places labelled.
 */
export function regionMapView(model: Model, region: Region, locale: Locale, width = PHONE_WIDTH, maxHeight = 420): MapView {
  const members = region.facts.members;
  const key = `region:${region.id}:${width}x${maxHeight}`;
  const { projection, height } = memo(model, key, () => {
    const meridian = centralMeridian(members.map((iso) => centreOf(iso)).filter((c): c is LonLat => !!c));
    const objects = members.filter((iso) => centreOf(iso)).map(mainOrPoint);
    const fit = (h: number) =>
      fitProjection(
        objects,
        [
          [12, 12],
          [width - 12, h - 12],
        ],
        meridian,
        1,
      );
    // Fitted to the width first; a region less tall than the frame gets a shorter frame.
    const tall = fit(maxHeight);
    const [[, top], [, bottom]] = geoPath(tall).bounds({ type: 'FeatureCollection', features: objects.map(asFeature) });
    const h = Math.max(Math.min(maxHeight, Math.ceil(bottom - top + 24)), Math.round(width * 0.6));
    return { projection: h === maxHeight ? tall : fit(h), height: h };
  });
  const frame: Frame = { key, projection, width, height, clip: true, tolerance: 1 };
  const forums = model.forums.filter((f) => f.facts.region === region.id);
  const activities = model.activities.filter((a) => a.facts.regions.includes(region.id));
  const pending = [
    ...countryDots(model, locale, members),
    ...officeMarks(model, locale, [region]),
    ...entryMarks(model, locale, forums, activities),
  ];
  const marks = placeMarks(model, frame, pending);
  const shown = new Set(marks.map((m) => m.key));
  // An interregional event held in another region may fall beyond the frame: named, not dropped silently.
  const outside = pending
    .filter((p) => (p.what === 'forum' || p.what === 'activity') && !shown.has(p.key))
    .map((p) => aside(locale, p.title, p.place ?? ''));
  return {
    key: regionViewId(region.id),
    width,
    height,
    // Its members and their neighbours merged per region, with the borders between them: the page lists
    // the members with their links, and the pins are what the map is for.
    countries: [],
    ...mergedAreas(model, frame, new Set(), [region.id]),
    marks,
    labels: pinLabels(marks, width, height),
    ...(outside.length > 0 ? { outside } : {}),
    chips: [],
    regions: [region.id as RegionId],
  };
}

function locator(model: Model, locale: Locale, frame: Frame, emphasis: Map<string, 'venue' | 'concerned'>, pending: Pending[]): MapView {
  // Countries merged per region, what it concerns and its venue emphasised, with the borders between
  // them; the page lists those countries with their links, so the locator does not repeat them.
  const dots = countryDots(model, locale, [...emphasis.keys()]);
  const regions = [...new Set([...emphasis.keys()].map((iso) => regionIdOf(model, iso)).filter((r): r is RegionId => !!r))];
  return {
    key: 'locator',
    width: frame.width,
    height: frame.height,
    countries: [],
    ...mergedAreas(model, frame, new Set(), regions, emphasis),
    marks: placeMarks(model, frame, [...dots, ...pending]),
    chips: [],
    regions,
  };
}

/**
 * A forum's or activity's locator: its venue in its surroundings, with the
 * countries it concerns; without a venue, those countries; without either,
 * its region(s).
 */
export function entryLocatorView(model: Model, e: Forum | Activity, locale: Locale, width = PHONE_WIDTH, height = 210): MapView {
  const f = e.facts;
  const at = locationOf(model, f);
  const venue = model.venueCountryOf(e);
  // Every country it concerns in any role (host, beneficiaries, countries named), but the venue.
  const concerned = model.countriesOf(e).filter((iso) => iso !== venue && centreOf(iso));
  const regionIds = e.collection === 'forums' ? [e.facts.region] : e.facts.regions;
  const emphasis = new Map<string, 'venue' | 'concerned'>();
  for (const iso of concerned) emphasis.set(iso, 'concerned');
  if (!at && concerned.length === 0)
    for (const r of regionIds) for (const iso of model.get('regions', r).facts.members) if (centreOf(iso)) emphasis.set(iso, 'concerned');
  if (venue) emphasis.set(venue, 'venue');
  const key = `entry:${e.collection}/${e.id}:${width}x${height}`;
  const projection = memo(model, key, () => {
    const extent: Extent = [
      [8, 8],
      [width - 8, height - 8],
    ];
    const others = [...emphasis.keys()].filter((iso) => iso !== venue);
    if (at && others.length === 0) return frameAround(at, 12, extent);
    const points = [...others.map(centreOnMap), ...(at ? [at] : [])];
    return fitProjection([...others.map(mainOrPoint), ...(at ? [at] : [])], extent, centralMeridian(points), 6);
  });
  const pins = entryMarks(
    model,
    locale,
    e.collection === 'forums' ? [e] : [],
    e.collection === 'activities' ? [e] : [],
    `${e.collection}/${e.id}`,
  );
  return locator(model, locale, { key, projection, width, height, clip: true, tolerance: 0.9 }, emphasis, pins);
}

/** A country's locator: the country (or its dot) with its neighbours around it. */
export function countryLocatorView(model: Model, iso: string, locale: Locale, width = PHONE_WIDTH, height = 210): MapView | undefined {
  const centre = centreOf(iso);
  if (!centre) return undefined;
  const key = `country:${iso}:${width}x${height}`;
  const projection = memo(model, key, () => {
    const extent: Extent = [
      [8, 8],
      [width - 8, height - 8],
    ];
    const c = outlineOf(iso);
    // At least 8° around the centre, so a small country shows where it is.
    return c ? fitProjection([mainFeatureOf(c), centre], extent, Math.round(centre[0]), 8) : frameAround(centre, 8, extent);
  });
  return locator(model, locale, { key, projection, width, height, clip: true, tolerance: 0.9 }, new Map([[iso, 'venue' as const]]), []);
}
