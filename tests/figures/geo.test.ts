import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { geoArea, geoIdentity, geoPath, type GeoProjection } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { alpha2Of, prepareAtlas, roundRing, serializeAtlas } from '../../src/figures/geo-prepare.ts';
import {
  ATLAS,
  centralMeridian,
  centreOf,
  featureOf,
  fitProjection,
  frameAround,
  mainFeatureOf,
  onMap,
  outlineOf,
  pathData,
  placeLabels,
  placePinLabels,
  project,
  spread,
  visibleIn,
  worldProjection,
} from '../../src/figures/geo.ts';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';

/** world-atlas's files are TopoJSON topologies of countries (see its README). */
type Atlas = Parameters<typeof prepareAtlas>[0];
const read = (name: string) => JSON.parse(readFileSync(`node_modules/world-atlas/${name}`, 'utf8')) as Atlas;

describe('prepared atlas (src/figures/world.json)', () => {
  test('is what scripts/prepare-geo.ts makes from the installed world-atlas', () => {
    const made = serializeAtlas(prepareAtlas(read('countries-110m.json'), read('countries-50m.json'), read('countries-10m.json')));
    expect(readFileSync('src/figures/world.json', 'utf8')).toBe(made);
  });
  test('world-atlas ids are ISO numeric: mapped to alpha-2; areas without a code get a name key', () => {
    expect(alpha2Of('250', 'France')).toBe('FR');
    expect(alpha2Of('036', 'Australia')).toBe('AU');
    expect(alpha2Of(undefined, 'N. Cyprus')).toBe('x-n-cyprus');
    expect(ATLAS.countries.some((c) => c.id === 'AQ')).toBe(false);
  });
  test('rounding drops rings it would destroy', () => {
    expect(
      roundRing(
        [
          [0, 0],
          [0.001, 0],
          [0.001, 0.001],
          [0, 0],
        ],
        true,
      ),
    ).toBeNull();
    const square: [number, number][] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    expect(roundRing(square, true)).toEqual(square);
    // The same ring wound the other way would cover the rest of the sphere.
    expect(roundRing([...square].reverse(), true)).toBeNull();
  });
  test('no polygon is inside out (each covers less than half the sphere) and coordinates have two decimals', () => {
    for (const c of ATLAS.countries) {
      for (const p of c.polygons) {
        expect(geoArea({ type: 'Polygon', coordinates: p }), c.id).toBeLessThan(2 * Math.PI);
        for (const [x, y] of p[0]) expect(Math.round(x * 100) / 100 === x && Math.round(y * 100) / 100 === y).toBe(true);
      }
    }
  });
  test('every region member and every country the content names is on the map (outline or point)', () => {
    const model = buildModel(loadContent('./content').set);
    const members = model.regions.flatMap((r) => r.facts.members);
    expect(members.length).toBeGreaterThan(190);
    const missing = [...new Set([...members, ...model.countries])].filter((iso) => !onMap(iso));
    expect(missing).toEqual([]);
    // Island states absent at 1:110m come as points from finer outlines.
    for (const iso of ['MV', 'TV', 'SG', 'MT', 'BH', 'KM']) {
      expect(outlineOf(iso)).toBeUndefined();
      expect(centreOf(iso)).toBeDefined();
    }
  });
  test('a country centre is that of its main landmass (France in Europe, not French Guiana)', () => {
    const [lon, lat] = centreOf('FR')!;
    expect(lon).toBeGreaterThan(-5);
    expect(lat).toBeGreaterThan(42);
  });
});

