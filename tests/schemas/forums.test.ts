import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forumSchema } from '../../src/schemas/forums.ts';
import { factsFile, issues, parse } from '../helpers/schema.ts';

const minimal = { region: 'cis', start: '2024-03', source: { blocks: ['p2-7'] } };

describe('forumSchema', () => {
  it('parses every forum of the content', () => {
    const files = readdirSync('content/forums');
    expect(files).toHaveLength(6);
    for (const f of files) expect(issues(forumSchema, factsFile(`forums/${f}`)), f).toEqual([]);
  });

  it('parses RDF-AFR 2023 as the document states it (¶ 2.3)', () => {
    expect(parse(forumSchema, factsFile('forums/rdf-afr-2023.yaml'))).toMatchObject({
      region: 'afr',
      start: '2023-10-03',
      end: '2023-10-05',
      place: 'addis-ababa',
      country: 'ET',
      figures: [
        { key: 'participants', value: 300, qualifier: 'about' },
        { key: 'contributions', value: 27, qualifier: 'exact' },
        { key: 'p2c-commitments', value: 20, qualifier: 'exact' },
        { key: 'p2c-milestone', value: 800, qualifier: 'exact' },
      ],
    });
  });

  it('fills the defaults of a minimal entry (a month-precision forum)', () => {
    expect(parse(forumSchema, minimal)).toEqual({
      ...minimal,
      organizers: [],
      colocated: [],
      organizations: [],
      countries: [],
      resolutions: [],
      figures: [],
      quotes: {},
      source: { blocks: ['p2-7'] }, // no default document: the model resolves it to the current edition
    });
  });

  it.each<[string, object, string[]]>([
    ['missing start', { start: undefined }, ['start: is required (expected a date: "YYYY", "YYYY-MM" or "YYYY-MM-DD")']],
    ['missing region', { region: undefined }, ['region: is required (expected an id of regions)']],
    ['end before start', { start: '2023-05-22', end: '2023-05-21' }, ['end: "2023-05-21" is before start "2023-05-22"']],
    ['bad host', { host: 'Bahrain' }, ['host: "Bahrain" is not a country code (expected ISO 3166-1 alpha-2, like "ET")']],
    [
      'bad co-located id',
      { colocated: ['ITEC'] },
      ['colocated[0]: "ITEC" is not a valid id of activities (expected lower-case words joined by "-")'],
    ],
    [
      'figure as text',
      { figures: [{ key: 'participants', value: '近300', quote: '近300名与会者' }] },
      ['figures[0].value: "近300" is not a number (write 1500, not "1 500" or "1,500")'],
    ],
    ['theme in the facts', { theme: 'Digital transformation' }, ['Unrecognized key: "theme"']],
  ])('rejects %s', (_name, change, messages) => {
    expect(issues(forumSchema, { ...minimal, ...change })).toEqual(messages);
  });
});
