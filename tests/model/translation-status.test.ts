import { describe, expect, test } from 'vitest';
import { countStates, statusRows, translationState, type StatusEntry } from '../../src/model/translation-status.ts';

describe('translationState', () => {
  test('outdated when the source text or the facts changed after the translation', () => {
    expect(
      translationState({ sources: ['2024-03-02T10:00:00Z', '2024-01-01T00:00:00Z'], exists: true, translation: '2024-03-01T10:00:00Z' }),
    ).toBe('outdated');
    expect(
      translationState({ sources: ['2024-01-01T00:00:00Z', '2024-05-01T00:00:00Z'], exists: true, translation: '2024-03-01T00:00:00Z' }),
    ).toBe('outdated');
  });
  test('up to date when the translation is as new as its sources (same commit included)', () => {
    expect(
      translationState({ sources: ['2024-03-01T10:00:00Z', '2024-02-01T00:00:00Z'], exists: true, translation: '2024-03-01T10:00:00Z' }),
    ).toBe('up-to-date');
    expect(translationState({ sources: ['2024-01-01T00:00:00Z'], exists: true, translation: '2024-06-01T00:00:00Z' })).toBe('up-to-date');
  });
  test('compares instants, not strings: offsets count', () => {
    // 10:00+02:00 is 08:00Z, before 09:00Z.
    expect(translationState({ sources: ['2024-01-01T10:00:00+02:00'], exists: true, translation: '2024-01-01T09:00:00Z' })).toBe(
      'up-to-date',
    );
    expect(translationState({ sources: ['2024-01-01T09:00:00Z'], exists: true, translation: '2024-01-01T10:00:00+02:00' })).toBe(
      'outdated',
    );
  });
  test('missing when there is no translation file; unknown without history', () => {
    expect(translationState({ sources: ['2024-01-01T00:00:00Z'], exists: false })).toBe('missing');
    expect(translationState({ sources: [undefined, undefined], exists: true, translation: '2024-01-01T00:00:00Z' })).toBe('unknown');
    expect(translationState({ sources: ['2024-01-01T00:00:00Z'], exists: true, translation: undefined })).toBe('unknown');
  });
});

describe('statusRows', () => {
  const dates: Record<string, string> = {
    'content/forums/a.yaml': '2024-01-01T00:00:00Z',
    'content/text/zh-cn/forums/a.mdx': '2024-02-01T00:00:00Z',
    'content/text/en/forums/a.mdx': '2024-01-15T00:00:00Z',
    'content/places/b.yaml': '2024-01-01T00:00:00Z',
    'content/text/zh-cn/places/b.mdx': '2024-01-01T00:00:00Z',
    'content/text/en/places/b.mdx': '2024-01-02T00:00:00Z',
    'content/places/c.yaml': '2024-01-01T00:00:00Z',
    'content/text/zh-cn/places/c.mdx': '2024-01-01T00:00:00Z',
  };
  const entries: StatusEntry[] = [
    {
      collection: 'places',
      id: 'b',
      file: 'content/places/b.yaml',
      textFile: { 'zh-cn': 'content/text/zh-cn/places/b.mdx', en: 'content/text/en/places/b.mdx' },
    },
    {
      collection: 'forums',
      id: 'a',
      file: 'content/forums/a.yaml',
      textFile: { 'zh-cn': 'content/text/zh-cn/forums/a.mdx', en: 'content/text/en/forums/a.mdx' },
    },
    { collection: 'places', id: 'c', file: 'content/places/c.yaml', textFile: { 'zh-cn': 'content/text/zh-cn/places/c.mdx' } },
  ];
  const rows = statusRows(
    entries,
    'zh-cn',
    ['zh-cn', 'en'],
    (f) => dates[f],
    (e, l) => `content/text/${l}/${e.collection}/${e.id}.mdx`,
  );

  test('one row per entry and translated language, those needing work first', () => {
    expect(rows.map((r) => [r.collection, r.id, r.locale, r.state])).toEqual([
      ['forums', 'a', 'en', 'outdated'],
      ['places', 'c', 'en', 'missing'],
      ['places', 'b', 'en', 'up-to-date'],
    ]);
    expect(countStates(rows)).toEqual({ 'up-to-date': 1, outdated: 1, missing: 1, unknown: 0 });
  });
  test('gives the dates and the files to edit', () => {
    expect(rows[0]).toMatchObject({
      sourceDate: '2024-02-01T00:00:00Z',
      translationDate: '2024-01-15T00:00:00Z',
      sourceFile: 'content/text/zh-cn/forums/a.mdx',
      translationFile: 'content/text/en/forums/a.mdx',
    });
    expect(rows[1].translationFile).toBe('content/text/en/places/c.mdx');
  });
});
