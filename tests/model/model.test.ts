import { describe, expect, it } from 'vitest';
import { buildModel, byDate, citationsOf, type Link } from '../../src/model/model.ts';
import { referencePaths } from '../../src/loading/integrity.ts';
import { emptyFactSets, type ContentSet } from '../../src/loading/content-set.ts';
import { FACT_COLLECTIONS, factSchema, type FactCollection } from '../../src/schemas/index.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realContent, realModel } from '../helpers/content.ts';

/** A small content set, parsed by the real schemas, with a text in every language for every entry. */
function smallSet(): ContentSet {
  const raw: Record<FactCollection, Record<string, unknown>> = {
    documents: {
      'c24-regional-presence': {
        session: 'C24',
        year: 2024,
        date: '2024',
        originalLanguage: 'zh-cn',
        languages: ['zh-cn', 'en'],
        status: 'current',
        blocks: [
          { id: 'p2', kind: 'heading', number: '2' },
          { id: 'p2-3', kind: 'paragraph', number: '2.3' },
          { id: 'p3', kind: 'heading', number: '3' },
          { id: 'p3-3', kind: 'paragraph', number: '3.3' },
          { id: 'p3-3-1', kind: 'bullet' },
          { id: 'p3-3-2', kind: 'bullet' },
        ],
      },
    },
    regions: {
      eur: { code: 'EUR', office: 'geneva', members: ['RO', 'ES'], source: { blocks: ['p3-3'] } },
      afr: { code: 'AFR', office: 'addis-ababa', members: ['ET', 'TZ'], source: { blocks: ['p3-3'] } },
    },
    places: {
      'addis-ababa': { country: 'ET', coordinates: [38.76, 9.03] },
      arusha: { country: 'TZ', coordinates: [36.68, -3.37] },
      geneva: { country: 'CH', coordinates: [6.14, 46.2] },
    },
    organizations: { eaco: { kind: 'regional-telecom-organization', acronym: 'EACO', country: 'UG' }, crasa: { kind: 'association' } },
    resolutions: {
      'wtsa-100': { body: 'wtsa', number: 100, source: { blocks: ['p3-3-2'] } },
      'pp-25': { body: 'pp', number: 25, source: { blocks: ['p3-3'] } },
    },
    references: {},
    forums: {
      'rdf-afr-2023': {
        region: 'afr',
        start: '2023-10-03',
        end: '2023-10-05',
        place: 'addis-ababa',
        countries: ['MU'],
        organizations: ['eaco'],
        resolutions: ['pp-25'],
        source: { blocks: ['p2-3'] },
      },
    },
    activities: {
      'b-undated': {
        regions: ['afr'],
        sectors: ['itu-t'],
        kind: 'outreach',
        countries: ['ZW'],
        organizations: ['eaco', 'crasa'],
        source: { blocks: ['p3-3-2'] },
      },
      'a-undated': {
        regions: ['afr'],
        sectors: ['itu-t'],
        kind: 'coordination',
        resolutions: ['wtsa-100'],
        source: { blocks: ['p3-3-2'] },
      },
      'c-arusha': {
        regions: ['afr', 'eur'],
        sectors: ['itu-t'],
        kind: 'meeting',
        start: '2023-09-12',
        end: '2023-09-22',
        place: 'arusha',
        forum: 'rdf-afr-2023',
        source: { blocks: ['p3-3-1'] },
      },
      'd-month': {
        regions: ['afr'],
        sectors: ['itu-r'],
        kind: 'workshop',
        start: '2023-09',
        country: 'ET',
        source: { blocks: ['p3-3-1', 'p3-3'] },
      },
    },
  };
  const facts = emptyFactSets();
  const texts: ContentSet['texts'] = [];
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- C correlates the collection with its entries' type in the body (a union would not type-check)
  const fill = <C extends FactCollection>(c: C) => {
    for (const [id, data] of Object.entries(raw[c]))
      facts[c].push({ id, file: `content/${c}/${id}.yaml`, data: factSchema(c).parse(data) });
  };
  for (const c of FACT_COLLECTIONS) {
    fill(c);
    for (const id of Object.keys(raw[c]))
      for (const locale of LOCALES)
        texts.push({ locale, collection: c, id, file: `content/text/${locale}/${c}/${id}.mdx`, data: { title: `${id} (${locale})` } });
  }
  return { facts, texts };
}

