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

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
/**
 * Width of a label in px, erring wide, so labels placed by it do not meet in
 * any common font: wide fallbacks such as DejaVu Sans measure close to these
 * em widths, narrower system fonts (Segoe, SF, Roboto) leave room to spare.
 */
export function labelExtent(s: string, size = 12): number {
  let em = 0;
  for (const ch of s) {
    if (CJK.test(ch)) em += 1;
    else if (ch === ' ') em += 0.33;
    else if (/[iljtfr.,:;'’|!()[\]\-–]/.test(ch)) em += 0.42;
    else if (/[mwMW@%]/.test(ch)) em += 1;
    else if (/[A-Z0-9]/.test(ch)) em += 0.74;
    else em += 0.64;
  }
  return Math.ceil(em * size * 1.04);
}

/**
 * Breaks a label into lines no wider than `max` px (by labelExtent): at spaces
 * (kept at the end of the line), and inside a run of CJK characters where one
 * word alone is too wide.
 */
export function wrapToWidth(s: string, max: number, size = 12): string[] {
  const words = s.split(' ').flatMap((w) => {
    if (labelExtent(w, size) <= max || !CJK.test(w)) return [w];
    const parts: string[] = [];
    for (const ch of w) {
      const last = parts.at(-1);
      if (last !== undefined && labelExtent(last + ch, size) <= max) parts[parts.length - 1] = last + ch;
      else parts.push(ch);
    }
    // Pieces of one word join without a space.
    return parts.map((p, i) => (i < parts.length - 1 ? `${p}\u200b` : p));
  });
  const width = (x: string) => labelExtent(x.replaceAll('\u200b', ''), size);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const glue = last?.endsWith('\u200b') ? '' : ' ';
    if (last !== undefined && width(last + glue + word) <= max) lines[lines.length - 1] = last + glue + word;
    else lines.push(word);
  }
  // A line that broke at a space keeps it at its end: the lines joined read as the label (its accessible name).
  return lines.map((l, i) => `${l.replaceAll('\u200b', '')}${i < lines.length - 1 && !l.endsWith('\u200b') ? ' ' : ''}`);
}