describe('projections', () => {
  test('the world fits the width, 2:1 or so (Equal Earth)', () => {
    const { projection, height, sphere } = worldProjection(720);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
    expect(x0).toBeCloseTo(4, 0);
    expect(x1).toBeCloseTo(716, 0);
    expect(y0).toBeGreaterThanOrEqual(3.5);
    expect(y1).toBeLessThanOrEqual(height - 3.5);
    expect(height).toBeGreaterThan(340);
    expect(height).toBeLessThan(360);
    expect(sphere.startsWith('M')).toBe(true);
  });
  test('central meridian: circular mean, so a region across 180° is not cut in two', () => {
    expect(
      centralMeridian([
        [170, 0],
        [-170, 0],
      ]),
    ).toBe(180);
    expect(
      centralMeridian([
        [10, 0],
        [30, 0],
      ]),
    ).toBe(20);
    expect(centralMeridian([])).toBe(0);
  });
  test('fitting puts every object inside the extent, even across the antimeridian', () => {
    const isos = ['FJ', 'WS', 'TO', 'NZ'];
    const objects = isos.map((iso) => (outlineOf(iso) ? mainFeatureOf(outlineOf(iso)!) : centreOf(iso)!));
    const meridian = centralMeridian(isos.map((iso) => centreOf(iso)!));
    const p = fitProjection(
      objects,
      [
        [10, 10],
        [290, 190],
      ],
      meridian,
      1,
    );
    for (const iso of isos) {
      const [x, y] = project(p, centreOf(iso)!)!;
      expect(x >= 10 && x <= 290 && y >= 10 && y <= 190, iso).toBe(true);
    }
    // Without the rotation the same frame would span the whole world: the fitted scale is much larger.
    const flat = fitProjection(
      objects,
      [
        [10, 10],
        [290, 190],
      ],
      0,
      1,
    );
    expect(p.scale()).toBeGreaterThan(flat.scale() * 3);
  });
  test('a locator frame is centred on its point (vertically within a tenth: Equal Earth stretches towards the poles)', () => {
    const p = frameAround([6.14, 46.2], 10, [
      [0, 0],
      [360, 220],
    ]);
    const [x, y] = project(p, [6.14, 46.2])!;
    expect(x).toBeCloseTo(180, 0);
    expect(Math.abs(y - 110)).toBeLessThan(22);
  });
  test('visibleIn keeps the neighbours of a frame and drops the far side of the world', () => {
    const p = frameAround([6.14, 46.2], 10, [
      [0, 0],
      [360, 220],
    ]);
    const visible = visibleIn(p, [
      [0, 0],
      [360, 220],
    ]);
    expect(visible(outlineOf('CH')!)).toBe(true);
    expect(visible(outlineOf('FR')!)).toBe(true);
    expect(visible(outlineOf('AU')!)).toBe(false);
    expect(visible(outlineOf('BR')!)).toBe(false);
  });
});