const ids = (links: Link[]) => links.map((l) => `${l.collection}/${l.id}`);

describe('buildModel on a small set', () => {
  const model = buildModel(smallSet());

  it('sorts regions in ITU order, forums by region, activities by start date with undated last, then by id', () => {
    expect(model.regions.map((r) => r.id)).toEqual(['afr', 'eur']);
    expect(model.activities.map((a) => a.id)).toEqual(['d-month', 'c-arusha', 'a-undated', 'b-undated']);
    expect(model.resolutions.map((r) => r.id)).toEqual(['pp-25', 'wtsa-100']);
    expect(model.organizations.map((o) => o.id)).toEqual(['crasa', 'eaco']);
    expect(model.places.map((p) => p.id)).toEqual(['addis-ababa', 'arusha', 'geneva']);
  });

  it('gives each entry its facts, its texts and their files in every language', () => {
    const a = model.get('activities', 'c-arusha');
    expect(a.facts.place).toBe('arusha');
    expect(a.text.en.title).toBe('c-arusha (en)');
    expect(a.text['zh-cn'].title).toBe('c-arusha (zh-cn)');
    expect(a.file).toBe('content/activities/c-arusha.yaml');
    expect(a.textFile).toEqual(Object.fromEntries(LOCALES.map((l) => [l, `content/text/${l}/activities/c-arusha.mdx`])));
    expect(model.currentDocument.id).toBe('c24-regional-presence');
    expect(model.documents.map((d) => d.id)).toEqual(['c24-regional-presence']);
  });

  it('get throws on an unknown entry', () => {
    expect(() => model.get('forums', 'rdf-xyz')).toThrow('Unknown forums "rdf-xyz"');
  });

  it('backlinks: every entry that references a target, sorted by collection, then in list order, without duplicates', () => {
    expect(ids(model.backlinks('regions', 'afr'))).toEqual([
      'forums/rdf-afr-2023',
      'activities/d-month',
      'activities/c-arusha',
      'activities/a-undated',
      'activities/b-undated',
    ]);
    expect(ids(model.backlinks('regions', 'eur'))).toEqual(['activities/c-arusha']);
    expect(ids(model.backlinks('organizations', 'eaco'))).toEqual(['forums/rdf-afr-2023', 'activities/b-undated']);
    expect(ids(model.backlinks('resolutions', 'wtsa-100'))).toEqual(['activities/a-undated']);
    expect(ids(model.backlinks('resolutions', 'pp-25'))).toEqual(['forums/rdf-afr-2023']);
    expect(ids(model.backlinks('forums', 'rdf-afr-2023'))).toEqual(['activities/c-arusha']);
    expect(ids(model.backlinks('places', 'geneva'))).toEqual(['regions/eur']);
    // Every entry cites the document; that is not a link a page lists, but it is recorded.
    expect(model.backlinks('documents', 'c24-regional-presence')).toHaveLength(9);
    expect(model.backlinks('organizations', 'nobody')).toEqual([]);
  });

  it('blockLinks: entries whose source cites a block', () => {
    const C24 = 'c24-regional-presence';
    expect(ids(model.blockLinks(C24, 'p3-3'))).toEqual(['regions/afr', 'regions/eur', 'activities/d-month', 'resolutions/pp-25']);
    expect(ids(model.blockLinks(C24, 'p3-3-1'))).toEqual(['activities/d-month', 'activities/c-arusha']);
    expect(ids(model.blockLinks(C24, 'p3-3-2'))).toEqual(['activities/a-undated', 'activities/b-undated', 'resolutions/wtsa-100']);
    expect(ids(model.blockLinks(C24, 'p2-3'))).toEqual(['forums/rdf-afr-2023']);
    expect(model.blockLinks(C24, 'p2')).toEqual([]);
    expect(model.blockLinks('c25-other', 'p2-3')).toEqual([]);
  });

  it('countryLinks: forums and activities by venue country, place country, host and countries concerned', () => {
    expect(ids(model.countryLinks('ET'))).toEqual(['forums/rdf-afr-2023', 'activities/d-month']); // forum via its place, activity via country
    expect(ids(model.countryLinks('TZ'))).toEqual(['activities/c-arusha']); // via its place
    expect(ids(model.countryLinks('MU'))).toEqual(['forums/rdf-afr-2023']);
    expect(ids(model.countryLinks('ZW'))).toEqual(['activities/b-undated']);
    expect(model.countryLinks('RO')).toEqual([]);
  });

  it('countries: members, places, organizations and every country mentioned, sorted', () => {
    expect(model.countries).toEqual(['CH', 'ES', 'ET', 'MU', 'RO', 'TZ', 'UG', 'ZW']);
    expect(model.regionOfCountry('TZ')?.id).toBe('afr');
    expect(model.regionOfCountry('ES')?.id).toBe('eur');
    expect(model.regionOfCountry('MU')).toBeUndefined();
  });

  it('computes once the countries a forum or activity concerns: country, place, host, countries, each once', () => {
    expect(model.countriesOf(model.get('forums', 'rdf-afr-2023'))).toEqual(['ET', 'MU']);
    expect(model.countriesOf(model.get('activities', 'c-arusha'))).toEqual(['TZ']);
    expect(model.countriesOf(model.get('activities', 'd-month'))).toEqual(['ET']);
    expect(model.countriesOf(model.get('activities', 'b-undated'))).toEqual(['ZW']);
    expect(model.countriesOf(model.get('activities', 'a-undated'))).toEqual([]);
    // The same lists, seen from the countries.
    expect(ids(model.countryLinks('ET'))).toEqual(['forums/rdf-afr-2023', 'activities/d-month']);
  });

  it('refuses an entry without a text in every language', () => {
    const set = smallSet();
    set.texts = set.texts.filter((t) => !(t.id === 'eaco' && t.locale === 'en'));
    expect(() => buildModel(set)).toThrow('content/organizations/eaco.yaml: no en text');
  });
});

