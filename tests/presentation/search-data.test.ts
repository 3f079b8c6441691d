import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { buildModel } from '../../src/model/model.ts';
import {
  FILTER_KEYS,
  htmlText,
  compoundTerms,
  detachedTerms,
  icuTerms,
  pageTerms,
  pagefindAttr,
  regionsFollowingUp,
  searchData,
  searchFilterOptions,
  yearsOf,
} from '../../src/presentation/search-data.ts';

const model = buildModel(loadContent().set);

describe('searchData', () => {
  it('gives an activity every facet the issue asks for, in the page language', () => {
    const d = searchData(model, { collection: 'activities', id: 'arb-regional-cyberdrill-2023' }, 'en');
    expect(d.filters).toEqual(
      expect.arrayContaining([
        ['type', 'Activity'],
        ['region', 'Arab States'],
        ['sector', 'Standardization (ITU-T)'],
        ['kind', 'Exercise'],
        ['theme', 'Cybersecurity'],
        ['year', '2023'],
        ['country', 'United Arab Emirates'],
      ]),
    );
    expect(d.meta).toEqual({ type: 'Activity', region: 'Arab States', date: '9–12 October 2023' });
    expect(d.sort).toEqual({ date: '2023-10-09' });
    const zh = searchData(model, { collection: 'activities', id: 'arb-regional-cyberdrill-2023' }, 'zh-cn');
    expect(zh.filters).toEqual(
      expect.arrayContaining([
        ['type', '活动'],
        ['region', '阿拉伯国家'],
        ['theme', '网络安全'],
      ]),
    );
    expect(zh.meta.date).toBe('2023年10月9日至12日');
  });

  it('records the partner organizations and the resolutions an activity follows up', () => {
    const withOrg = model.activities.filter((a) => a.facts.organizations.length > 0);
    const withRes = model.activities.filter((a) => a.facts.resolutions.length + a.facts.references.length > 0);
    expect(withOrg.length).toBeGreaterThan(0);
    expect(withRes.length).toBeGreaterThan(0);
    for (const a of withOrg) {
      const orgs = searchData(model, { collection: 'activities', id: a.id }, 'en')
        .filters.filter(([k]) => k === 'organization')
        .map(([, v]) => v);
      expect(orgs).toHaveLength(a.facts.organizations.length);
      a.facts.organizations.forEach((o, i) => expect(orgs[i]).toContain(model.get('organizations', o).text.en.title));
    }
    for (const a of withRes) {
      const res = searchData(model, { collection: 'activities', id: a.id }, 'en').filters.filter(([k]) => k === 'resolution');
      expect(res).toHaveLength(a.facts.resolutions.length + a.facts.references.length);
    }
  });

  it('leaves undated activities out of the date sort and the year facet', () => {
    const undated = model.activities.find((a) => !a.facts.start)!;
    const d = searchData(model, { collection: 'activities', id: undated.id }, 'en');
    expect(d.sort).toBeUndefined();
    expect(d.meta.date).toBeUndefined();
    expect(d.filters.some(([k]) => k === 'year')).toBe(false);
  });

  it('covers every kind of entity page, with only known filter names', () => {
    const subjects = [
      ...model.regions.map((e) => ({ collection: 'regions' as const, id: e.id })),
      ...model.forums.map((e) => ({ collection: 'forums' as const, id: e.id })),
      ...model.activities.map((e) => ({ collection: 'activities' as const, id: e.id })),
      ...model.resolutions.map((e) => ({ collection: 'resolutions' as const, id: e.id })),
      ...model.references.map((e) => ({ collection: 'references' as const, id: e.id })),
      ...model.organizations.map((e) => ({ collection: 'organizations' as const, id: e.id })),
      ...model.countries.map((iso) => ({ collection: 'countries' as const, id: iso })),
      ...model.documents.map((e) => ({ collection: 'documents' as const, id: e.id })),
    ];
    for (const locale of ['en', 'zh-cn'] as const) {
      for (const s of subjects) {
        const d = searchData(model, s, locale);
        expect(
          d.filters.filter(([k]) => k === 'type'),
          `${s.collection}/${s.id}`,
        ).toHaveLength(1);
        expect(d.meta.type).toBe(d.filters[0][1]);
        for (const [k, v] of d.filters) {
          expect(FILTER_KEYS).toContain(k);
          expect(v.trim(), `${s.collection}/${s.id} ${k}`).not.toBe('');
        }
      }
    }
  });

  it('puts a country in its ITU region and a forum in its region', () => {
    expect(searchData(model, { collection: 'countries', id: 'BB' }, 'en').filters).toEqual(
      expect.arrayContaining([
        ['region', 'Americas'],
        ['country', 'Barbados'],
      ]),
    );
    const forum = model.forums.find((f) => f.facts.region === 'eur')!;
    expect(searchData(model, { collection: 'forums', id: forum.id }, 'en').meta.region).toBe('Europe');
  });

  it('tags a resolution with the regions whose forums and activities follow it up', () => {
    const regions = regionsFollowingUp(model, 'resolutions', 'wtsa-100');
    expect(regions).toContain('afr');
    const d = searchData(model, { collection: 'resolutions', id: 'wtsa-100' }, 'en');
    expect(d.filters).toEqual(
      expect.arrayContaining([
        ['type', 'Resolution'],
        ['region', 'Africa'],
      ]),
    );
  });

  it('refuses places, which have no page', () => {
    expect(() => searchData(model, { collection: 'places', id: 'arusha' }, 'en')).toThrow(/places have no page/);
  });
});

