/**
 * The visual vocabulary shared by maps, timelines and their legends: one
 * shape per kind of mark (so colour is never the only signal), symbol paths
 * from d3-shape, and the pattern of each region. Colours live in
 * src/styles/viz.css, keyed by the class names given here.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import type { RegionId, Sector } from '../schemas/vocab.ts';

/** `unstated`: an activity for which the document names no Bureau or Sector. */
export type MarkKind = Sector | 'unstated' | 'forum' | 'office' | 'area-office' | 'country';

const TYPES: Record<MarkKind, SymbolType> = {
  forum: symbolStar,
  'itu-r': symbolCircle,
  'itu-t': symbolTriangle,
  'itu-d': symbolDiamond,
  gs: symbolCross,
  unstated: symbolWye,
  office: symbolSquare,
  'area-office': symbolSquare,
  country: symbolCircle,
};
/** Symbol areas, px²: offices and forums stand out, area offices are smaller. */
const AREAS: Record<MarkKind, number> = {
  forum: 190,
  'itu-r': 90,
  'itu-t': 100,
  'itu-d': 100,
  gs: 90,
  unstated: 90,
  office: 150,
  'area-office': 70,
  country: 50,
};

const cache = new Map<string, string>();
/** Path data of a kind's symbol centred on 0,0; `scale` enlarges it (legends, timelines). */
export function symbolPath(kind: MarkKind, scale = 1): string {
  const key = `${kind}:${scale}`;
  let d = cache.get(key);
  if (!d) {
    d = symbol(TYPES[kind], AREAS[kind] * scale * scale).digits(1)() ?? '';
    cache.set(key, d);
  }
  return d;
}

/** Class that colours a mark. */
export const markClass = (kind: MarkKind): string => `vk-${kind}`;
/** Class that fills a country by its region (or as outside every region). */
export const regionClass = (region: string | undefined): string => (region ? `vr-${region}` : 'vr-none');

/** Hatching of each region, the signal that is not colour: angle of the lines, or dots. */
export const REGION_PATTERNS: Record<RegionId, { angle: number; dots?: boolean }> = {
  afr: { angle: 45 },
  ams: { angle: -45 },
  arb: { angle: 0 },
  asp: { angle: 90 },
  cis: { angle: 0, dots: true },
  eur: { angle: 30 },
};
export const regionPatternId = (prefix: string, region: RegionId): string => `${prefix}-pat-${region}`;

/** The mark kind of an activity: its first (reporting) sector, or `unstated` when the document names none. */
export const activityKind = (sectors: Sector[]): MarkKind => sectors[0] ?? 'unstated';

/** Rough width of a label in px: CJK characters are square, Latin ones about 0.58 em (system sans, semibold). */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? size : size * 0.58;
  return Math.ceil(w);
}
