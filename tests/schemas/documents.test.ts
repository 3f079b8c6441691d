import { LOCALES } from '../../src/schemas/vocab.ts';
import { describe, expect, it } from 'vitest';
import { blockSchema, documentSchema } from '../../src/schemas/documents.ts';
import { factsFile, issues, parse } from '../helpers/schema.ts';

const minimal = {
  session: 'C24',
  year: 2024,
  date: '2024',
  originalLanguage: 'zh-cn',
  languages: ['zh-cn', 'en'],
  blocks: [
    { id: 'p1', kind: 'heading', number: '1' },
    { id: 'p1-1', kind: 'paragraph', number: '1.1' },
    { id: 'p1-1-1', kind: 'bullet' },
  ],
};

describe('documentSchema', () => {
  it('parses the Council document', () => {
    const d = parse(documentSchema, factsFile('documents/c24-regional-presence.yaml'));
    expect(d.session).toBe('C24');
    expect(d.status).toBe('current');
    expect(d.body).toBe('council');
    expect(d.symbol).toBeUndefined(); // the original prints no symbol of its own
    expect(d.keyFigures).toEqual([
      { key: 'regional-development-forums', value: 6, qualifier: 'exact', block: 'p2-2', quote: '六次区域发展论坛', scope: 'entry' },
      { key: 'stakeholders', value: 1500, qualifier: 'more-than', block: 'p2-2', quote: '全球1 500多个利益攸关方', scope: 'entry' },
    ]);
    expect(d.blocks.length).toBeGreaterThan(80);
  });

  it('fills the defaults of a minimal document', () => {
    expect(parse(documentSchema, minimal)).toEqual({ ...minimal, body: 'council', status: 'previous', keyFigures: [] });
  });

  it('keeps the bibliographic facts as written: body, session, year, date at its precision, symbol', () => {
    const d = parse(documentSchema, { ...minimal, body: 'council', date: '2024-05-20', symbol: 'C24/99' });
    expect([d.body, d.session, d.year, d.date, d.symbol]).toEqual(['council', 'C24', 2024, '2024-05-20', 'C24/99']);
  });

  it.each<[string, object, string[]]>([
    ['unknown body', { body: 'itu-council' }, ['body: "itu-council" is not an ITU body (known: pp, wtdc, wtsa, council)']],
    ['bad session', { session: 'C2024' }, ['session: "C2024" is not a Council session (expected like "C24")']],
    ['bad year', { year: 24 }, ['year: 24 is not a year (expected a whole number from 1865 to 2100)']],
    ['unknown language', { originalLanguage: 'zh' }, [`originalLanguage: "zh" is not a site language (known: ${LOCALES.join(', ')})`]],
    ['no language', { languages: [] }, ['languages: needs at least one language']],
    ['no block', { blocks: [] }, ['blocks: needs at least one block']],
    ['unknown status', { status: 'latest' }, ['status: "latest" is not a document status (known: current, previous)']],
    [
      'unquoted paragraph number',
      { blocks: [{ id: 'p3-3', kind: 'paragraph', number: 3.3 }] },
      ['blocks[0].number: 3.3 is not a paragraph number (expected a quoted number like "3" or "3.3")'],
    ],
    [
      'bad paragraph number',
      { blocks: [{ id: 'p3-3', kind: 'paragraph', number: '3.3a' }] },
      ['blocks[0].number: "3.3a" is not a paragraph number (expected a quoted number like "3" or "3.3")'],
    ],
    [
      'unknown block kind',
      { blocks: [{ id: 'p3-3', kind: 'para' }] },
      ['blocks[0].kind: "para" is not a block kind (known: front, heading, paragraph, continuation, bullet, subbullet)'],
    ],
    [
      'bad block id',
      { blocks: [{ id: '3.3', kind: 'paragraph' }] },
      ['blocks[0].id: "3.3" is not a block id of the document (expected like "p3-3" or "p3-6-2-4")'],
    ],
    [
      'key figure without block',
      { keyFigures: [{ key: 'stakeholders', value: 1500, quote: '1 500多个利益攸关方' }] },
      ['keyFigures[0].block: is required (expected a block id, like "p3-3")'],
    ],
  ])('rejects %s', (_name, change, messages) => {
    expect(issues(documentSchema, { ...minimal, ...change })).toEqual(messages);
  });

  it('a block carries no text (text lives in the text files)', () => {
    expect(issues(blockSchema, { id: 'p1', kind: 'heading', number: '1', text: '背景' })).toEqual(['Unrecognized key: "text"']);
  });
});