describe('helpers', () => {
  it('lists every year a span touches', () => {
    expect(yearsOf('2023-11-28', '2024-01')).toEqual(['2023', '2024']);
    expect(yearsOf('2023')).toEqual(['2023']);
    expect(yearsOf(undefined)).toEqual([]);
  });

  it('writes Pagefind inline attributes on one line', () => {
    expect(pagefindAttr('region', 'Asia and\n the Pacific ')).toBe('region:Asia and the Pacific');
  });

  it('takes the text out of HTML, without scripts and with entities decoded', () => {
    expect(
      htmlText('<p>A &amp; B<script type="application/json">{"x":"秘密"}</script><b>&#x4E2D;&#25991;</b></p>').replace(/\s+/g, ' ').trim(),
    ).toBe('A & B 中文');
  });

  it('offers the dialog exactly the filter values the pages record', () => {
    const o = searchFilterOptions(model, 'en');
    expect(o.region).toEqual(['Africa', 'Americas', 'Arab States', 'Asia and the Pacific', 'Commonwealth of Independent States', 'Europe']);
    expect(o.type).toContain('Activity');
    expect(o.year).toEqual([...o.year].sort().reverse());
    const pageYears = new Set(
      model.activities.flatMap((a) =>
        searchData(model, { collection: 'activities', id: a.id }, 'en')
          .filters.filter(([k]) => k === 'year')
          .map(([, v]) => v),
      ),
    );
    for (const y of pageYears) expect(o.year).toContain(y);
  });
});

describe('icuTerms (Chinese words as the browser segments them)', () => {
  it('cuts 白俄罗斯 as the browser does, so a query for it matches', () => {
    // Pagefind segments the query 白俄罗斯 with Intl.Segmenter into 白 + 俄罗斯; both must be indexed.
    const query = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('白俄罗斯')].map((s) => s.segment);
    const terms = icuTerms('可持续智慧城市培训在白俄罗斯博布鲁伊斯克举行。', 'zh-cn');
    for (const w of query) expect(terms).toContain(w);
  });

  it('keeps each Chinese word once, in order, and skips punctuation, Latin and digits', () => {
    const terms = icuTerms('网络安全（ITU-T）2023年网络安全', 'zh-cn');
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.every((w) => /\p{Script=Han}/u.test(w))).toBe(true);
    expect(terms.join('')).toContain('网络');
  });

  it('adds nothing for English pages', () => {
    expect(icuTerms('Belarus 白俄罗斯', 'en')).toEqual([]);
  });
});

describe('detachedTerms (words the language writes with a joined prefix, also without it)', () => {
  it.each([
    ['fr', 'l’économie circulaire et l’AMNT-24', ['économie', 'AMNT-24', 'AMNT24']],
    // What is left must be a word of three letters at least: not "il" of "qu'il".
    ['fr', "d'Afrique, qu'il s'agisse", ['Afrique', 'agisse']],
    ['fr', 'L’Union africaine', ['Union']],
    ['fr', 'le lac Léman', []],
    ['ar', 'الخدمات المالية الرقمية', ['خدمات', 'مالية', 'رقمية']],
    ['ar', 'والاتصالات بالتعاون للتنمية', ['اتصالات', 'تعاون', 'تنمية']],
    ['ar', 'ال', []],
    ['ar', 'لإدارة الطيف', ['إدارة', 'طيف']],
    ['en', 'l’économie', []],
    ['zh-cn', '网络安全', []],
  ])('%s: %s', (locale, text, want) => {
    expect(detachedTerms(text, locale)).toEqual(want);
  });
});

describe('compoundTerms', () => {
  it.each([
    ['fr', 'la cybersécurité et les cyber-exercices', ['cyber', 'sécurité']],
    ['en', 'a regional cyberdrill', ['cyber', 'drill']],
    ['en', 'cyber', []],
    ['zh-cn', '网络安全', []],
  ])('%s: %s', (locale, text, want) => {
    expect(compoundTerms(text, locale)).toEqual(want);
  });
});

describe('pageTerms', () => {
  it('joins the segmenter’s words, the detached words and the subject’s names, each once', () => {
    expect(pageTerms('l’économie et l’économie', 'fr', ['OMM', 'économie'])).toEqual(['économie', 'OMM']);
    expect(pageTerms('白俄罗斯', 'zh-cn', ['白俄罗斯'])).toContain('俄罗斯');
  });

  it('searchData names what a page’s subject is called but may not show', () => {
    expect(searchData(model, { collection: 'organizations', id: 'wmo' }, 'fr').terms).toContain('OMM');
    expect(searchData(model, { collection: 'countries', id: 'BY' }, 'ru').terms).toContain('Беларуси');
    expect(searchData(model, { collection: 'forums', id: 'rdf-afr-2023' }, 'en').terms).toContain('RDF-AFR 2023');
  });
});
