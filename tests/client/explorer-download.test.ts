import { describe, expect, it } from 'vitest';
import { csvFormatRow, csvParseRows } from 'd3-dsv';
import { selectCsv, selectionName, selectJson, uniqueIds, type DataRecord } from '../../src/client/explorer-download.ts';

const BOM = '\uFEFF';
const header = ['id', 'kind', 'title_zh-cn', 'title_ar', 'title_en'];
const rows = [
  ['a', 'workshop', '讲习班，"一"', 'ورشة عمل', 'Workshop, one'],
  ['b', 'forum', '论坛', 'منتدى', ''],
  ['c', 'meeting', '会议\n第二行', 'اجتماع', 'Meeting'],
];
/** A file as the data package writes it (src/presentation/data-package.ts). */
const file = `${BOM}${[header, ...rows].map((r) => csvFormatRow(r)).join('\r\n')}\r\n`;
const records: DataRecord[] = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] === '' ? null : r[i]])));

describe('selectCsv', () => {
  it.each<[string, string[], string[][]]>([
    ['every row, in the order shown', ['c', 'a', 'b'], [rows[2], rows[0], rows[1]]],
    ['one row', ['b'], [rows[1]]],
    ['no row: the header alone', [], []],
  ])('%s', (_, ids, expected) => {
    const out = selectCsv(file, ids);
    expect(out.startsWith(BOM)).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    const [head, ...body] = csvParseRows(out.slice(1).replace(/\r\n$/, ''));
    expect(head).toEqual(header);
    expect(body).toEqual(expected);
  });

  it('writes the cells exactly as the package does: the whole file back when every row is asked for', () => {
    expect(selectCsv(file, ['a', 'b', 'c'])).toBe(file);
    // fetch's text() has dropped the BOM: the same result.
    expect(selectCsv(file.slice(1), ['a', 'b', 'c'])).toBe(file);
  });

  it('fails on an id the file lacks, and on a file without an id column, naming the file', () => {
    expect(() => selectCsv(file, ['a', 'zz'], '/data/activities.csv')).toThrow('/data/activities.csv has no row with id "zz"');
    expect(() => selectCsv(`${BOM}code,name\r\nET,Ethiopia\r\n`, ['ET'], 'x.csv')).toThrow('x.csv has no id column');
  });
});

describe('selectJson', () => {
  it('keeps the records of the rows shown, in that order, field order and nulls intact', () => {
    const out = selectJson(records, ['c', 'a']);
    expect(out.endsWith('}\n]\n')).toBe(true);
    const parsed = JSON.parse(out) as DataRecord[];
    expect(parsed).toEqual([records[2], records[0]]);
    expect(Object.keys(parsed[0])).toEqual(header);
    expect(JSON.parse(selectJson(records, ['b']))).toEqual([{ ...records[1], title_en: null }]);
    expect(selectJson(records, [])).toBe('[]\n');
  });

  it('fails on an id the file lacks', () => {
    expect(() => selectJson(records, ['q'], '/data/forums.json')).toThrow('/data/forums.json has no row with id "q"');
  });
});

describe('uniqueIds and selectionName', () => {
  it('keeps the first of repeated ids, in order', () => {
    expect(uniqueIds(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
  it('names the file by table, language and format', () => {
    expect(selectionName('activities', 'zh-cn', 'csv')).toBe('activities-zh-cn-selection.csv');
    expect(selectionName('forums', 'ar', 'json')).toBe('forums-ar-selection.json');
  });
});
