import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../src/schemas/activities.ts';
import { factsFile, issues, parse } from '../helpers/schema.ts';

const minimal = { regions: ['afr'], sectors: ['itu-r'], kind: 'workshop', source: { blocks: ['p3-3-1'] } };

describe('activitySchema', () => {
  it('parses every activity of the content', () => {
    for (const f of readdirSync('content/activities')) expect(issues(activitySchema, factsFile(`activities/${f}`)), f).toEqual([]);
  });

  it('fills the defaults of a minimal entry', () => {
    expect(parse(activitySchema, minimal)).toEqual({
      ...minimal,
      beneficiaries: [],
      countries: [],
      organizers: [],
      organizations: [],
      parts: [],
      merges: [],
      quotes: {},
      themes: [],
      resolutions: [],
      references: [],
      figures: [],
      source: { blocks: ['p3-3-1'] }, // no default document: the model resolves it to the current edition
    });
  });

  it('accepts no sector: the document names no Bureau for it', () => {
    expect(parse(activitySchema, { ...minimal, sectors: [] }).sectors).toEqual([]);
    const { sectors: _sectors, ...rest } = minimal;
    expect(parse(activitySchema, rest).sectors).toEqual([]);
  });

  it('keeps dates as written, at their precision', () => {
    const a = parse(activitySchema, { ...minimal, start: '2023-09', end: '2023-12' });
    expect([a.start, a.end]).toEqual(['2023-09', '2023-12']);
  });

  it.each<[string, object, string[]]>([
    ['no region', { regions: [] }, ['regions: needs at least one region']],
    ['unknown sector', { sectors: ['itu'] }, ['sectors[0]: "itu" is not a sector (known: itu-r, itu-t, itu-d, gs)']],
    [
      'unknown kind',
      { kind: 'party' },
      [
        'kind: "party" is not an activity kind (known: meeting, workshop, forum, seminar, training, exercise, project, assistance, coordination, preparation, staffing, agreement, assessment, outreach)',
      ],
    ],
    [
      'unknown theme',
      { themes: ['5g'] },
      [expect.stringMatching(/^themes\[0\]: "5g" is not a theme \(known: spectrum-management, standardization, /)],
    ],
    ['bad country', { countries: ['ET', 'XX'] }, ['countries[1]: "XX" is not a country code (expected ISO 3166-1 alpha-2, like "ET")']],
    [
      'bad reference id',
      { organizations: ['CITEL'] },
      ['organizations[0]: "CITEL" is not a valid id of organizations (expected lower-case words joined by "-")'],
    ],
    ['end before start', { start: '2024-05-23', end: '2024-05-20' }, ['end: "2024-05-20" is before start "2024-05-23"']],
    ['end without start', { end: '2024-05-20' }, ['start: is missing although end is "2024-05-20" (expected a start date)']],
    ['impossible date', { start: '2023-02-29' }, ['start: "2023-02-29" is not a real date (February 2023 has 28 days)']],
    ['unknown field', { venue: 'Arusha' }, ['Unrecognized key: "venue"']],
  ])('rejects %s', (_name, change, messages) => {
    expect(issues(activitySchema, { ...minimal, ...change })).toEqual(messages);
  });

  it('rejects a missing kind', () => {
    const { kind: _kind, ...rest } = minimal;
    expect(issues(activitySchema, rest)).toEqual([
      'kind: is required (expected an activity kind, one of: meeting, workshop, forum, seminar, training, exercise, project, assistance, coordination, preparation, staffing, agreement, assessment, outreach)',
    ]);
  });
});