describe('marks and labels', () => {
  test('spread: marks sharing a place end up 24 px apart, fixed ones stay, and the result is repeatable', () => {
    const anchors = [
      { key: 'office', x: 100, y: 100, fixed: true },
      ...Array.from({ length: 8 }, (_, i) => ({ key: `p${i}`, x: 100, y: 100 })),
    ];
    const a = spread(anchors);
    expect(a[0]).toEqual({ key: 'office', x: 100, y: 100, ax: 100, ay: 100 });
    for (const p of a) for (const q of a) if (p.key < q.key) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(23);
    expect(spread(anchors)).toEqual(a);
    // A lone mark does not move.
    expect(spread([{ key: 'x', x: 5, y: 7 }])[0]).toMatchObject({ x: 5, y: 7 });
  });
  test.each([
    ['after its pins when free', [], { x: 153, y: 100 }],
    ['before them when a pin is after', [{ x: 140, y: 100, w: 24, h: 24 }], { x: 47, y: 100 }],
    [
      'above when both sides are taken',
      [
        { x: 160, y: 100, w: 24, h: 24 },
        { x: 40, y: 100, w: 24, h: 24 },
      ],
      { x: 100, y: 78 },
    ],
  ] as const)('placePinLabels: a label goes %s', (_what, obstacles, at) => {
    const label = { key: 'a', w: 76, h: 14, x0: 88, y0: 88, x1: 112, y1: 112 };
    expect(placePinLabels([label], 300, 200, [...obstacles])).toEqual(new Map([['a', at]]));
  });
  test('placePinLabels: labels never meet, stay in the frame, and one with no room is left out', () => {
    // Two groups side by side: the first label takes the space between them; the second finds it taken,
    // no room after its pins or above them in the frame, and takes the corner before and above.
    const a = { key: 'a', w: 40, h: 14, x0: 0, y0: 20, x1: 24, y1: 44 };
    const b = { key: 'b', w: 40, h: 14, x0: 70, y0: 20, x1: 94, y1: 44 };
    const pins = [
      { x: 12, y: 32, w: 24, h: 24 },
      { x: 82, y: 32, w: 24, h: 24 },
    ];
    const out = placePinLabels([a, b], 100, 64, pins);
    expect(out.get('a')).toEqual({ x: 47, y: 32 });
    expect(out.get('b')).toEqual({ x: 47, y: 10 });
    // A frame just the size of the pins: no room anywhere.
    expect(placePinLabels([{ key: 'c', w: 40, h: 14, x0: 0, y0: 0, x1: 24, y1: 24 }], 24, 24, []).size).toBe(0);
  });
  test('placeLabels: moves a label off a mark, keeps it where allowed, inside the frame', () => {
    const [l] = placeLabels([{ x: 100, y: 100, w: 80, h: 24 }], 300, 200, [{ x: 100, y: 100, w: 16, h: 16 }]);
    expect(Math.abs(l.y - 100) >= 20 || Math.abs(l.x - 100) >= 48).toBe(true);
    const [m] = placeLabels([{ x: 100, y: 100, w: 80, h: 24 }], 300, 200, [{ x: 100, y: 100, w: 16, h: 16 }], (_b, x) => x > 150);
    expect(m.x).toBeGreaterThan(150);
    const [e] = placeLabels([{ x: 5, y: 5, w: 80, h: 24 }], 300, 200);
    expect(e.x - 40).toBeGreaterThanOrEqual(0);
    expect(e.y - 12).toBeGreaterThanOrEqual(0);
  });
});

describe('compact path data', () => {
  // Plane coordinates as they are: the encoding alone is under test.
  const identity = geoIdentity() as unknown as GeoProjection;
  const square = (pts: [number, number][]): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [pts] },
  });
  test('integer, relative moves and line-tos, closed', () => {
    expect(
      pathData(
        identity,
        square([
          [10, 10],
          [20, 10],
          [20, 20],
          [10, 20],
          [10, 10],
        ]),
      ),
    ).toBe('m10 10 10 0 0 10-10 0z');
  });
  test('points within the tolerance of a straight line are dropped, corners kept', () => {
    const d = pathData(
      identity,
      square([
        [0, 0],
        [5, 0.2],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ]),
      0.6,
    );
    expect(d).toBe('m0 0 10 0 0 10-10 0z');
  });
  test('a second ring moves relative to the start of the first; a ring smaller than a pixel is dropped', () => {
    const two: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [10, 10],
              [20, 10],
              [20, 20],
              [10, 10],
            ],
          ],
          [
            [
              [50, 50],
              [50.2, 50],
              [50.2, 50.2],
              [50, 50],
            ],
          ],
          [
            [
              [30, 10],
              [40, 10],
              [40, 20],
              [30, 10],
            ],
          ],
        ],
      },
    };
    expect(pathData(identity, two)).toBe('m10 10 10 0 0 10zm20 0 10 0 0 10z');
  });
  test('a map path carries no decimals and is far shorter than the exact one', () => {
    const p = worldProjection(720).projection;
    const fr = featureOf(outlineOf('FR')!);
    const d = pathData(p, fr);
    expect(d).not.toMatch(/\./);
    expect(d.length).toBeLessThan((geoPath(p).digits(1)(fr) ?? '').length / 2);
  });
});
