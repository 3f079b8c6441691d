import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceSchema } from '../../src/schemas/references.ts';
import { factsFile, issues, parse } from '../helpers/schema.ts';

describe('referenceSchema', () => {
  it('parses every referenced document of the content', () => {
    for (const f of readdirSync('content/references')) expect(issues(referenceSchema, factsFile(`references/${f}`)), f).toEqual([]);
    expect(parse(referenceSchema, factsFile('references/tdag31-c002.yaml'))).toEqual({
      kind: 'contribution',
      symbol: 'TDAG31-C002',
      source: { blocks: ['references', 'p3-2-c2'] }, // no default document: the model resolves it to the current edition
    });
  });

  it.each<[string, object, string[]]>([
    [
      'unknown kind',
      { kind: 'letter', source: { blocks: ['references'] } },
      ['kind: "letter" is not a reference kind (known: strategic-plan, action-plan, report, contribution, council-document)'],
    ],
    ['no source', { kind: 'report' }, ['source: is required (expected the blocks it comes from, like "source: { blocks: [p3-3-1] }")']],
    [
      'bad year',
      { kind: 'report', year: 'PP-22', source: { blocks: ['references'] } },
      ['year: "PP-22" is not a year (expected a whole number from 1865 to 2100)'],
    ],
  ])('rejects %s', (_name, input, messages) => {
    expect(issues(referenceSchema, input)).toEqual(messages);
  });
});
