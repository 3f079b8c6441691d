/**
 * Map geometry, at build time: the prepared atlas (src/figures/world.json),
 * Equal Earth projections fitted to a world, a region or a locator frame,
 * projected paths with rounded numbers, and the spreading of pins that share
 * a place. Pure: no model, no language.
 */
import {
  forceCollide,
  forceSimulation,
  forceX,
  forceY,
  geoCircle,
  geoContains,
  geoDistance,
  geoEqualEarth,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type SimulationNodeDatum,
} from 'd3';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import world from './world.json' with { type: 'json' };
import atlas110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import { alpha2Of, type AtlasCountry, type AtlasPoint, type PreparedAtlas } from './geo-prepare.ts';

export const ATLAS = world as unknown as PreparedAtlas;

const outlines = new Map<string, AtlasCountry>(ATLAS.countries.map((c) => [c.id, c]));
const points = new Map<string, AtlasPoint>(ATLAS.points.map((p) => [p.id, p]));

/*
 * The same 1:110m countries as a topology (shared borders stored once), for
 * drawing groups of countries as one merged area and borders as one mesh:
 * where a map does not need each country as its own link, it ships each
 * border once instead of one closed outline per country.
 */
type CountryTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;
const TOPOLOGY = atlas110 as unknown as CountryTopology;
const topoIds = new Map<GeometryObject, string>(
  TOPOLOGY.objects.countries.geometries.map((g) => {
    // A null geometry's properties are typed `{}`; world-atlas names it all the same.
    const properties: { name?: string } | undefined = g.properties;
    return [g, alpha2Of(g.id, properties?.name ?? 'unknown')];
  }),
);
const drawn = [...topoIds].filter(([g, id]) => g.type !== null && id !== 'AQ');

/** The union of some countries' outlines (by ISO alpha-2 or "x-" id), each shared border removed. */
export function mergedArea(ids: ReadonlySet<string>): MultiPolygon {
  return merge(TOPOLOGY, drawn.filter(([, id]) => ids.has(id)).map(([g]) => g) as Parameters<typeof merge>[1]);
}

/** Borders between two countries that `keep` accepts (both ids given), each drawn once. */
export function borderMesh(keep: (a: string, b: string) => boolean): MultiLineString {
  return mesh(TOPOLOGY, TOPOLOGY.objects.countries, (a, b) => {
    const ia = topoIds.get(a);
    const ib = topoIds.get(b);
    return a !== b && ia !== undefined && ib !== undefined && ia !== 'AQ' && ib !== 'AQ' && keep(ia, ib);
  });
}

export type LonLat = [number, number];
export type Extent = [[number, number], [number, number]];

/** The 1:110m outline of a country, if it is big enough to have one. */
export const outlineOf = (iso: string): AtlasCountry | undefined => outlines.get(iso);

/** Where a country is: the centre of its largest polygon, or its point when it has no outline. */
export function centreOf(iso: string): LonLat | undefined {
  return outlines.get(iso)?.centre ?? points.get(iso)?.centre;
}

/** The centre of a country the map shows (see `onMap`); a country it cannot show is a mistake of the caller. */
export function centreOnMap(iso: string): LonLat {
  const c = centreOf(iso);
  if (!c) throw new Error(`country "${iso}" is not on the map (world.json has no outline or point for it)`);
  return c;
}

/** Whether the map can show a country at all (as an outline or a point). */
export const onMap = (iso: string): boolean => outlines.has(iso) || points.has(iso);

export function featureOf(c: AtlasCountry): Feature<MultiPolygon> {
  return { type: 'Feature', properties: { id: c.id }, geometry: { type: 'MultiPolygon', coordinates: c.polygons } };
}

/** The largest polygon only, so that fitting to France does not take in French Guiana. */
export function mainFeatureOf(c: AtlasCountry): Feature<Polygon> {
  let best = c.polygons[0];
  let size = -1;
  for (const p of c.polygons) {
    const ring = p[0];
    const lons = ring.map((q) => q[0]);
    const lats = ring.map((q) => q[1]);
    // Bounding-box size is enough to pick the main landmass and keeps this cheap.
    const s = (Math.max(...lons) - Math.min(...lons)) * (Math.max(...lats) - Math.min(...lats));
    if (s > size) [best, size] = [p, s];
  }
  return { type: 'Feature', properties: { id: c.id }, geometry: { type: 'Polygon', coordinates: best } };
}

/**
 * Central meridian for a set of places: the circular mean of their
 * longitudes, so that Asia-Pacific (Iran to Samoa) is not cut at 180°.
 */
export function centralMeridian(lonlats: LonLat[]): number {
  if (lonlats.length === 0) return 0;
  let x = 0;
  let y = 0;
  for (const [lon] of lonlats) {
    x += Math.cos((lon * Math.PI) / 180);
    y += Math.sin((lon * Math.PI) / 180);
  }
  return Math.round((Math.atan2(y, x) * 180) / Math.PI);
}

