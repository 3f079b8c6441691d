/**
 * Prepares the world geography the maps draw, once, from world-atlas
 * (Natural Earth): countries at 1:110m, keyed by ISO 3166-1 alpha-2, with
 * coordinates rounded; plus a point for every country too small to appear at
 * 1:110m, from the 1:50m (or 1:10m) outline. scripts/prepare-geo.ts writes the
 * result to src/figures/world.json; a test checks that file is up to date.
 */
import { geoArea, geoCentroid } from 'd3';
import * as topojson from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';

export type Ring = [number, number][];
/** One country: its polygons (rings of [lon, lat]) and the centre of its largest polygon. */
export interface AtlasCountry {
  /** ISO alpha-2, or "x-<name>" for areas without an ISO code (drawn, never linked). */
  id: string;
  polygons: Ring[][];
  centre: [number, number];
}
/** A country too small for the 1:110m outlines: only its centre. */
export interface AtlasPoint {
  id: string;
  centre: [number, number];
  /** Which outline the centre comes from. */
  from: '50m' | '10m';
}
export interface PreparedAtlas {
  source: string;
  countries: AtlasCountry[];
  points: AtlasPoint[];
}

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Areas left out: Antarctica carries no country of the document and takes a third of the drawing. */
const DROP = new Set(['AQ']);
const DIGITS = 100;
const round = (v: number) => Math.round(v * DIGITS) / DIGITS;

/** ISO alpha-2 of a world-atlas feature, whose ids are ISO 3166-1 numeric. */
export function alpha2Of(numericId: string | number | undefined, name: string): string {
  const a2 = numericId === undefined ? undefined : countries.numericToAlpha2(String(numericId));
  return (
    a2 ??
    `x-${name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`
  );
}

/**
 * Rounds a ring and drops repeated points. Returns null when rounding destroys
 * it: fewer than 4 points, or a flipped winding (d3 would then fill the whole
 * sphere but this ring).
 */
export function roundRing(ring: Position[], exterior: boolean): Ring | null {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [round(x), round(y)];
    const last = out.at(-1);
    if (last?.[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length < 4) return null;
  const area = geoArea({ type: 'Polygon', coordinates: [out] });
  // An exterior ring encloses less than a hemisphere; a hole is wound the other way.
  if (exterior ? area > 2 * Math.PI : area < 2 * Math.PI) return null;
  return out;
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Centre of a country's largest polygon: a pin for "in France" belongs in Europe, not in French Guiana. */
function mainCentre(polygons: Position[][][]): [number, number] {
  let best = polygons[0];
  let bestArea = -1;
  for (const p of polygons) {
    const a = geoArea({ type: 'Polygon', coordinates: p });
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  const [x, y] = geoCentroid({ type: 'Polygon', coordinates: best });
  return [round(x), round(y)];
}

/** The countries of an atlas, with their outlines (null for a country the atlas lists without one). */
function features(atlas: Atlas): { id: string; geometry: Polygon | MultiPolygon | null }[] {
  return atlas.objects.countries.geometries.map((g) => {
    // A null geometry's properties are typed `{}`; world-atlas names it all the same.
    const properties: { name?: string } | undefined = g.properties;
    return {
      id: alpha2Of(g.id, properties?.name ?? 'unknown'),
      geometry: (topojson.feature(atlas, g) as unknown as Feature<Polygon | MultiPolygon | null>).geometry,
    };
  });
}

/**
 * The prepared atlas: 1:110m outlines, plus a point for every country that
 * 1:50m or 1:10m has and 1:110m lacks (island states, micro-states), from the
 * finest-but-one outline that has it.
 */
export function prepareAtlas(a110: Atlas, a50: Atlas, a10: Atlas): PreparedAtlas {
  const list: AtlasCountry[] = [];
  for (const { id, geometry } of features(a110)) {
    if (DROP.has(id) || !geometry) continue;
    const polys = polygonsOf(geometry);
    const polygons = polys
      .map((poly) => poly.map((ring, i) => roundRing(ring, i === 0)))
      .filter((poly) => poly[0] !== null)
      .map((poly) => poly.filter((r): r is Ring => r !== null));
    if (polygons.length === 0) continue;
    list.push({ id, polygons, centre: mainCentre(polys) });
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  list.sort(byId);
  const have = new Set(list.map((c) => c.id));
  const points: AtlasPoint[] = [];
  for (const [atlas, from] of [
    [a50, '50m'],
    [a10, '10m'],
  ] as const) {
    for (const { id, geometry } of features(atlas)) {
      if (have.has(id) || id.startsWith('x-') || DROP.has(id) || !geometry) continue;
      have.add(id);
      points.push({ id, centre: mainCentre(polygonsOf(geometry)), from });
    }
  }
  points.sort(byId);
  return {
    source: 'world-atlas 2.0.2 (Natural Earth): countries-110m outlines; points for smaller countries from countries-50m or countries-10m',
    countries: list,
    points,
  };
}

/** The file's text: one country per line, so diffs stay readable. */
export function serializeAtlas(a: PreparedAtlas): string {
  const lines = (xs: unknown[]) => xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(a.source)},\n  "countries": [\n${lines(a.countries)}\n  ],\n  "points": [\n${lines(a.points)}\n  ]\n}\n`;
}
