import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolutionSchema } from '../../src/schemas/resolutions.ts';
import { factsFile, issues, parse } from '../helpers/schema.ts';

const minimal = { body: 'pp', number: 25, source: { blocks: ['p1-1'] } };

describe('resolutionSchema', () => {
  it('parses every resolution of the content', () => {
    for (const f of readdirSync('content/resolutions')) expect(issues(resolutionSchema, factsFile(`resolutions/${f}`)), f).toEqual([]);
    expect(parse(resolutionSchema, factsFile('resolutions/pp-25.yaml')).revisions).toEqual([
      { conference: 'PP-18', place: 'dubai', year: 2018 },
      { conference: 'PP-22', place: 'bucharest', year: 2022 },
    ]);
  });

  it('fills the defaults', () => {
    expect(parse(resolutionSchema, minimal)).toEqual({
      ...minimal,
      revisions: [],
      source: { blocks: ['p1-1'] }, // no default document: the model resolves it to the current edition
    });
  });

  it.each<[string, object, string[]]>([
    ['unknown body', { body: 'itu' }, ['body: "itu" is not a resolution body (known: pp, wtdc, wtsa, council)']],
    ['number as text', { number: '25' }, ['number: "25" is not a resolution number (expected a whole number 1 or more)']],
    ['number zero', { number: 0 }, ['number: 0 is not a resolution number (expected a whole number 1 or more)']],
    [
      'revision without conference',
      { revisions: [{ place: 'dubai', year: 2018 }] },
      ['revisions[0].conference: is required (expected a conference, like "PP-22")'],
    ],
    [
      'revision year out of range',
      { revisions: [{ conference: 'PP-18', place: 'dubai', year: 18 }] },
      ['revisions[0].year: 18 is not a year (expected a whole number from 1865 to 2100)'],
    ],
  ])('rejects %s', (_name, change, messages) => {
    expect(issues(resolutionSchema, { ...minimal, ...change })).toEqual(messages);
  });
});