/*
 * Country outlines are projected without adaptive resampling (precision 0):
 * the 1:110m segments are short enough on screen, and resampling only adds
 * points (bytes, build time). The globe's outline needs it, so it gets its own.
 */

/** The whole world in Equal Earth, fitted to a width; the height follows. */
export function worldProjection(width: number, margin = 4): { projection: GeoProjection; height: number; sphere: string } {
  const probe = geoEqualEarth().fitWidth(width - 2 * margin, { type: 'Sphere' });
  const [[, y0], [, y1]] = geoPath(probe).bounds({ type: 'Sphere' });
  const height = Math.round(y1 - y0 + 2 * margin);
  const extent: Extent = [
    [margin, margin],
    [width - margin, height - margin],
  ];
  const sphere = exactPathData(geoEqualEarth().fitExtent(extent, { type: 'Sphere' }), { type: 'Sphere' });
  return { projection: geoEqualEarth().fitExtent(extent, { type: 'Sphere' }).precision(0), height, sphere };
}

/**
 * Equal Earth centred on `meridian`, fitted so that `objects` fill `extent`.
 * Objects are GeoJSON features or points (points alone get a circle of
 * `minRadius` degrees around them, so one city does not fill the frame).
 */
export function fitProjection(objects: (Feature | LonLat)[], extent: Extent, meridian: number, minRadius = 4): GeoProjection {
  const features: Feature[] = objects.map((o) =>
    Array.isArray(o) ? { type: 'Feature', properties: {}, geometry: geoCircle().center(o).radius(minRadius).precision(10)() } : o,
  );
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  return geoEqualEarth().rotate([-meridian, 0]).fitExtent(extent, fc).precision(0);
}

/** An Equal Earth frame of `radius` degrees around a point: for locator maps. */
export function frameAround(centre: LonLat, radius: number, extent: Extent): GeoProjection {
  const circle = geoCircle().center(centre).radius(radius).precision(5)();
  return geoEqualEarth().rotate([-centre[0], 0]).fitExtent(extent, { type: 'Feature', properties: {}, geometry: circle }).precision(0);
}

type Pt = [number, number];
interface Line {
  pts: Pt[];
  closed: boolean;
}

/** Douglas–Peucker: the points of `pts` that keep the line within `tolerance` px of the original. */
function simplifyLine(pts: Pt[], tolerance: number): Pt[] {
  if (pts.length <= 2) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  const t2 = tolerance * tolerance;
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [a, b] = top;
    const [ax, ay] = pts[a];
    const [bx, by] = pts[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i];
      let d2: number;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const u = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d2 = (px - ax - u * dx) ** 2 + (py - ay - u * dy) ** 2;
      }
      if (d2 > worst) [worst, at] = [d2, i];
    }
    if (worst > t2) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return pts.filter((_, i) => keep[i] === 1);
}

