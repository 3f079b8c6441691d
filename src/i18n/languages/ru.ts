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
  search: {},
  countries: 'ru',
  schemaDocs: 'en',
  strings,
  vocab,
  languageNames,
} satisfies Language;
