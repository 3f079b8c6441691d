import { describe, expect, it } from 'vitest';
import { extractNumbers, numberValues, parseChineseNumeral } from '../../src/model/numbers.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['五', 5],
    ['七', 7],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十七', 27],
    ['一百', 100],
    ['一百零五', 105],
    ['三百二十', 320],
    ['一千五百', 1500],
    ['两千', 2000],
    ['一万', 10000],
    ['十万', 100000],
    ['两万五千', 25000],
    ['一亿二千万', 120000000],
    ['九十八亿六千万', 9860000000],
    ['二〇二三', 2023],
    ['零', 0],
  ])('%s is %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(['', '万', '亿', '千', '百', '万亿', 'abc', '二十a'])('"%s" is not a numeral', (s) => {
    expect(parseChineseNumeral(s)).toBeUndefined();
  });
});

describe('extractNumbers', () => {
  const values = (s: string) => extractNumbers(s).map((n) => n.value);
  const first = (s: string) => extractNumbers(s)[0];

  it.each([
    // Space-grouped thousands, as the document prints them.
    ['全球1 500多个利益攸关方', [1500]],
    ['超过18 057名学生和1 382名教师', [18057, 1382]],
    ['1\u00a0500名', [1500]],
    ['1\u202f500名', [1500]],
    // Comma grouping, as the English prints them.
    ['more than 1,500 stakeholders', [1500]],
    // A group separator needs exactly three digits after it.
    ['(2018, 300 participants)', [2018, 300]],
    ['in 2023 and 2024', [2023, 2024]],
    ['1 50名', [1, 50]],
    // Decimals and Chinese multipliers.
    ['认捐价值98.6亿美元', [9860000000]],
    ['1.5万人', [15000]],
    ['3万', [30000]],
    ['2万亿', [2000000000000]],
    // English multipliers.
    ['pledges valued at USD 9.86 billion', [9860000000]],
    ['2.5 million people', [2500000]],
    // Chinese numerals.
    ['收到了二十七项捐款', [27]],
    ['五个区域组织和七个联合国专门机构', [5, 7]],
    ['两名电信标准化局研究组助理', [2]],
    ['第十五届', [15]],
    ['一名助理', [1]],
    ['十项捐款', [10]],
    ['七个国家', [7]],
    // Words made of numeral-like characters that are not numbers.
    ['万物互联', []],
    ['千兆网络', []],
    // Dates come out as their parts.
    ['2023年10月3日至5日', [2023, 10, 3, 5]],
    ['2024年5月20-23日', [2024, 5, 20, 23]],
    ['ITU-T第20研究组', [20]],
    ['', []],
  ])('%s → %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['近300名与会者', 300, 'about'],
    ['约100名', 100, 'about'],
    ['100名左右', 100, 'about'],
    ['200多名与会者', 200, 'more-than'],
    ['1 500多个', 1500, 'more-than'],
    ['超过18 057名学生', 18057, 'more-than'],
    ['100余人', 100, 'more-than'],
    ['100名以上', 100, 'more-than'],
    ['27项捐款', 27, 'exact'],
    ['最近3年', 3, 'exact'], // 最近 is "recently", not "nearly"
    ['nearly 300 participants', 300, 'about'],
    ['more than 200 participants', 200, 'more-than'],
    ['over 100 experts', 100, 'more-than'],
  ])('%s: %d is %s', (text, value, qualifier) => {
    const n = first(text);
    expect(n.value).toBe(value);
    expect(n.qualifier).toBe(qualifier);
  });

  it('reports the raw text and its offset', () => {
    const text = '论坛迎来了近300名与会者，收到了二十七项捐款';
    const found = extractNumbers(text);
    expect(found.map((n) => n.raw)).toEqual(['300', '二十七']);
    for (const n of found) expect(text.slice(n.index, n.index + n.raw.length)).toBe(n.raw);
  });

  it('keeps 98.6亿 exact, without floating-point drift', () => {
    expect(first('98.6亿').value).toBe(9_860_000_000);
    expect(first('0.1亿').value).toBe(10_000_000);
  });

  it('numberValues gives the distinct values', () => {
    expect([...numberValues('2023年和2023年的27项与二十七项')].sort((a, b) => a - b)).toEqual([27, 2023]);
  });
});

describe('a qualifier shared by coordinated counts', () => {
  const qualifiers = (s: string) => extractNumbers(s).map((n) => [n.value, n.qualifier]);
  it.each<[string, string, [number, string][]]>([
    [
      '超过A名X和B名Y: both more than',
      '超过18 057名学生和1 382名教师',
      [
        [18057, 'more-than'],
        [1382, 'more-than'],
      ],
    ],
    [
      '约A人及B家: both about',
      '约500人及20家机构',
      [
        [500, 'about'],
        [20, 'about'],
      ],
    ],
    [
      'a qualifier after the first number governs it only',
      '200多名与会者和95名发言人',
      [
        [200, 'more-than'],
        [95, 'exact'],
      ],
    ],
    [
      'a comma ends the coordination',
      '近300名与会者，收到了27项承诺',
      [
        [300, 'about'],
        [27, 'exact'],
      ],
    ],
    [
      'a long gap is not a coordination',
      '超过100名来自区域内各国主管部门的代表和30名专家',
      [
        [100, 'more-than'],
        [30, 'exact'],
      ],
    ],
    [
      'an exact first count shares nothing',
      '120名学生和近40名教师',
      [
        [120, 'exact'],
        [40, 'about'],
      ],
    ],
    [
      'the second keeps its own qualifier',
      '超过50名学生和近10名教师',
      [
        [50, 'more-than'],
        [10, 'about'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(qualifiers(text)).toEqual(expected);
  });
});
