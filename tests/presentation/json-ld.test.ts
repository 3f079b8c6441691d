import { describe, expect, it } from 'vitest';
import { entryAt, jsonLdHead, jsonLdText, pageJsonLd, type JsonLdKind } from '../../src/presentation/json-ld.ts';
import type { Model } from '../../src/model/model.ts';
import { realModel } from '../helpers/content.ts';

const model = realModel();
const SITE = 'https://example.org';
type Node = Record<string, unknown>;
const ld = (kind: JsonLdKind, id: string, locale: 'en' | 'zh-cn' | 'ar' = 'en', m: Model = model) =>
  pageJsonLd(m, kind, id, locale, SITE) as unknown as Node;
const main = (kind: JsonLdKind, id: string, m: Model = model) => ld(kind, id, 'en', m).mainEntity as Node;

/** The real model with one forum's facts changed. */
function withFacts(id: string, facts: Record<string, unknown>): Model {
  const changed = { ...model.get('forums', id), facts: { ...model.get('forums', id).facts, ...facts } };
  const get = ((collection: string, key: string) =>
    collection === 'forums' && key === id ? changed : model.get(collection as 'forums', key)) as Model['get'];
  return { ...model, get };
}

describe('forums and activities: Event at the document’s precision, venue only where stated', () => {
  it.each([
    // id, changed facts, expected main entity (beyond name)
    [
      'rdf-afr-2023',
      {},
      {
        '@type': 'Event',
        startDate: '2023-10-03',
        endDate: '2023-10-05',
        location: { '@type': 'Place', name: 'Addis Ababa', containedInPlace: { '@type': 'Country', name: 'Ethiopia' } },
      },
    ],
    // A month only: "2024-03", no day made up; no venue stated, no location.
    ['rdf-cis-2024', {}, { '@type': 'Event', startDate: '2024-03' }],
    // A host but no venue: no location (the host is not where it took place).
    ['rdf-arb-2023', {}, { '@type': 'Event', startDate: '2023-11-06', endDate: '2023-11-07' }],
    // A country without a city.
    [
      'rdf-eur-2023',
      {},
      { '@type': 'Event', startDate: '2023-05-22', endDate: '2023-05-23', location: { '@type': 'Country', name: 'Romania' } },
    ],
    // A year only, the same day twice: no endDate.
    ['rdf-cis-2024', { start: '2024', end: '2024' }, { '@type': 'Event', startDate: '2024' }],
  ])('%s %j', (id, facts, expected) => {
    const m = Object.keys(facts).length ? withFacts(id, facts) : model;
    const e = main('forums', id, m);
    expect(e).toEqual({ name: model.get('forums', id).text.en.title, ...expected });
  });

  it.each([
    // A dated occasion is an Event; its organizers are named.
    ['ams-open-networks-seminar-2023', 'Event'],
    // A forum the document classes as outreach, on its day: an Event.
    ['asp-ai-multistakeholder-forum-2023', 'Event'],
    // A project's date is when it began: an Action, with no date.
    ['asp-dfat-critical-technologies-project', 'Action'],
    // Undated: an Action.
    ['arb-tsb-staff-cairo', 'Action'],
    ['arb-wtsa-24-preparatory-meetings', 'Action'],
  ])('%s is an %s', (id, type) => {
    const e = main('activities', id);
    const a = model.get('activities', id);
    expect(e['@type']).toBe(type);
    if (type === 'Action') expect(Object.keys(e).filter((k) => /date|time/i.test(k))).toEqual([]);
    else expect(e.startDate).toBe(a.facts.start);
    const organizers = a.facts.organizers.map((o) => ({ '@type': 'Organization', name: model.get('organizations', o).text.en.title }));
    expect(e[type === 'Event' ? 'organizer' : 'agent']).toEqual(organizers.length ? organizers : undefined);
  });
});

describe('the page: language, breadcrumb, the blocks it rests on', () => {
  it.each([
    ['regions', 'afr', 'Place', 3],
    ['resolutions', model.resolutions[0].id, 'Legislation', 3],
    ['references', model.references[0].id, 'CreativeWork', 2],
    ['organizations', 'citel', 'Organization', 3],
    ['countries', 'ET', 'Country', 3],
    ['documents', model.currentDocument.id, 'Report', 2],
  ] as const)('%s/%s: %s, a breadcrumb of %i', (kind, id, type, crumbs) => {
    const page = ld(kind, id, 'ar');
    expect(page['@context']).toBe('https://schema.org');
    expect(page['@type']).toBe('WebPage');
    expect(page.inLanguage).toBe('ar');
    expect((page.mainEntity as Node)['@type']).toBe(type);
    const items = (page.breadcrumb as { itemListElement: Node[] }).itemListElement;
    expect(items.map((i) => i.position)).toEqual(Array.from({ length: crumbs }, (_, i) => i + 1));
    expect(items.at(-1)?.item).toBeUndefined();
    expect(items[0].item).toBe(`${SITE}/ar/`);
    const based = page.isBasedOn as string[];
    expect(based.length).toBeGreaterThan(0);
    for (const u of based) expect(u).toMatch(new RegExp(`^${SITE}/ar/documents/[a-z0-9-]+/#[a-z0-9-]+$`));
  });

  it('a country the document names nowhere (a region’s member only) claims no block', () => {
    const member = model.countries.find((c) => model.countryLinks(c).length === 0);
    expect(member, 'a country named only as a member').toBeDefined();
    expect(ld('countries', member ?? '').isBasedOn).toBeUndefined();
  });

  it('the Chinese page says zh-CN, as its <html lang> does', () => {
    expect(ld('regions', 'afr', 'zh-cn').inLanguage).toBe('zh-CN');
  });

  it('an entry’s page rests on its own source blocks', () => {
    expect(ld('forums', 'rdf-afr-2023').isBasedOn).toEqual(
      model.get('forums', 'rdf-afr-2023').facts.source.blocks.map((b) => `${SITE}/en/documents/${model.currentDocument.id}/#${b}`),
    );
  });

  it('an organization’s acronym is its alternate name only where the page shows one', () => {
    for (const o of model.organizations) {
      const e = main('organizations', o.id);
      expect(Object.keys(e).includes('alternateName'), o.id).toBe(o.facts.acronym !== undefined);
    }
  });
});

describe('entryAt and the head element', () => {
  it.each([
    ['/en/regions/afr/', { kind: 'regions', id: 'afr' }],
    ['/fr/countries/et/', { kind: 'countries', id: 'ET' }],
    ['/ar/documents/c24-regional-presence/', { kind: 'documents', id: 'c24-regional-presence' }],
    ['/en/regions/', undefined],
    ['/en/regions/nowhere/', undefined],
    ['/en/map/', undefined],
    ['/en/guides/contributing/', undefined],
    ['/404.html', undefined],
  ])('%s → %j', (path, expected) => {
    expect(entryAt(model, path)).toEqual(expected);
  });

  it('is one script of type application/ld+json on entry pages, none elsewhere', () => {
    expect(jsonLdHead(model, '/en/map/', 'en', SITE)).toEqual([]);
    const [head] = jsonLdHead(model, '/en/forums/rdf-afr-2023/', 'en', SITE);
    expect(head.tag).toBe('script');
    expect(head.attrs).toEqual({ type: 'application/ld+json' });
    expect(JSON.parse(head.content)).toEqual(ld('forums', 'rdf-afr-2023'));
  });
});

describe('jsonLdText', () => {
  it.each([['</script><script>alert(1)</script>'], ['a < b'], ['<!--']])('escapes "<" in %j, and parses back to it', (name) => {
    const text = jsonLdText({ name });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name });
  });
});
