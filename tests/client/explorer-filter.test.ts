import { describe, expect, it } from 'vitest';
import {
  dateMatches,
  emptyState,
  facetCounts,
  isEmpty,
  matches,
  normalize,
  parseState,
  textMatches,
  toSearch,
  withFacetLabels,
  withYears,
  type ExplorerRow,
} from '../../src/client/explorer-filter.ts';

const KEYS = ['region', 'theme', 'year'] as const;
const rows: ExplorerRow[] = [
  {
    id: 'a',
    text: normalize('2023 Regional Cyberdrill 2023年区域网络安全演练 Abu Dhabi'),
    start: '2023-10-09',
    end: '2023-10-12',
    f: { region: ['arb'], theme: ['cybersecurity'], year: ['2023'] },
  },
  {
    id: 'b',
    text: normalize('Interregional Cyberdrill'),
    start: '2023-11-28',
    end: '2023-12-01',
    f: { region: ['asp', 'eur'], theme: ['cybersecurity'], year: ['2023'] },
  },
  {
    id: 'c',
    text: normalize('Smart cities project Egypt'),
    start: '2024-01-01',
    end: '2024-12-31',
    f: { region: ['arb'], theme: ['smart-cities'], year: ['2024'] },
  },
  { id: 'd', text: normalize('Regular calls'), f: { region: ['arb'], theme: [], year: [] } },
];

describe('query string state', () => {
  it('round-trips through the URL in a stable order', () => {
    const s = {
      q: 'cyber drill',
      from: '2023-01-01',
      to: '2023-12-31',
      facets: { region: ['arb', 'asp'], theme: ['cybersecurity'], year: [] },
    };
    const qs = toSearch(s, KEYS);
    expect(qs).toBe('?q=cyber+drill&region=arb&region=asp&theme=cybersecurity&from=2023-01-01&to=2023-12-31');
    expect(parseState(qs, KEYS)).toEqual(s);
  });

  it('is empty for no filters, and ignores unknown keys, blanks, duplicates and bad dates', () => {
    expect(toSearch(emptyState(KEYS), KEYS)).toBe('');
    const s = parseState('?region=arb&region=arb&region=&colour=red&from=2023-13&to=yesterday', KEYS);
    expect(s.facets.region).toEqual(['arb']);
    expect(s.from).toBe('');
    expect(s.to).toBe('');
    expect(Object.keys(s.facets)).toEqual([...KEYS]);
    expect(isEmpty(parseState('', KEYS))).toBe(true);
    expect(isEmpty(s)).toBe(false);
  });
});

describe('matching', () => {
  it('matches every word of the query as a substring, so Chinese needs no word breaks', () => {
    expect(textMatches(rows[0].text, '网络安全')).toBe(true);
    expect(textMatches(rows[0].text, '安全演练')).toBe(true);
    expect(textMatches(rows[0].text, 'CYBERDRILL  abu')).toBe(true);
    expect(textMatches(rows[0].text, 'cyberdrill egypt')).toBe(false);
    expect(textMatches(rows[0].text, '')).toBe(true);
  });

  it('keeps rows whose dates overlap the range and drops undated rows once a range is set', () => {
    expect(dateMatches(rows[0], '2023-10-12', '')).toBe(true);
    expect(dateMatches(rows[0], '2023-10-13', '')).toBe(false);
    expect(dateMatches(rows[1], '', '2023-11-28')).toBe(true);
    expect(dateMatches(rows[1], '', '2023-11-27')).toBe(false);
    expect(dateMatches(rows[3], '', '')).toBe(true);
    expect(dateMatches(rows[3], '2020-01-01', '')).toBe(false);
  });

  it('ORs values within a facet and ANDs facets', () => {
    const s = emptyState(KEYS);
    s.facets.region = ['arb', 'eur'];
    expect(rows.filter((r) => matches(r, s)).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    s.facets.theme = ['cybersecurity'];
    expect(rows.filter((r) => matches(r, s)).map((r) => r.id)).toEqual(['a', 'b']);
    s.facets.year = ['2024'];
    expect(rows.filter((r) => matches(r, s))).toEqual([]);
  });
});

describe('facet counts', () => {
  it('count what each value would show given the other facets, text and dates', () => {
    const s = emptyState(KEYS);
    s.facets.theme = ['cybersecurity'];
    const c = facetCounts(rows, s, KEYS);
    // Region counts respect the theme; theme counts ignore the theme's own selection.
    expect(c.region).toEqual({ arb: 1, asp: 1, eur: 1 });
    expect(c.theme).toEqual({ cybersecurity: 2, 'smart-cities': 1 });
    expect(c.year).toEqual({ 2023: 2 });
    s.q = 'egypt';
    expect(facetCounts(rows, s, KEYS).theme).toEqual({ 'smart-cities': 1 });
  });
});

describe('withFacetLabels (the form sends each label once, the rows get them as text)', () => {
  const rows = [
    { id: 'a', text: 'workshop in accra', f: { region: ['afr'], theme: ['cybersecurity', 'ai'] } },
    { id: 'b', text: 'forum', f: { region: ['eur'] } },
    { id: 'c', text: 'no facets', f: {} },
  ];
  const labels = { region: { afr: 'Africa', eur: 'Europe' }, theme: { cybersecurity: 'Cybersecurity', ai: 'Artificial Intelligence' } };
  it.each([
    ['a', 'workshop in accra africa cybersecurity artificial intelligence'],
    ['b', 'forum europe'],
    ['c', 'no facets'],
  ])('%s', (id, want) => {
    expect(withFacetLabels(rows, labels).find((r) => r.id === id)!.text).toBe(want);
  });
  it('a value without a label adds nothing, and text matching sees the labels', () => {
    const [a] = withFacetLabels([{ id: 'a', text: 'x', f: { region: ['zzz'] } }], labels);
    expect(a.text).toBe('x');
    expect(textMatches(withFacetLabels(rows, labels)[0].text, 'Africa cyber')).toBe(true);
  });
});

describe('withYears (the page sends dates, the browser works out the years)', () => {
  it.each([
    [{ start: '2023-10-09', end: '2023-10-12' }, ['2023']],
    [{ start: '2021-06-04', end: '2024-06-30' }, ['2021', '2022', '2023', '2024']],
    [{ start: '2023-12-30' }, ['2023']],
    [{}, undefined],
  ])('%o → %o', (dates, want) => {
    const [r] = withYears([{ id: 'a', text: '', f: {}, ...dates }]);
    expect(r.f.year).toEqual(want);
  });
  it('keeps years the page did send', () => {
    expect(withYears([{ id: 'a', text: '', start: '2023-01-01', f: { year: ['2022'] } }])[0].f.year).toEqual(['2022']);
  });
});