/** Collects what d3 draws as lines of projected points (a d3 path context). */
function collect(projection: GeoProjection, object: GeoPermissibleObjects): Line[] {
  const lines: Line[] = [];
  let cur: Line | undefined;
  const context = {
    moveTo(x: number, y: number) {
      cur = { pts: [[x, y]], closed: false };
      lines.push(cur);
    },
    lineTo(x: number, y: number) {
      cur?.pts.push([x, y]);
    },
    closePath() {
      if (cur) cur.closed = true;
    },
    arc() {
      // Points are not drawn as paths (marks are their own elements).
    },
    beginPath() {
      // Nothing to reset: each moveTo starts a line.
    },
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return lines;
}

/**
 * SVG path data, compact: each line simplified to `tolerance` px
 * (Douglas–Peucker), snapped to a grid of 1/`scale` px, written with relative
 * moves and implicit line-tos. A closed ring that snapping reduces to less
 * than a triangle is dropped (it is smaller than a pixel).
 */
function encodeLines(lines: Line[], tolerance = 0.6, scale = 1): string {
  const out: string[] = [];
  let sx = 0;
  let sy = 0;
  for (const line of lines) {
    const q: Pt[] = [];
    for (const [x, y] of simplifyLine(line.pts, tolerance)) {
      const p: Pt = [Math.round(x * scale), Math.round(y * scale)];
      const last = q.at(-1);
      if (last?.[0] !== p[0] || last[1] !== p[1]) q.push(p);
    }
    const end = q.at(-1);
    if (line.closed && q.length > 1 && q[0][0] === end?.[0] && q[0][1] === end[1]) q.pop();
    if (line.closed ? q.length < 3 : q.length < 2) continue;
    const num = (v: number) => (scale === 1 ? String(v) : String(v / scale));
    const pair = (x: number, y: number) => `${num(x)}${y < 0 ? '' : ' '}${num(y)}`;
    let s = `m${pair(q[0][0] - sx, q[0][1] - sy)}`;
    for (let i = 1; i < q.length; i++) {
      const part = pair(q[i][0] - q[i - 1][0], q[i][1] - q[i - 1][1]);
      s += part.startsWith('-') ? part : ` ${part}`;
    }
    if (line.closed) {
      s += 'z';
      [sx, sy] = q[0];
    } else [sx, sy] = q[q.length - 1];
    out.push(s);
  }
  return out.join('');
}

/** SVG path data of an object in a projection, compact (see encodeLines). */
export function pathData(projection: GeoProjection, object: GeoPermissibleObjects, tolerance = 0.6): string {
  return encodeLines(collect(projection, object), tolerance);
}

/** The exact path (1 decimal, no simplification): for outlines that must stay smooth, like the globe's. */
function exactPathData(projection: GeoProjection, object: GeoPermissibleObjects): string {
  return geoPath(projection).digits(1)(object) ?? '';
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** Projects a point, rounded; undefined when the projection cannot show it. */
export function project(projection: GeoProjection, p: LonLat): [number, number] | undefined {
  const xy = projection(p);
  return xy ? [round1(xy[0]), round1(xy[1])] : undefined;
}

const caps = new Map<string, number>();
/** Angular radius (radians) of a cap around a country's centre that holds all its outline. */
function capRadius(c: AtlasCountry): number {
  let r = caps.get(c.id);
  if (r === undefined) {
    r = 0;
    for (const poly of c.polygons) for (const p of poly[0]) r = Math.max(r, geoDistance(c.centre, p));
    caps.set(c.id, r);
  }
  return r;
}

/**
 * A test for "may this country show in the frame?": a cheap test on the
 * sphere first (the frame's cap against the country's), then the projected
 * bounding box. Keeps locator maps fast and small.
 */
export function visibleIn(projection: GeoProjection, extent: Extent): (c: AtlasCountry) => boolean {
  const [[x0, y0], [x1, y1]] = extent;
  const centre = projection.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]);
  let frame = Math.PI;
  if (centre) {
    frame = 0;
    for (let i = 0; i <= 8; i++) {
      for (const q of [
        [x0 + ((x1 - x0) * i) / 8, y0],
        [x0 + ((x1 - x0) * i) / 8, y1],
        [x0, y0 + ((y1 - y0) * i) / 8],
        [x1, y0 + ((y1 - y0) * i) / 8],
      ] as [number, number][]) {
        const ll = projection.invert?.(q);
        frame = ll ? Math.max(frame, geoDistance(centre, ll)) : Math.PI;
      }
    }
  }
  const path = geoPath(projection);
  return (c) => {
    if (centre && geoDistance(centre, c.centre) > frame + capRadius(c)) return false;
    const [[bx0, by0], [bx1, by1]] = path.bounds(featureOf(c));
    return bx1 >= x0 && bx0 <= x1 && by1 >= y0 && by0 <= y1;
  };
}

export interface Anchor {
  key: string;
  /** Where the thing is. */
  x: number;
  y: number;
  /** Fixed marks (offices) stay exactly where they are; the others move aside. */
  fixed?: boolean;
}
export interface Placed {
  key: string;
  x: number;
  y: number;
  /** The true position, for a leader line when the mark had to move. */
  ax: number;
  ay: number;
}

/**
 * Spreads marks that share a place so each keeps its own target of
 * `spacing` px (WCAG 2.5.8 asks for 24 px). A fixed number of force-layout
 * ticks from positions set by index makes the result deterministic.
 */
