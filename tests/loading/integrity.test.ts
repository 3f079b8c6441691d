import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkIntegrity, referencePaths, type RawContentSet as ContentSet } from '../../src/loading/integrity.ts';
import { ref } from '../../src/schemas/fields.ts';
import { FACT_COLLECTIONS, type FactCollection } from '../../src/schemas/index.ts';
import { formatProblem } from '../../src/loading/problems.ts';
import { realContent } from '../helpers/content.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/schemas/vocab.ts';

const SOURCE = [
  { path: ['source', 'document'], target: 'documents' },
  { path: ['source', 'blocks', '*'], target: 'blocks' },
  { path: ['source', 'also', '*', 'document'], target: 'documents' },
  { path: ['source', 'also', '*', 'blocks', '*'], target: 'blocks' },
];

describe('referencePaths', () => {
  it.each<[FactCollection, { path: string[]; target: string }[]]>([
    [
      'documents',
      [
        { path: ['keyFigures', '*', 'block'], target: 'blocks' },
        { path: ['blocks', '*', 'id'], target: 'blocks' },
      ],
    ],
    ['regions', [{ path: ['office'], target: 'places' }, { path: ['areaOffices', '*'], target: 'places' }, ...SOURCE]],
    ['places', []],
    ['organizations', []],
    ['resolutions', [{ path: ['revisions', '*', 'place'], target: 'places' }, ...SOURCE]],
    ['references', SOURCE],
    [
      'forums',
      [
        { path: ['region'], target: 'regions' },
        { path: ['place'], target: 'places' },
        { path: ['organizers', '*'], target: 'organizations' },
        { path: ['colocated', '*'], target: 'activities' },
        { path: ['organizations', '*'], target: 'organizations' },
        { path: ['resolutions', '*'], target: 'resolutions' },
        ...SOURCE,
      ],
    ],
    [
      'activities',
      [
        { path: ['regions', '*'], target: 'regions' },
        { path: ['place'], target: 'places' },
        { path: ['organizers', '*'], target: 'organizations' },
        { path: ['organizations', '*'], target: 'organizations' },
        { path: ['resolutions', '*'], target: 'resolutions' },
        { path: ['references', '*'], target: 'references' },
        { path: ['forum'], target: 'forums' },
        { path: ['parts', '*'], target: 'activities' },
        { path: ['merges', '*'], target: 'blocks' },
        ...SOURCE,
      ],
    ],
  ])('finds every reference field of %s', (collection, expected) => {
    expect(referencePaths(collection)).toEqual(expected);
  });

  it('misses no field whose values are ids of another collection (checked on the real content)', () => {
    // Any field, at any depth, whose every value in the content is an id of one collection must be declared a reference.
    const { set } = realContent();
    const idsOf = Object.fromEntries(FACT_COLLECTIONS.map((c) => [c, new Set(set.facts[c].map((e) => e.id))]));
    const values = new Map<string, string[]>();
    const walk = (v: unknown, path: string[], key: string) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, [...path, '*'], key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k], key);
      else if (typeof v === 'string') values.set(`${key}:${path.join('.')}`, [...(values.get(`${key}:${path.join('.')}`) ?? []), v]);
    };
    for (const c of FACT_COLLECTIONS) for (const e of set.facts[c]) walk(e.data, [], c);
    const declared = new Set(FACT_COLLECTIONS.flatMap((c) => referencePaths(c).map((p) => `${c}:${p.path.join('.')}`)));
    const undeclared = [...values].filter(
      ([key, vs]) => !declared.has(key) && FACT_COLLECTIONS.some((c) => vs.every((v) => idsOf[c].has(v))),
    );
    expect(undeclared.map(([key]) => key)).toEqual([]);
  });

  it('finds refs nested in objects, arrays, optionals and defaults', () => {
    const schema = z.object({ a: ref('places').optional(), b: z.array(z.object({ c: ref('regions') })).default([]), d: z.string() });
    // referencePaths reads FACT_SCHEMAS; check the same walk on an ad-hoc schema through its JSON Schema.
    const json = JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
    expect(json).toContain('"ref":"places"');
    expect(json).toContain('"ref":"regions"');
  });
});

