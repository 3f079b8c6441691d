import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeSchema } from '../../src/schemas/places.ts';
import { factsFile, issues, parse } from '../helpers/schema.ts';

describe('placeSchema', () => {
  it('parses every place of the content', () => {
    for (const f of readdirSync('content/places')) expect(issues(placeSchema, factsFile(`places/${f}`)), f).toEqual([]);
    expect(parse(placeSchema, factsFile('places/havana.yaml'))).toEqual({ country: 'CU', coordinates: [-82.37, 23.11] });
  });

  it.each<[string, object, string[]]>([
    ['no country', { coordinates: [0, 0] }, ['country: is required (expected an ISO 3166-1 alpha-2 country code, like "ET")']],
    ['no coordinates', { country: 'CU' }, ['coordinates: is required (expected [longitude, latitude] in degrees)']],
    [
      'latitude first is out of range',
      { country: 'CU', coordinates: [23.11, -182.37] },
      ['coordinates[1]: -182.37 is not a latitude (expected a number from -90 to 90)'],
    ],
    ['a name in the facts', { country: 'CU', coordinates: [0, 0], name: 'Havana' }, ['Unrecognized key: "name"']],
  ])('rejects %s', (_name, input, messages) => {
    expect(issues(placeSchema, input)).toEqual(messages);
  });
});
