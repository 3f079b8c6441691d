import { describe, expect, it } from 'vitest';
import { filterObject, metaLine, topSections, MIN_ANCHORS, type ResultData } from '../../src/lib/search-ui.ts';

describe('search result shaping', () => {
  it('joins type, region and date, skipping what is missing', () => {
    expect(metaLine({ type: 'Activity', region: 'Arab States', date: '9–12 October 2023', title: 'x' })).toBe('Activity · Arab States · 9–12 October 2023');
    expect(metaLine({ type: 'Country', region: undefined, date: ' ' })).toBe('Country');
    expect(metaLine({})).toBe('');
  });

  it('lists the best-matching sections of long pages only, never the page title', () => {
    const anchors = Array.from({ length: MIN_ANCHORS }, () => ({}));
    const data: ResultData = {
      url: '/en/document/', excerpt: '', meta: { title: 'Full document' }, anchors,
      sub_results: [
        { url: '/en/document/#_top', title: 'Full document', locations: [1, 2, 3, 4] },
        { url: '/en/document/#p1', title: '1 Introduction', locations: [5] },
        { url: '/en/document/#p3-5', title: '3.5 Arab States', locations: [6, 7, 8] },
        { url: '/en/document/#p4', title: '4 Conclusion', locations: [] },
      ],
    };
    expect(topSections(data)).toEqual([{ url: '/en/document/#p3-5', title: '3.5 Arab States' }, { url: '/en/document/#p1', title: '1 Introduction' }]);
    expect(topSections({ ...data, anchors: anchors.slice(1) })).toEqual([]);
  });

  it('drops empty filters', () => {
    expect(filterObject({ type: 'Activity', region: '', year: '2023' })).toEqual({ type: 'Activity', year: '2023' });
  });
});