/** A tiny set: one document with two blocks, a region and its place, texts in both languages. */
function tinySet(): ContentSet {
  const text = (locale: string, collection: string, id: string, data: Record<string, unknown> = { title: id }) => ({
    locale,
    collection,
    id,
    file: `content/text/${locale}/${collection}/${id}.mdx`,
    data,
  });
  const docText = { title: 'doc', blocks: { p3: '实施框架', 'p3-3': '……' } };
  return {
    facts: {
      documents: [
        {
          id: 'doc',
          file: 'content/documents/doc.yaml',
          data: {
            status: 'current',
            blocks: [
              { id: 'p3', kind: 'heading' },
              { id: 'p3-3', kind: 'paragraph' },
            ],
          },
        },
      ],
      regions: [
        {
          id: 'afr',
          file: 'content/regions/afr.yaml',
          data: { office: 'addis-ababa', areaOffices: [], members: ['ET'], source: { document: 'doc', blocks: ['p3-3'] } },
        },
      ],
      places: [{ id: 'addis-ababa', file: 'content/places/addis-ababa.yaml', data: { country: 'ET', coordinates: [38, 9] } }],
      organizations: [],
      resolutions: [],
      references: [],
      forums: [],
      activities: [],
    },
    // A text of each entry in every site language: the original's, and the same English words for every translation.
    texts: LOCALES.flatMap((l) => [
      text(l, 'documents', 'doc', l === SOURCE_LOCALE ? docText : { title: 'doc', blocks: { p3: 'Framework', 'p3-3': '…' } }),
      text(l, 'regions', 'afr'),
      text(l, 'places', 'addis-ababa'),
    ]),
  };
}
const check = (set: ContentSet) => checkIntegrity(set).map(formatProblem);

describe('checkIntegrity', () => {
  it('passes a consistent set, and the real content', () => {
    expect(check(tinySet())).toEqual([]);
    expect(checkIntegrity(realContent().set)).toEqual([]);
  });

  it('reports an unknown reference and an unknown block', () => {
    const set = tinySet();
    set.facts.regions[0].data = { ...set.facts.regions[0].data, office: 'adis', source: { document: 'doc', blocks: ['p3-4'] } };
    expect(check(set)).toEqual([
      'content/regions/afr.yaml office: "adis" is not a place (known: addis-ababa)',
      'content/regions/afr.yaml source.blocks[0]: "p3-4" is not a block of document doc (known: p3, p3-3)',
    ]);
  });

  it('reports a missing translation and a translation without entry', () => {
    const set = tinySet();
    set.texts = set.texts.filter((t) => !(t.locale === 'en' && t.collection === 'regions'));
    set.texts.push({ locale: 'en', collection: 'places', id: 'dakar', file: 'content/text/en/places/dakar.mdx', data: { title: 'Dakar' } });
    expect(check(set)).toEqual([
      'content/text/en/places/dakar.mdx has no source entry: content/places/dakar.yaml does not exist (create it, or delete this text)',
      'content/regions/afr.yaml has no en text (expected content/text/en/regions/afr.mdx)',
    ]);
  });

  it('reports a document block without text, and text for a block that does not exist', () => {
    const set = tinySet();
    set.texts.find((t) => t.locale === 'en' && t.collection === 'documents')!.data = {
      title: 'doc',
      blocks: { p3: 'Framework', 'p3-9': '…' },
    };
    expect(check(set)).toEqual([
      'content/text/en/documents/doc.mdx blocks.p3-3: is missing (every block of the document needs its text)',
      'content/text/en/documents/doc.mdx blocks.p3-9: "p3-9" is not a block of document doc',
    ]);
  });

  it('does not repeat, as missing, an entry already reported as invalid', () => {
    const set = tinySet();
    set.facts.places = [];
    set.invalid = { facts: [{ collection: 'places', id: 'addis-ababa' }], texts: [] };
    expect(check(set)).toEqual([]);
    set.invalid = { facts: [], texts: [] };
    expect(check(set)).toHaveLength(1 + LOCALES.length); // the office reference and the text in each language
  });
});