export function spread(anchors: Anchor[], spacing = 24, ticks = 240): Placed[] {
  // Every node starts with a position, and the simulation only moves it.
  type N = SimulationNodeDatum & { key: string; x: number; y: number; ax: number; ay: number };
  const golden = Math.PI * (3 - Math.sqrt(5));
  const nodes: N[] = anchors.map((a, i) => ({
    key: a.key,
    ax: a.x,
    ay: a.y,
    // Start on a small sunflower spiral, so coincident marks separate the same way every build.
    x: a.fixed ? a.x : a.x + Math.cos(i * golden) * 0.5 * Math.sqrt(i + 1),
    y: a.fixed ? a.y : a.y + Math.sin(i * golden) * 0.5 * Math.sqrt(i + 1),
    fx: a.fixed ? a.x : undefined,
    fy: a.fixed ? a.y : undefined,
  }));
  const sim = forceSimulation(nodes)
    .force('x', forceX<N>((d) => d.ax).strength(0.2))
    .force('y', forceY<N>((d) => d.ay).strength(0.2))
    .force('collide', forceCollide<N>(spacing / 2).iterations(4))
    .stop();
  sim.tick(ticks);
  return nodes.map((n) => ({ key: n.key, x: round1(n.x), y: round1(n.y), ax: round1(n.ax), ay: round1(n.ay) }));
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A test for "is this projected point on one of these countries?", with a bounding-box shortcut. */
export function onCountries(projection: GeoProjection, countries: AtlasCountry[]): (x: number, y: number) => boolean {
  const path = geoPath(projection);
  const parts = countries.map((c) => ({ f: featureOf(c), b: path.bounds(featureOf(c)) }));
  return (x, y) => {
    const ll = projection.invert?.([x, y]);
    if (!ll) return false;
    return parts.some(({ f, b }) => x >= b[0][0] && x <= b[1][0] && y >= b[0][1] && y <= b[1][1] && geoContains(f, ll));
  };
}

/**
 * Greedy label placement: each centred box (in order) takes the first spot,
 * on rings of growing radius around where it wants to be, that overlaps no
 * obstacle (marks that must stay visible), no box already placed, and stays
 * inside the frame. A box with no free spot stays where it wanted to be.
 * Deterministic.
 */
export function placeLabels<T extends Box>(
  boxes: T[],
  width: number,
  height: number,
  obstacles: Box[] = [],
  /** Where a box's centre may go (e.g. over its own region). */
  allowed: (box: T, x: number, y: number) => boolean = () => true,
  margin = 2,
): T[] {
  const meets = (a: Box, b: Box) => Math.abs(a.x - b.x) < (a.w + b.w) / 2 + margin && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + margin;
  const inside = (b: Box) => b.x - b.w / 2 >= 0 && b.x + b.w / 2 <= width && b.y - b.h / 2 >= 0 && b.y + b.h / 2 <= height;
  const out = [...boxes];
  const placed: T[] = [];
  // Widest first: it has the fewest free spots.
  const order = boxes.map((b, i) => ({ b, i })).sort((p, q) => q.b.w - p.b.w || p.i - q.i);
  for (const { b: box, i: index } of order) {
    let best: T | undefined;
    search: for (let r = 0; r <= 200; r += 6) {
      const steps = r === 0 ? 1 : 24;
      for (let i = 0; i < steps; i++) {
        const a = (i / steps) * 2 * Math.PI;
        const cand = { ...box, x: Math.round(box.x + r * Math.cos(a)), y: Math.round(box.y + r * Math.sin(a)) };
        if (inside(cand) && allowed(box, cand.x, cand.y) && !obstacles.some((o) => meets(cand, o)) && !placed.some((p) => meets(cand, p))) {
          best = cand;
          break search;
        }
      }
    }
    const spot = best ?? box;
    placed.push(spot);
    out[index] = spot;
  }
  return out;
}

/** A label to put beside a group of marks: its size and the box its marks cover. */
export interface PinLabel {
  key: string;
  w: number;
  h: number;
  /** The box the group's marks cover (their targets), px. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Labels beside their pins, never over another label or any pin's target:
 * each label (in order: the most important first) takes the first of eight
 * spots around its group's box (after, before, above, below, then the
 * corners) that stays inside the frame and overlaps nothing already there.
 * A label with no free spot is left out (the pin's name and the table still
 * say it). Returns the centre of each placed label. Deterministic.
 */
export function placePinLabels(
  labels: PinLabel[],
  width: number,
  height: number,
  obstacles: Box[],
  gap = 3,
): Map<string, { x: number; y: number }> {
  const placed: Box[] = [];
  const out = new Map<string, { x: number; y: number }>();
  const meets = (a: Box, b: Box) => Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;
  for (const l of labels) {
    const cx = (l.x0 + l.x1) / 2;
    const cy = (l.y0 + l.y1) / 2;
    const right = l.x1 + gap + l.w / 2;
    const left = l.x0 - gap - l.w / 2;
    const above = l.y0 - gap - l.h / 2;
    const below = l.y1 + gap + l.h / 2;
    const spots: [number, number][] = [
      [right, cy],
      [left, cy],
      [cx, above],
      [cx, below],
      [right, above],
      [left, above],
      [right, below],
      [left, below],
    ];
    for (const [x, y] of spots) {
      const box = { x: round1(x), y: round1(y), w: l.w, h: l.h };
      const inside = box.x - l.w / 2 >= 0 && box.x + l.w / 2 <= width && box.y - l.h / 2 >= 0 && box.y + l.h / 2 <= height;
      if (inside && !obstacles.some((o) => meets(box, o)) && !placed.some((p) => meets(box, p))) {
        placed.push(box);
        out.set(l.key, { x: box.x, y: box.y });
        break;
      }
    }
  }
  return out;
}
