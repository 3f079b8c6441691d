/** Russian: our own translation from the Chinese original. */
import type { Language } from '../language.ts';
import { languageNames, strings, vocab } from '../strings/ru.ts';

export default {
  code: 'ru',
  tag: 'ru',
  label: 'Русский',
  name: 'Русский',
  editorName: 'Russian · 俄文',
  dir: 'ltr',
  // ru-RU: "3–5 октября 2023 г.".
  intl: { locale: 'ru-RU', list: { type: 'conjunction', style: 'long' } },
  punctuation: { colon: ': ', semicolon: '; ', comma: ', ', parens: [' (', ')'] },
  // Pagefind's Russian stemmer takes the -сь of «Беларусь» for a verb ending: the other cases are indexed as they are.
  search: { compounds: ['кибер'], countryTerms: { BY: ['Беларуси', 'Белоруссия'] } },
  // UN/ITU Russian names where i18n-iso-countries has others (the texts use these).
  countryNames: {
    AE: 'Объединенные Арабские Эмираты',
    CN: 'Китай',
    KG: 'Кыргызстан',
    KM: 'Коморские Острова',
    MD: 'Республика Молдова',
  },
  countries: 'ru',
  schemaDocs: 'en',
  strings,
  vocab,
  languageNames,
} satisfies Language;
