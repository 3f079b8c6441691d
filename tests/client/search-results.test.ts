import { describe, expect, it } from 'vitest';
import {
  fallbackWords,
  filterObject,
  mergeAnyWord,
  metaLine,
  topSections,
  MIN_ANCHORS,
  type ResultData,
} from '../../src/client/search-results.ts';

describe('search result shaping', () => {
  it('joins type, region and date, skipping what is missing', () => {
    expect(metaLine({ type: 'Activity', region: 'Arab States', date: '9–12 October 2023', title: 'x' })).toBe(
      'Activity · Arab States · 9–12 October 2023',
    );
    expect(metaLine({ type: 'Country', region: undefined, date: ' ' })).toBe('Country');
    expect(metaLine({})).toBe('');
  });

  it('lists the best-matching sections of long pages only, never the page title', () => {
    const anchors = Array.from({ length: MIN_ANCHORS }, () => ({}));
    const data: ResultData = {
      url: '/en/document/',
      excerpt: '',
      meta: { title: 'Full document' },
      anchors,
      sub_results: [
        { url: '/en/document/#_top', title: 'Full document', locations: [1, 2, 3, 4] },
        { url: '/en/document/#p1', title: '1 Introduction', locations: [5] },
        { url: '/en/document/#p3-5', title: '3.5 Arab States', locations: [6, 7, 8] },
        { url: '/en/document/#p4', title: '4 Conclusion', locations: [] },
      ],
    };
    expect(topSections(data)).toEqual([
      { url: '/en/document/#p3-5', title: '3.5 Arab States' },
      { url: '/en/document/#p1', title: '1 Introduction' },
    ]);
    expect(topSections({ ...data, anchors: anchors.slice(1) })).toEqual([]);
  });

  it('drops empty filters', () => {
    expect(filterObject({ type: 'Activity', region: '', year: '2023' })).toEqual({ type: 'Activity', year: '2023' });
  });
});

describe('questions with no page having every word', () => {
  it('keeps the words of the query, dropping lone Chinese characters', () => {
    expect(fallbackWords('what did ITU do in Barbados?', 'en')).toEqual(['what', 'did', 'ITU', 'do', 'in', 'Barbados']);
    const zh = fallbackWords('哪些活动跟进第25号决议', 'zh-CN');
    expect(zh).toContain('决议');
    expect(zh.every((w) => w.length > 1 || /\d/.test(w))).toBe(true);
    expect(fallbackWords('的', 'zh-CN')).toEqual(['的']);
    expect(fallbackWords('a b c d e f g h i j', 'en')).toHaveLength(8);
  });

  it('ranks pages matching more words first, then by summed score', () => {
    const r = (id: string, score: number) => ({ id, score });
    const merged = mergeAnyWord([[r('a', 1), r('b', 5)], [r('a', 1), r('c', 1)], [r('a', 1)]]);
    // a: 3 words, score 3 → 3; b: 1 word, score 5 → 5/3; c: 1/3.
    expect(merged.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(mergeAnyWord([])).toEqual([]);
  });
});
