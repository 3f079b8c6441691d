import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { organizationSchema } from '../../src/schemas/organizations.ts';
import { factsFile, issues, parse } from '../helpers/schema.ts';

describe('organizationSchema', () => {
  it('parses every organization of the content', () => {
    for (const f of readdirSync('content/organizations'))
      expect(issues(organizationSchema, factsFile(`organizations/${f}`)), f).toEqual([]);
    expect(parse(organizationSchema, factsFile('organizations/citel.yaml'))).toEqual({
      acronym: 'CITEL',
      kind: 'regional-telecom-organization',
    });
  });

  it.each<[string, object, string[]]>([
    [
      'no kind',
      {},
      [
        'kind: is required (expected an organization kind, one of: regional-telecom-organization, intergovernmental, un-system, government, regulator, standards-body, company, association, partnership)',
      ],
    ],
    [
      'unknown kind',
      { kind: 'ngo' },
      [
        'kind: "ngo" is not an organization kind (known: regional-telecom-organization, intergovernmental, un-system, government, regulator, standards-body, company, association, partnership)',
      ],
    ],
    [
      'a name as acronym',
      { kind: 'company', acronym: 'Building Industry Consulting Service International' },
      ['acronym: is 50 characters long (expected at most 20)'],
    ],
    [
      'bad country',
      { kind: 'regulator', country: 'Brazil' },
      ['country: "Brazil" is not a country code (expected ISO 3166-1 alpha-2, like "ET")'],
    ],
  ])('rejects %s', (_name, input, messages) => {
    expect(issues(organizationSchema, input)).toEqual(messages);
  });
});
