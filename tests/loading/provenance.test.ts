/**
 * checkProvenance on small in-memory sets: one document, one entry, the
 * places and organizations it names. Each case gives the original's block
 * text, the entry's facts and the exact problems (none when it is right).
 */
import { describe, expect, it } from 'vitest';
import { checkProvenance, normalizeSpace } from '../../src/loading/provenance.ts';
import type { RawContentSet } from '../../src/loading/integrity.ts';
import { formatProblem } from '../../src/loading/problems.ts';

const FILE = 'activities/a.yaml';

interface Setup {
  /** Text of each block of the document, in the language of the original. */
  blocks: Record<string, string>;
  /** Facts of the one activity; its source is the blocks named, in order. */
  facts: Record<string, unknown>;
  /** Source-language texts of places and organizations, by id. */
  names?: { places?: Record<string, Record<string, unknown>>; organizations?: Record<string, Record<string, unknown>> };
  /** More activities, by id (for umbrellas). */
  others?: Record<string, Record<string, unknown>>;
}

function setOf({ blocks, facts, names = {}, others = {} }: Setup): RawContentSet {
  const zh = (collection: string, id: string, data: Record<string, unknown>) => ({
    locale: 'zh-cn',
    collection,
    id,
    file: `${collection}/${id}.mdx`,
    data,
  });
  return {
    facts: {
      documents: [{ id: 'd', file: 'documents/d.yaml', data: { status: 'current' } }],
      regions: [],
      places: Object.keys(names.places ?? {}).map((id) => ({ id, file: `places/${id}.yaml`, data: {} })),
      organizations: Object.keys(names.organizations ?? {}).map((id) => ({ id, file: `organizations/${id}.yaml`, data: {} })),
      resolutions: [],
      references: [],
      forums: [],
      activities: [
        { id: 'a', file: FILE, data: facts },
        ...Object.entries(others).map(([id, data]) => ({ id, file: `activities/${id}.yaml`, data })),
      ],
    },
    texts: [
      zh('documents', 'd', { title: '文件', blocks }),
      ...Object.entries(names.places ?? {}).map(([id, t]) => zh('places', id, t)),
      ...Object.entries(names.organizations ?? {}).map(([id, t]) => zh('organizations', id, t)),
    ],
  };
}

const problems = (s: Setup) => checkProvenance(setOf(s)).map(formatProblem);
const source = (...blocks: string[]) => ({ blocks });

describe('normalizeSpace', () => {
  it.each([
    ['1  500', '1 500'],
    ['于2023年5月20日至\t23日', '于2023年5月20日至 23日'],
    [' 前后\n空白 ', '前后 空白'],
    ['1\u00a0500', '1 500'],
  ])('%j → %j', (raw, normal) => {
    expect(normalizeSpace(raw)).toBe(normal);
  });
});

describe('checkProvenance: the document’s key figures', () => {
  const withKeyFigures = (quote: string): RawContentSet => {
    const set = setOf({
      blocks: { b1: '六次区域发展论坛吸引了全球1 500多个利益攸关方' },
      facts: { source: source('b1'), quotes: { what: '六次区域发展论坛' } },
    });
    set.facts.documents[0].data.keyFigures = [{ key: 'stakeholders', value: 1500, qualifier: 'more-than', block: 'b1', quote }];
    return set;
  };
  it.each([
    ['a verbatim quote stating the figure and its qualifier', '全球1 500多个利益攸关方', []],
    [
      'a quote not in its block',
      '全球1 500多个代表',
      ['documents/d.yaml keyFigures[0].quote: "全球1 500多个代表" is not in the original (expected a verbatim phrase of d b1)'],
    ],
    ['a quote without the qualifier', '1 500', ['documents/d.yaml keyFigures[0].quote: "1 500" does not state 1500 (more-than)']],
  ])('%s', (_, quote, expected) => {
    expect(checkProvenance(withKeyFigures(quote)).map(formatProblem)).toEqual(expected);
  });
});

