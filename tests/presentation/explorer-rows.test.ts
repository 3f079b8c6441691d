import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { activityExplorer, forumExplorer, narrowing, resolutionExplorer, resolutionTables } from '../../src/presentation/explorer-rows.ts';
import { emptyState, matches, withYears } from '../../src/client/explorer-filter.ts';

const model = buildModel(loadContent().set);

describe('activityExplorer', () => {
  const ex = activityExplorer(model, 'en');

  it('has one row per activity, in the model order', () => {
    expect(ex.rows.map((r) => r.id)).toEqual(model.activities.map((a) => a.id));
  });

  it('offers exactly the facet values that occur, each with a label', () => {
    // The rows as the browser completes them (the years from the dates).
    const rows = withYears(ex.rows);
    for (const f of ex.facets) {
      const present = new Set(rows.flatMap((r) => r.f[f.key] ?? []));
      expect(new Set(f.values.map((v) => v.value)), f.key).toEqual(present);
      for (const v of f.values) expect(v.label.trim(), `${f.key}/${v.value}`).not.toBe('');
    }
    expect(ex.facets.map((f) => f.key)).toEqual(['region', 'theme', 'kind', 'sector', 'year', 'country', 'organization', 'resolution']);
  });

  it('filters by region like the model: every activity that concerns the region', () => {
    const s = emptyState(ex.facets.map((f) => f.key));
    s.facets.region = ['arb'];
    expect(ex.rows.filter((r) => matches(r, s)).map((r) => r.id)).toEqual(
      model.activities.filter((a) => a.facts.regions.includes('arb')).map((a) => a.id),
    );
  });

  it('finds activities following up a resolution', () => {
    const s = emptyState(ex.facets.map((f) => f.key));
    s.facets.resolution = ['wtsa-100'];
    expect(ex.rows.filter((r) => matches(r, s)).map((r) => r.id)).toEqual(
      model.activities.filter((a) => a.facts.resolutions.includes('wtsa-100')).map((a) => a.id),
    );
  });

  it('searches the summary and the venue in the page language', () => {
    const zh = activityExplorer(model, 'zh-cn');
    const s = emptyState(zh.facets.map((f) => f.key));
    s.q = '阿布扎比';
    expect(zh.rows.filter((r) => matches(r, s)).map((r) => r.id)).toContain('arb-regional-cyberdrill-2023');
  });

  it('gives dated rows full ISO days, start before end', () => {
    for (const r of ex.rows.filter((x) => x.start)) {
      expect(r.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.end! >= r.start!).toBe(true);
    }
  });
});

describe('narrowing', () => {
  it('keeps a facet with a single value that some rows lack, drops one every row shares', () => {
    const rows = [
      { id: 'a', text: '', f: { sector: ['itu-t'], resolution: ['wtsa-100'] } },
      { id: 'b', text: '', f: { sector: ['itu-t'], resolution: [] } },
    ];
    const facets = [
      { key: 'sector', label: 'Sector', values: [{ value: 'itu-t', label: 'ITU-T' }] },
      { key: 'resolution', label: 'Resolution', values: [{ value: 'wtsa-100', label: 'WTSA Res. 100' }] },
    ];
    expect(narrowing(facets, rows).map((f) => f.key)).toEqual(['resolution']);
  });
});

describe('forums and resolutions', () => {
  it('lists every forum with its region and year', () => {
    const ex = forumExplorer(model, 'en');
    expect(ex.rows.map((r) => r.id)).toEqual(model.forums.map((f) => f.id));
    for (const r of ex.rows) expect(r.f.region).toHaveLength(1);
  });

  it('keys resolutions and documents by collection and tags them with following regions', () => {
    const ex = resolutionExplorer(model, 'zh-cn');
    expect(ex.rows).toHaveLength(model.resolutions.length + model.references.length);
    expect(ex.rows.find((r) => r.id === 'resolutions/wtsa-100')!.f.region).toContain('afr');
    const tables = resolutionTables(model, 'zh-cn');
    expect(tables.resolutions).toHaveLength(model.resolutions.length);
    expect(tables.references).toHaveLength(model.references.length);
    expect(tables.resolutions[0][0].href).toMatch(/^\/zh-cn\/resolutions\//);
  });
});