describe('buildModel with two editions', () => {
  /** The small set plus a second, later edition that is current and shares block ids (p2-3) with the first. */
  function twoEditions(): ContentSet {
    const set = smallSet();
    const doc = set.facts.documents[0];
    doc.data = { ...doc.data, status: 'previous' };
    const next = factSchema('documents').parse({
      session: 'C25',
      year: 2025,
      date: '2025-06',
      originalLanguage: 'zh-cn',
      languages: ['zh-cn', 'en'],
      status: 'current',
      blocks: [
        { id: 'p2', kind: 'heading', number: '2' },
        { id: 'p2-3', kind: 'paragraph', number: '2.3' },
      ],
    });
    set.facts.documents.push({ id: 'c25-regional-presence', file: 'content/documents/c25-regional-presence.yaml', data: next });
    for (const locale of LOCALES)
      set.texts.push({
        locale,
        collection: 'documents',
        id: 'c25-regional-presence',
        file: `content/text/${locale}/documents/c25-regional-presence.mdx`,
        data: { title: `c25 (${locale})` },
      });
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- C correlates the collection with its entries' type in the body (a union would not type-check)
    const edit = <C extends FactCollection>(c: C, id: string, source: Record<string, unknown>) => {
      const e = set.facts[c].find((x) => x.id === id)!;
      e.data = { ...e.data, source };
    };
    // The forum names the older edition and is cited by the new one too; d-month cites both, the other way round.
    edit('forums', 'rdf-afr-2023', {
      document: 'c24-regional-presence',
      blocks: ['p2-3'],
      also: [{ document: 'c25-regional-presence', blocks: ['p2-3'] }],
    });
    edit('activities', 'd-month', { blocks: ['p2-3'], also: [{ document: 'c24-regional-presence', blocks: ['p3-3-1', 'p3-3'] }] });
    // The others keep naming c24, explicitly, as they would once c25 is current.
    for (const c of ['regions', 'resolutions', 'activities'] as const)
      for (const e of set.facts[c])
        if (!e.data.source.document && e.id !== 'd-month') e.data.source = { ...e.data.source, document: 'c24-regional-presence' };
    return set;
  }
  const model = buildModel(twoEditions());

  it('lists both editions and knows the current one from the data', () => {
    expect(model.documents.map((d) => d.id)).toEqual(['c24-regional-presence', 'c25-regional-presence']);
    expect(model.currentDocument.id).toBe('c25-regional-presence');
  });

  it('resolves a source without document to the current edition', () => {
    expect(citationsOf(model.get('activities', 'd-month'))).toEqual([
      { document: 'c25-regional-presence', blocks: ['p2-3'] },
      { document: 'c24-regional-presence', blocks: ['p3-3-1', 'p3-3'] },
    ]);
    expect(citationsOf(model.get('activities', 'c-arusha'))).toEqual([{ document: 'c24-regional-presence', blocks: ['p3-3-1'] }]);
  });

  it('keys block links by (document, block): the same block id in two editions has its own citers', () => {
    expect(ids(model.blockLinks('c24-regional-presence', 'p2-3'))).toEqual(['forums/rdf-afr-2023']);
    expect(ids(model.blockLinks('c25-regional-presence', 'p2-3'))).toEqual(['forums/rdf-afr-2023', 'activities/d-month']);
    expect(ids(model.blockLinks('c24-regional-presence', 'p3-3-1'))).toEqual(['activities/d-month', 'activities/c-arusha']);
    expect(model.blockLinks('c25-regional-presence', 'p3-3-1')).toEqual([]);
  });

  it('records a backlink to each edition an entry cites', () => {
    expect(ids(model.backlinks('documents', 'c25-regional-presence'))).toEqual(['forums/rdf-afr-2023', 'activities/d-month']);
    expect(ids(model.backlinks('documents', 'c24-regional-presence'))).toContain('activities/d-month');
  });

  it('refuses a set without a current edition', () => {
    const set = twoEditions();
    set.facts.documents[1].data = { ...set.facts.documents[1].data, status: 'previous' };
    expect(() => buildModel(set)).toThrow('no current document');
  });
});