describe('checkProvenance', () => {
  it.each<[string, Setup, string[]]>([
    // Sectors: the document's words for the Bureau, or nothing.
    [
      'a sector quoted by its Bureau',
      {
        blocks: { b1: 'RO-AFR支持电信标准化局落实第100号决议' },
        facts: { sectors: ['itu-t'], quotes: { sectors: { 'itu-t': '电信标准化局' } }, source: source('b1') },
      },
      [],
    ],
    [
      'a sector whose quote names another Bureau',
      {
        blocks: { b1: '无线电通信局和电信标准化局' },
        facts: { sectors: ['itu-t'], quotes: { sectors: { 'itu-t': '无线电通信局' } }, source: source('b1') },
      },
      [
        `${FILE} quotes.sectors.itu-t: "无线电通信局" does not name the sector itu-t (expected it to contain "电信标准化局" or "ITU-T" or "TSB" or "国际电联所有三个部门")`,
      ],
    ],
    [
      'a sector the block does not name has no quote to give',
      { blocks: { b1: '为WRC-23的筹备工作提供了支持' }, facts: { sectors: ['itu-r'], source: source('b1') } },
      [`${FILE} quotes.sectors.itu-r: is missing (expected the phrase of d b1 that states the sector itu-r)`],
    ],
    [
      'a quoted sector the entry does not have',
      { blocks: { b1: '电信标准化局' }, facts: { sectors: [], quotes: { sectors: { 'itu-t': '电信标准化局' } }, source: source('b1') } },
      [`${FILE} quotes.sectors.itu-t: "itu-t" is not a sector of the entry (known: none)`],
    ],
    [
      'what it is, verbatim',
      { blocks: { b1: '代表处为WRC-23的筹备工作提供了支持' }, facts: { quotes: { what: '为WRC-23的筹备工作' }, source: source('b1') } },
      [],
    ],
    [
      'what it is, not verbatim',
      { blocks: { b1: '代表处为WRC-23的筹备工作提供了支持' }, facts: { quotes: { what: '为WRC-23筹备' }, source: source('b1') } },
      [`${FILE} quotes.what: "为WRC-23筹备" is not in the original (expected a verbatim phrase of d b1)`],
    ],
    // Whitespace: the original has "1 500", double spaces and tabs.
    [
      'a quote with one space matches a block with two',
      {
        blocks: { b1: '共有1  500名与会者参加' },
        facts: { figures: [{ key: 'participants', value: 1500, quote: '1 500名与会者' }], source: source('b1') },
      },
      [],
    ],
    [
      'a quote with two spaces matches a block with one',
      {
        blocks: { b1: '共有1 500名与会者参加' },
        facts: { figures: [{ key: 'participants', value: 1500, quote: '1  500名与会者' }], source: source('b1') },
      },
      [],
    ],
    [
      'a tab in the block is a space',
      {
        blocks: { b1: '于2023年5月20日至\t23日举办' },
        facts: { start: '2023-05-20', end: '2023-05-23', quotes: { date: '于2023年5月20日至 23日' }, source: source('b1') },
      },
      [],
    ],
    [
      'a space is not nothing: a quote without it is not verbatim',
      {
        blocks: { b1: '共有1 500名与会者' },
        facts: { figures: [{ key: 'participants', value: 1500, quote: '1500名与会者' }], source: source('b1') },
      },
      [`${FILE} figures[0].quote: "1500名与会者" is not in the original (expected a verbatim phrase of d b1)`],
    ],
    // Numbers as the original writes them.
    [
      'a Chinese numeral states its value',
      {
        blocks: { b1: '二十七个国家参加了会议' },
        facts: { figures: [{ key: 'countries', value: 27, quote: '二十七个国家' }], source: source('b1') },
      },
      [],
    ],
    [
      'spaced thousands state their value',
      {
        blocks: { b1: '覆盖18 057名学生' },
        facts: { figures: [{ key: 'students', value: 18057, quote: '18 057名学生' }], source: source('b1') },
      },
      [],
    ],
    [
      'spaced thousands are not two numbers',
      {
        blocks: { b1: '覆盖18 057名学生' },
        facts: { figures: [{ key: 'students', value: 57, quote: '18 057名学生' }], source: source('b1') },
      },
      [`${FILE} figures[0].quote: "18 057名学生" does not state 57 (expected a phrase containing the figure)`],
    ],
    [
      'a number before 日 is a date, not a count',
      {
        blocks: { b1: '于2023年8月19日举办' },
        facts: { figures: [{ key: 'participants', value: 19, quote: '2023年8月19日' }], source: source('b1') },
      },
      [`${FILE} figures[0].quote: "2023年8月19日" does not state 19 (expected a phrase containing the figure)`],
    ],
    [
      'a shared qualifier: more than both counts',
      {
        blocks: { b1: '惠及超过18 057名学生和1 382名教师' },
        facts: {
          figures: [{ key: 'teachers', value: 1382, qualifier: 'more-than', quote: '超过18 057名学生和1 382名教师' }],
          source: source('b1'),
        },
      },
      [],
    ],
    // Worldwide figures and the date they stand at.
    [
      'a worldwide figure with its asOf date in the quote',
      {
        blocks: { b1: '截至2023年8月19日，已有147个国家作出承诺' },
        facts: {
          figures: [{ key: 'countries', value: 147, scope: 'worldwide', asOf: '2023-08-19', quote: '截至2023年8月19日，已有147个国家' }],
          source: source('b1'),
        },
      },
      [],
    ],
    [
      'an asOf date the quote does not state',
      {
        blocks: { b1: '截至2023年8月19日，已有147个国家作出承诺' },
        facts: {
          figures: [{ key: 'countries', value: 147, scope: 'worldwide', asOf: '2023-08-19', quote: '已有147个国家' }],
          source: source('b1'),
        },
      },
      [`${FILE} figures[0].quote: "已有147个国家" does not state its date "2023-08-19" (asOf)`],
    ],
    // Dates: the year may be left out only where the entry's own block does not give it.
    [
      'a sub-bullet dated by its parent: no year in its own block',
      {
        blocks: { b1: '2024年，代表处开展了以下活动：', 'b1-1': '5月20日至23日举办讲习班' },
        facts: { start: '2024-05-20', end: '2024-05-23', quotes: { date: '5月20日至23日' }, source: source('b1-1', 'b1') },
      },
      [],
    ],
    [
      'the own block gives the year: the quote must state it',
      {
        blocks: { b1: '2024年5月20日至23日举办讲习班，5月20日至23日期间' },
        facts: { start: '2024-05-20', end: '2024-05-23', quotes: { date: '5月20日至23日期间' }, source: source('b1') },
      },
      [`${FILE} quotes.date: "5月20日至23日期间" does not state the date "2024-05-20" to "2024-05-23" (2024 not in it)`],
    ],
    [
      'a month-precision date needs no day',
      { blocks: { b1: '2023年9月举办' }, facts: { start: '2023-09', quotes: { date: '2023年9月' }, source: source('b1') } },
      [],
    ],
    // Names and their aliases.
    [
      'an organization named by an alias',
      {
        blocks: { b1: '与非盟合作' },
        facts: { organizations: ['au'], quotes: { names: { au: '与非盟合作' } }, source: source('b1') },
        names: { organizations: { au: { title: '非洲联盟', aliases: ['非盟'] } } },
      },
      [],
    ],
    [
      'the same name without the alias',
      {
        blocks: { b1: '与非盟合作' },
        facts: { organizations: ['au'], quotes: { names: { au: '与非盟合作' } }, source: source('b1') },
        names: { organizations: { au: { title: '非洲联盟' } } },
      },
      [`${FILE} quotes.names.au: "与非盟合作" does not name au (expected it to contain "非洲联盟")`],
    ],
    [
      'a place named by an alias',
      {
        blocks: { b1: '在亚的斯举办' },
        facts: { place: 'addis-ababa', quotes: { venue: '在亚的斯举办' }, source: source('b1') },
        names: { places: { 'addis-ababa': { title: '亚的斯亚贝巴', aliases: ['亚的斯'] } } },
      },
      [],
    ],
    [
      'a country named by a language alias',
      { blocks: { b1: '阿拉伯联合酋长国主办' }, facts: { host: 'AE', quotes: { host: '阿拉伯联合酋长国主办' }, source: source('b1') } },
      [],
    ],
    [
      'an unknown organization is left to the integrity check',
      { blocks: { b1: '与某组织合作' }, facts: { organizations: ['nobody'], source: source('b1') } },
      [],
    ],
    // Umbrellas and parts.
    [
      'an umbrella with its own block only',
      {
        blocks: { b1: '开展了两项活动：', 'b1-1': '第一项', 'b1-2': '第二项' },
        facts: { parts: ['p1', 'p2'], source: source('b1') },
        others: { p1: { source: source('b1-1', 'b1') }, p2: { source: source('b1-2', 'b1') } },
      },
      [],
    ],
    [
      'a context block shared by two activities is not an umbrella',
      {
        blocks: { b1: '开展了两项活动：', 'b1-1': '第一项', 'b1-2': '第二项' },
        facts: { source: source('b1-1', 'b1') },
        others: { p2: { source: source('b1-2', 'b1') } },
      },
      [],
    ],
  ])('%s', (_name, setup, expected) => {
    expect(problems(setup)).toEqual(expected);
  });

  it('checks nothing without the text of the original', () => {
    const set = setOf({ blocks: {}, facts: { source: source('b1') } });
    expect(checkProvenance({ ...set, texts: [] })).toEqual([]);
  });

  it('gives the line of the field', () => {
    const set = setOf({ blocks: { b1: '2023年举办' }, facts: { start: '2023', quotes: { date: '2024年' }, source: source('b1') } });
    const lines = checkProvenance(set, (file, field) => (file === FILE && field === 'quotes' ? 9 : undefined)).map(formatProblem);
    expect(lines).toEqual([`${FILE}:9 quotes.date: "2024年" is not in the original (expected a verbatim phrase of d b1)`]);
  });
});
