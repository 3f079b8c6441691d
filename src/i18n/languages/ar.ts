/** Arabic: our own translation from the Chinese original. */
import type { Language } from '../language.ts';
import { languageNames, strings, vocab } from '../strings/ar.ts';

export default {
  code: 'ar',
  tag: 'ar',
  label: 'العربية',
  name: 'العربية',
  editorName: 'Arabic · 阿拉伯文',
  dir: 'rtl',
  // Western digits, as ITU's Arabic documents use: "3–5 أكتوبر 2023".
  intl: { locale: 'ar', numberingSystem: 'latn', list: { type: 'conjunction', style: 'long' } },
  punctuation: { colon: ': ', semicolon: '؛ ', comma: '، ', parens: [' (', ')'] },
  // The article, and the conjunctions and prepositions written joined to a word: "الخدمات" is also found
  // as "خدمات", "لإدارة" as "إدارة".
  // "أبوظبي" is also typed "أبو ظبي".
  search: {
    compounds: ['أبو'],
    detach: ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'],
  },
  // UN/ITU Arabic names where i18n-iso-countries has others (the texts use these).
  countryNames: {
    BY: 'بيلاروس',
    CV: 'كابو فيردي',
    MW: 'ملاوي',
    SC: 'سيشيل',
    SZ: 'إسواتيني',
    TZ: 'جمهورية تنزانيا المتحدة',
  },
  countries: 'ar',
  schemaDocs: 'en',
  strings,
  vocab,
  languageNames,
} satisfies Language;