describe('byDate', () => {
  const e = (id: string, start?: string) => ({ id, facts: { start } });
  it('orders by first day, a month before its days, then undated, then by id', () => {
    const sorted = [e('x', '2023-10-03'), e('u'), e('m', '2023-10'), e('y', '2023-10-01'), e('a'), e('z', '2023')]
      .sort(byDate)
      .map((x) => x.id);
    expect(sorted).toEqual(['z', 'm', 'y', 'x', 'a', 'u']);
  });
});

describe('buildModel on the real content', () => {
  const model = realModel();

  it('has every entry of every collection', () => {
    const { set } = realContent();
    expect(model.activities).toHaveLength(set.facts.activities.length);
    expect(model.forums.map((f) => f.facts.region)).toEqual(['afr', 'ams', 'arb', 'asp', 'cis', 'eur']);
    expect(model.regions.map((r) => r.id)).toEqual(['afr', 'ams', 'arb', 'asp', 'cis', 'eur']);
  });

  it('backlinks are complete and exact: a backlink exists for each reference value, and only for those', () => {
    const { set } = realContent();
    const expected = new Map<string, Set<string>>();
    for (const c of FACT_COLLECTIONS) {
      for (const { path, target } of referencePaths(c)) {
        if (target === 'blocks') continue;
        for (const e of set.facts[c]) {
          const values = path.reduce<unknown[]>(
            (vs, k) =>
              vs.flatMap((v) =>
                k === '*'
                  ? Array.isArray(v)
                    ? (v as unknown[])
                    : []
                  : v && typeof v === 'object'
                    ? [(v as Record<string, unknown>)[k]]
                    : [],
              ),
            [e.data],
          );
          for (const v of values)
            if (typeof v === 'string')
              (expected.get(`${target}/${v}`) ?? expected.set(`${target}/${v}`, new Set()).get(`${target}/${v}`)!).add(`${c}/${e.id}`);
        }
      }
    }
    expect(expected.size).toBeGreaterThan(50);
    for (const [key, from] of expected) {
      const [collection, id] = key.split('/') as [FactCollection, string];
      expect(new Set(ids(model.backlinks(collection, id))), key).toEqual(from);
    }
  });

  it('every source block of every entry leads back to it', () => {
    for (const list of [model.regions, model.forums, model.activities, model.resolutions, model.references]) {
      for (const e of list)
        for (const c of citationsOf(e))
          for (const b of c.blocks)
            expect(ids(model.blockLinks(c.document, b)), `${e.id} ${c.document} ${b}`).toContain(`${e.collection}/${e.id}`);
    }
  });
});
