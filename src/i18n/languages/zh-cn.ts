/** Chinese: the language of the original document, published verbatim. */
import type { Language } from '../language.ts';
import { languageNames, strings, vocab } from '../strings/zh-cn.ts';

export default {
  code: 'zh-cn',
  tag: 'zh-CN',
  label: '简体中文',
  name: '中文',
  editorName: 'Chinese · 中文',
  dir: 'ltr',
  intl: { locale: 'zh-CN', list: { type: 'conjunction', style: 'narrow' }, dateRange: { separator: '至' } },
  punctuation: { colon: '：', semicolon: '；', comma: '，', parens: ['（', '）'] },
  search: { segmentScript: 'Han' },
  countries: 'zh',
  countryAliases: { AE: ['阿拉伯联合酋长国'], ID: ['印度尼西亚'] },
  documentTerms: {
    sectors: {
      'itu-d': ['电信发展局', 'ITU-D', 'BDT', '国际电联所有三个部门'],
      'itu-r': ['无线电通信局', 'ITU-R', 'BR', '国际电联所有三个部门'],
      'itu-t': ['电信标准化局', 'ITU-T', 'TSB', '国际电联所有三个部门'],
      gs: ['总秘书处'],
    },
  },
  schemaDocs: 'zh',
  strings,
  vocab,
  languageNames,
} satisfies Language;
