import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionSchema } from '../../src/schemas/regions.ts';
import { REGION_IDS } from '../../src/schemas/vocab.ts';
import { factsFile, issues, parse } from '../helpers/schema.ts';

const minimal = { code: 'AFR', office: 'addis-ababa', members: ['ET'], source: { blocks: ['p3-3'] } };

describe('regionSchema', () => {
  it('parses the six regions, one file each', () => {
    expect(
      readdirSync('content/regions')
        .map((f) => f.replace('.yaml', ''))
        .sort(),
    ).toEqual([...REGION_IDS]);
    for (const id of REGION_IDS) {
      const r = parse(regionSchema, factsFile(`regions/${id}.yaml`));
      expect(r.code).toBe(id.toUpperCase());
    }
  });

  it('fills the defaults', () => {
    expect(parse(regionSchema, minimal)).toEqual({
      ...minimal,
      areaOffices: [],
      quotes: {},
      source: { blocks: ['p3-3'] }, // no default document: the model resolves it to the current edition
    });
  });

  it.each<[string, object, string[]]>([
    ['unknown code', { code: 'AFRICA' }, ['code: "AFRICA" is not a region code (known: AFR, AMS, ARB, ASP, CIS, EUR)']],
    ['no member', { members: [] }, ['members: needs at least one member country']],
    ['bad member', { members: ['ET', 'ZZ'] }, ['members[1]: "ZZ" is not a country code (expected ISO 3166-1 alpha-2, like "ET")']],
    [
      'bad office id',
      { office: 'Addis Ababa' },
      ['office: "Addis Ababa" is not a valid id of places (expected lower-case words joined by "-")'],
    ],
  ])('rejects %s', (_name, change, messages) => {
    expect(issues(regionSchema, { ...minimal, ...change })).toEqual(messages);
  });
});
