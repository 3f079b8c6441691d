import { describe, expect, it } from 'vitest';
import { textSchema } from '../../src/schemas/texts.ts';
import { issues, parse } from '../helpers/schema.ts';

describe('textSchema', () => {
  it('parses a title-only text and a full one', () => {
    expect(parse(textSchema, { title: '非洲' })).toEqual({ title: '非洲' });
    const full = { title: 'RDF-AFR', short: 'RDF-AFR 2023', summary: 'One sentence.', theme: 'Digital transformation' };
    expect(parse(textSchema, full)).toEqual(full);
  });

  it('trims the title', () => {
    expect(parse(textSchema, { title: '  Africa \n' }).title).toBe('Africa');
  });

  it.each<[string, object, string[]]>([
    ['no title', {}, ['title: is required (expected a title)']],
    ['blank title', { title: '   ' }, ['title: is empty (expected a title)']],
    ['long title', { title: 'x'.repeat(201) }, ['title: is 201 characters long (expected at most 200)']],
    ['long short name', { title: 'x', short: 'y'.repeat(61) }, ['short: is 61 characters long (expected at most 60)']],
    ['long summary', { title: 'x', summary: 'y'.repeat(601) }, ['summary: is 601 characters long (expected at most 600)']],
    ['number as title', { title: 2023 }, ['title: 2023 is not a title (expected text)']],
    // Facts belong in the YAML: a text with a fact field is rejected.
    ['a date', { title: 'x', start: '2023-10-03' }, ['Unrecognized key: "start"']],
    ['figures', { title: 'x', figures: [] }, ['Unrecognized key: "figures"']],
    ['a country', { title: 'x', country: 'ET' }, ['Unrecognized key: "country"']],
  ])('rejects %s', (_name, input, messages) => {
    expect(issues(textSchema, input)).toEqual(messages);
  });
});
