/**
 * Snapshots of the SVG the map and timeline components render from the
 * fixture content: paths rounded to a tenth, ids from fixed prefixes, UTC.
 * A change to the drawing shows up as a diff of these files; view them as
 * images to review it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroRenderer, type Renderer } from '../helpers/astro-render.ts';
import { fixtureModel } from '../fixtures/viz-model.ts';
import { regionMapView, entryLocatorView } from '../../src/figures/map-view.ts';
import { timelineView, verticalTimelineView } from '../../src/figures/timeline-view.ts';

let r: Renderer | undefined; // undefined in afterAll when astroRenderer() failed
beforeAll(async () => {
  r = await astroRenderer();
}, 120_000);
afterAll(() => r?.close());

const model = fixtureModel();
/** Pretty-prints one element per line, so snapshot diffs are readable. */
const lines = (svg: string) => `${svg.replace(/></g, '>\n<').trim()}\n`;

describe('SVG snapshots (fixture)', () => {
  test('timeline, left to right, with filters', async () => {
    const view = timelineView(model, model.regions, 'en', { key: 'fx-tl', width: 480 });
    const svg = await r!.render('/src/components/TimelineSvg.astro', {
      view,
      title: 'Fixture timeline',
      desc: 'Two lanes',
      filterable: true,
    });
    expect(svg).toContain('role="group"');
    await expect(lines(svg)).toMatchFileSnapshot('__snapshots__/timeline-ltr.svg');
  });
  test('timeline, right to left, in Chinese, without filters (nor the attributes they filter by)', async () => {
    const view = timelineView(model, model.regions, 'zh-cn', { key: 'fx-tl-rtl', width: 480, dir: 'rtl' });
    const svg = await r!.render('/src/components/TimelineSvg.astro', { view, title: '时间线', desc: '两行' });
    expect(svg).toContain('data-dir="rtl"');
    expect(svg).not.toMatch(/<a [^>]*class="tl-item[^>]*data-(region|sector|theme)=/);
    await expect(lines(svg)).toMatchFileSnapshot('__snapshots__/timeline-rtl-zh.svg');
  });
  test('narrow timeline, down the page, left to right', async () => {
    const view = verticalTimelineView(model, model.regions, 'en', { key: 'fx-tl' });
    const svg = await r!.render('/src/components/TimelineVerticalSvg.astro', { view, title: 'Fixture timeline', desc: 'Two lanes' });
    expect(svg).toContain('viewBox="0 0 356 ');
    await expect(lines(svg)).toMatchFileSnapshot('__snapshots__/timeline-vertical-ltr.svg');
  });
  test('narrow timeline, right to left, in Chinese, named by its wide twin', async () => {
    const wide = timelineView(model, model.regions, 'zh-cn', { key: 'fx-tl-rtl', width: 480, dir: 'rtl' });
    const view = verticalTimelineView(model, model.regions, 'zh-cn', { key: 'fx-tl-rtl', dir: 'rtl' });
    const twin = { key: wide.key, items: wide.items.map((i) => i.item.key) };
    const svg = await r!.render('/src/components/TimelineVerticalSvg.astro', { view, title: '时间线', desc: '两行', twin });
    expect(svg).toContain('direction="rtl"');
    expect(svg).toContain('aria-labelledby="fx-tl-rtl-i0"');
    expect(svg, 'item titles come from the twin').not.toMatch(/<a [^>]*><title>/);
    await expect(lines(svg)).toMatchFileSnapshot('__snapshots__/timeline-vertical-rtl-zh.svg');
  });
  test('region map across the antimeridian', async () => {
    const view = regionMapView(model, model.get('regions', 'asp'), 'en', 300, 200);
    const svg = await r!.render('/src/components/MapSvg.astro', { view, title: 'Fixture map', desc: 'Pacific' });
    await expect(lines(svg)).toMatchFileSnapshot('__snapshots__/map-region-asp.svg');
  });
  test('locator of a two-day forum in Vienna', async () => {
    const view = entryLocatorView(model, model.get('forums', 'rdf-eur'), 'en', 240, 160);
    const svg = await r!.render('/src/components/MapSvg.astro', { view, title: 'Locator', desc: 'Vienna' });
    expect(svg).toContain('href="/en/forums/rdf-eur/"');
    await expect(lines(svg)).toMatchFileSnapshot('__snapshots__/map-locator-vienna.svg');
  });
  test('rendering twice gives the same bytes', async () => {
    const a = await r!.render('/src/components/MapSvg.astro', {
      view: regionMapView(fixtureModel(), fixtureModel().get('regions', 'eur'), 'en', 300, 200),
      title: 'A',
      desc: 'B',
    });
    const b = await r!.render('/src/components/MapSvg.astro', {
      view: regionMapView(fixtureModel(), fixtureModel().get('regions', 'eur'), 'en', 300, 200),
      title: 'A',
      desc: 'B',
    });
    expect(a).toBe(b);
    expect(a).not.toMatch(/\d\.\d{2,}/);
  });
});
