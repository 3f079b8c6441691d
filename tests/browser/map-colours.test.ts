/**
 * Issue 14 for the maps: in both themes and in forced-colours mode, every
 * shape, mark and label of the map a reader sees stays visible against the
 * map's paper: the world map and a region view, on a desktop screen and on
 * a 390 px phone. Visible means a fill or a stroke of another colour than the
 * paper (forced colours may flatten fills to the system background, and then
 * a stroke must carry the shape). The maps keep their own paper and ink in
 * forced colours (src/styles/viz.css), so this checks that they still do.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { themedContext } from '../helpers/audit.ts';
import { requiredPage } from '../helpers/site.ts';

const base = inject('baseUrl');
let browser: Browser | undefined; // undefined in afterAll when launch() failed
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const cases = (['light', 'dark'] as const).flatMap((theme) =>
  (['none', 'active'] as const).flatMap((forced) =>
    [
      // The world map names its countries and pins by their titles and its table; a region view labels them on the map.
      { width: 1280, path: requiredPage('map', 'en'), labels: false },
      { width: 390, path: requiredPage('region', 'en'), labels: true },
      { width: 390, path: requiredPage('region', 'ar'), labels: true },
    ].map((c) => ({ theme, forced, ...c })),
  ),
);

describe('both themes and forced colours: map shapes, marks and labels stay visible', () => {
  test.each(cases)('$theme theme, forced colours $forced, $width px: $path', async ({ theme, forced, width, path, labels }) => {
    const context = await themedContext(browser!, theme, { width, height: 844 });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: forced, colorScheme: theme });
    await page.goto(base + path);
    const paints = await page.evaluate(() => {
      const svg = [...document.querySelectorAll('svg[data-map]')].find((s) => s.getBoundingClientRect().width > 0);
      if (!svg) return undefined;
      // The paper: the first ancestor with a background of its own.
      let paper = 'rgb(255, 255, 255)';
      for (let e: Element | null = svg; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
          paper = bg;
          break;
        }
      }
      const shows = (c: string) => c !== 'none' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c) && c !== paper;
      const visible = (e: Element) => {
        const s = getComputedStyle(e);
        return s.display !== 'none' && s.visibility !== 'hidden' && (e as SVGGraphicsElement).getBBox().width > 0;
      };
      // A shape that uses a pattern is seen through the pattern's own fill.
      const filled = (e: Element) => {
        const f = getComputedStyle(e).fill;
        const pattern = /url\("?#([^")]+)"?\)/.exec(f)?.[1];
        if (!pattern) return shows(f);
        const rect = svg.querySelector(`pattern[id="${pattern}"] rect`);
        return rect !== null && shows(getComputedStyle(rect).fill);
      };
      const bad: string[] = [];
      // The borders mesh is drawn on the fills, to part them, not against the paper.
      const shapes = [...svg.querySelectorAll('path.country, .areas path:not(.borders), .regions path')].filter(visible);
      for (const a of shapes) if (!filled(a) && !shows(getComputedStyle(a).stroke)) bad.push(`area ${a.getAttribute('class')}`);
      const marks = [...svg.querySelectorAll('.mark')].filter(visible);
      for (const m of marks) if (!shows(getComputedStyle(m).stroke) && !filled(m)) bad.push(`mark ${m.getAttribute('class')}`);
      const texts = [...svg.querySelectorAll('text')].filter(visible);
      for (const t of texts)
        if (!shows(getComputedStyle(t).fill)) bad.push(`text "${t.textContent.trim()}" fill ${getComputedStyle(t).fill}`);
      return { map: svg.getAttribute('data-map'), paper, bad, shapes: shapes.length, marks: marks.length, texts: texts.length };
    });
    expect(paints, 'a map is shown').toBeDefined();
    expect(paints!.shapes, 'areas drawn').toBeGreaterThan(0);
    expect(paints!.marks, 'marks drawn').toBeGreaterThan(0);
    if (labels) expect(paints!.texts, 'labels drawn').toBeGreaterThan(0);
    expect(paints!.bad).toEqual([]);
    await context.close();
  });
});
