/**
 * The built maps and timelines (dist/): present as SVG in every language
 * where they belong, every link inside them resolves to a built page, each
 * figure is named, and the page budgets hold.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { allPages, DIST, page } from '../helpers/dist.ts';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';

const model = buildModel(loadContent('./content').set);

const svgsOf = (html: string) => html.match(/<svg class="viz[\s\S]*?<\/svg>/g) ?? [];
const hrefsOf = (svg: string) => [...svg.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

/** The built file a site link points to, if any. */
function resolves(href: string): boolean {
  const path = decodeURIComponent(href.split('#')[0].split('?')[0]);
  if (!path.startsWith('/')) return false;
  const file = join(DIST, path);
  return existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
}

describe('maps and timelines in the built site', () => {
  test('the map and the timeline pages carry their SVG in every language', () => {
    for (const l of LOCALES) {
      expect(svgsOf(page(`/${l}/map/`)).some((s) => s.includes('data-map="world"'))).toBe(true);
      expect(svgsOf(page(`/${l}/timeline/`)).some((s) => s.includes('data-timeline="timeline"'))).toBe(true);
      expect(svgsOf(page(`/${l}/`)).some((s) => s.includes('data-map="home-map"'))).toBe(true);
    }
  });
  test('every region page has its map and its lane; forum and activity pages their locator (and context when dated)', () => {
    for (const l of LOCALES) {
      for (const r of model.regions) {
        const svgs = svgsOf(page(`/${l}/regions/${r.id}/`));
        expect(
          svgs.some((s) => s.includes(`data-map="region-${r.id}"`)),
          `${l} ${r.id}`,
        ).toBe(true);
        expect(
          // The lane is drawn down the page (its key + "-v", src/components/TimelineVerticalSvg.astro) at every width.
          svgs.some((s) => s.includes(`data-timeline="tl-${r.id}-v"`) && s.includes('class="tl-item')),
          `${l} ${r.id}`,
        ).toBe(true);
      }
      for (const e of [...model.forums, ...model.activities]) {
        const svgs = svgsOf(page(`/${l}/${e.collection}/${e.id}/`));
        expect(
          svgs.some((s) => s.includes('data-map="locator"')),
          e.id,
        ).toBe(true);
        expect(
          svgs.some((s) => s.includes('data-timeline="tl-context-v"') && s.includes('class="tl-item')),
          e.id,
        ).toBe(Boolean(e.facts.start));
      }
    }
  });
  test.each(LOCALES)('every link inside a map or timeline resolves to a built page (%s)', (locale) => {
    let links = 0;
    const broken: string[] = [];
    for (const p of allPages()) {
      if (!p.startsWith(`/${locale}/`)) continue;
      for (const svg of svgsOf(page(p))) {
        for (const href of hrefsOf(svg)) {
          links++;
          if (!resolves(href)) broken.push(`${p} → ${href}`);
        }
      }
    }
    expect(broken).toEqual([]);
    // Not a vacuous pass: the world map alone links every forum and activity with a venue, the timeline every dated one.
    // (Region maps and locators link no countries since the light figures; the map page still links every country.)
    const entries = [...model.forums, ...model.activities];
    const pinned = entries.filter((e) => (e.facts.place ?? e.facts.country) !== undefined).length;
    const dated = entries.filter((e) => e.facts.start).length;
    expect(links).toBeGreaterThan(pinned + dated);
  });
  test('every pinned and every timeline item links to its own entity page', () => {
    for (const l of LOCALES) {
      const map = svgsOf(page(`/${l}/map/`)).join('');
      const timeline = svgsOf(page(`/${l}/timeline/`)).join('');
      for (const f of model.forums) {
        // A forum is pinned when the document gives its place or country (CIS 2024 has neither).
        if (f.facts.place || f.facts.country) expect(map, f.id).toContain(`href="/${l}/forums/${f.id}/"`);
        expect(timeline, f.id).toContain(`href="/${l}/forums/${f.id}/"`);
      }
      for (const a of model.activities) {
        if (a.facts.start) expect(timeline, a.id).toContain(`href="/${l}/activities/${a.id}/"`);
        if (a.facts.place || a.facts.country) expect(map, a.id).toContain(`href="/${l}/activities/${a.id}/"`);
      }
    }
  });
  test('each figure is named and described, and each link in it has a name', () => {
    const paths = LOCALES.flatMap((l) => [
      `/${l}/map/`,
      `/${l}/timeline/`,
      `/${l}/regions/asp/`,
      `/${l}/activities/asp-dfat-critical-technologies-project/`,
    ]);
    for (const p of paths) {
      for (const svg of svgsOf(page(p))) {
        const labelled = /aria-labelledby="([^"]+)"/.exec(svg)![1];
        expect(svg).toMatch(new RegExp(`<title id="${labelled}">[^<]+</title>`));
        expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
        for (const a of svg.match(/<a [\s\S]*?<\/a>/g) ?? [])
          expect(a, p).toMatch(/<title>[^<]+<\/title>|<text[^>]*>[\s\S]*?[^\s<][\s\S]*?<\/text>/);
      }
      expect(page(p)).toContain('<details class="viz-details">');
    }
  });
});

/** Gzipped bytes of a page: its HTML and the CSS and JS it loads (following static imports). */
function pageWeight(path: string): { total: number; files: Record<string, number> } {
  const html = page(path);
  const files: Record<string, number> = { [path]: gzipSync(html).length };
  const queue = [
    ...[...html.matchAll(/<link [^>]*rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<script [^>]*src="([^"]+)"/g)].map((m) => m[1]),
  ];
  while (queue.length) {
    const href = queue.shift()!;
    if (href in files || !href.startsWith('/')) continue;
    const text = readFileSync(join(DIST, href));
    files[href] = gzipSync(text).length;
    if (href.endsWith('.js')) {
      for (const m of text.toString().matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g)) queue.push(join(href, '..', m[1]));
    }
  }
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}

describe('budgets (gzipped, built site)', () => {
  const KB = 1024;
  test.each(LOCALES)('world map page (%s) ≤ 150 KB with its CSS and JS', (l) => {
    const w = pageWeight(`/${l}/map/`);
    console.log(`map ${l}: ${(w.total / KB).toFixed(1)} KB`, w.files);
    expect(w.total).toBeLessThanOrEqual(150 * KB);
  });
  test.each(LOCALES)('timeline page (%s) ≤ 150 KB with its CSS and JS', (l) => {
    const w = pageWeight(`/${l}/timeline/`);
    console.log(`timeline ${l}: ${(w.total / KB).toFixed(1)} KB`);
    expect(w.total).toBeLessThanOrEqual(150 * KB);
  });
  test.each(LOCALES)('enhancement scripts ≤ 10 KB, and no d3 reaches the browser (%s)', (locale) => {
    const w = pageWeight(`/${locale}/timeline/`);
    const viz = Object.entries(w.files).filter(([f]) => /\/_astro\/(?:\w+Figure\.astro_astro_type_script|viz-enhance)/.test(f));
    expect(viz.length).toBeGreaterThan(0);
    const total = viz.reduce((n, [, b]) => n + b, 0);
    console.log(`enhancement scripts: ${(total / KB).toFixed(2)} KB`, viz);
    expect(total).toBeLessThanOrEqual(10 * KB);
    for (const p of [`/${locale}/map/`, `/${locale}/timeline/`, `/${locale}/regions/afr/`]) {
      for (const f of Object.keys(pageWeight(p).files).filter((x) => x.endsWith('.js'))) {
        expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/geoEqualEarth|forceSimulation|scaleUtc/);
      }
    }
  });
});
