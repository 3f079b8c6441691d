/**
 * Issue 13, "the content check rejects an entry whose data would make an
 * invalid export": every foreign key of every data package table (including
 * the link tables) is a value the content check verifies, so content that
 * passes `npm run check` cannot export a key to nothing. A new foreign key
 * fails here until it is mapped to its check. The checks' messages are in the
 * bad-input corpus (tests/corpus/cases.ts); that the built package's keys
 * resolve is tests/site/data-package.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { dataTables } from '../../src/presentation/data-tables.ts';
import { referencePaths } from '../../src/loading/integrity.ts';
import type { FactCollection } from '../../src/schemas/index.ts';
import { realModel } from '../helpers/content.ts';

const tables = dataTables(realModel());
const keys = tables.flatMap((t) =>
  t.foreignKeys.map((fk) => ({
    key: `${t.name}.${fk.fields.join('+')}`,
    table: t,
    fields: fk.fields,
    resource: fk.reference.resource,
  })),
);

/** Keys to entries: the content fields (schema paths, "*" for list items) the integrity check resolves. */
const REFERENCES: Record<string, [FactCollection, ...string[]]> = {
  'document_key_figures.document+block': ['documents', 'keyFigures.*.block'],
  'regions.office': ['regions', 'office'],
  'region_area_offices.place': ['regions', 'areaOffices.*'],
  'region_sources.document+block': ['regions', 'source.blocks.*', 'source.also.*.blocks.*'],
  'resolution_revisions.place': ['resolutions', 'revisions.*.place'],
  'resolution_sources.document+block': ['resolutions', 'source.blocks.*', 'source.also.*.blocks.*'],
  'reference_sources.document+block': ['references', 'source.blocks.*', 'source.also.*.blocks.*'],
  'forums.region': ['forums', 'region'],
  'forums.place': ['forums', 'place'],
  'forum_organizations.organization': ['forums', 'organizers.*', 'organizations.*'],
  'forum_resolutions.resolution': ['forums', 'resolutions.*'],
  'forum_activities.activity': ['forums', 'colocated.*'],
  'forum_sources.document+block': ['forums', 'source.blocks.*', 'source.also.*.blocks.*'],
  'activities.place': ['activities', 'place'],
  'activities.forum': ['activities', 'forum'],
  'activity_regions.region': ['activities', 'regions.*'],
  'activity_organizations.organization': ['activities', 'organizers.*', 'organizations.*'],
  'activity_resolutions.resolution': ['activities', 'resolutions.*'],
  'activity_references.reference': ['activities', 'references.*'],
  'activity_parts.part': ['activities', 'parts.*'],
  'activity_merged_blocks.document+block': ['activities', 'merges.*'],
  'activity_sources.document+block': ['activities', 'source.blocks.*', 'source.also.*.blocks.*'],
};
/** Country codes: the schema's `country` accepts ISO 3166-1 codes only, and the countries table lists every code the content names. */
const COUNTRY_CODES = [
  'region_members.country',
  'places.country',
  'organizations.country',
  'forums.country',
  'forums.host',
  'forum_countries.country',
  'activities.country',
  'activities.host',
  'activity_countries.country',
];
/** Worked out, not written: a country's region is the region whose members list it. */
const DERIVED = ['countries.region'];
/** The block of a quote or figure: located by the provenance check, which rejects a quote that is not verbatim in a source block. */
const LOCATED = /^(forum|activity)_(figures|quotes)\.document\+block$/;
/** A link or child table's own entry (its first key column): the rows are written from the entries themselves. */
const own = (k: (typeof keys)[number]) => k.fields.length === 1 && k.fields[0] === k.table.primaryKey[0] && k.resource !== k.table.name;

describe('the data package’s foreign keys', () => {
  it('are each a value the content check resolves, or one that cannot point to nothing', () => {
    const unmapped = keys.filter(
      (k) => !(k.key in REFERENCES) && !COUNTRY_CODES.includes(k.key) && !DERIVED.includes(k.key) && !LOCATED.test(k.key) && !own(k),
    );
    expect(unmapped.map((k) => `${k.key} -> ${k.resource}`)).toEqual([]);
    // No stale entry: each mapping names a key the package has.
    const present = new Set(keys.map((k) => k.key));
    expect([...Object.keys(REFERENCES), ...COUNTRY_CODES, ...DERIVED].filter((k) => !present.has(k))).toEqual([]);
  });

  it.each(Object.entries(REFERENCES))(
    '%s: the integrity check resolves the content field(s) it comes from',
    (key, [collection, ...paths]) => {
      const k = keys.find((x) => x.key === key);
      if (!k) throw new Error(`no foreign key ${key}`);
      const target = k.resource === 'paragraphs' ? 'blocks' : k.resource;
      for (const path of paths) expect(referencePaths(collection)).toContainEqual({ path: path.split('.'), target });
    },
  );

  it.each(COUNTRY_CODES)('%s: is a country code column', (key) => {
    const k = keys.find((x) => x.key === key);
    if (!k) throw new Error(`no foreign key ${key}`);
    expect(k.resource).toBe('countries');
    expect(k.table.fields.find((f) => f.name === k.fields[0])?.constraints?.pattern).toBe('^[A-Z]{2}$');
  });
});
