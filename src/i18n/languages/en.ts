/** English: our own translation. */
import type { Language } from '../language.ts';
import { languageNames, strings, vocab } from '../strings/en.ts';

export default {
  code: 'en',
  tag: 'en',
  label: 'English',
  name: 'English',
  editorName: 'English · 英文',
  dir: 'ltr',
  // en-GB: "3–5 October 2023".
  intl: { locale: 'en-GB', list: { type: 'conjunction', style: 'narrow' } },
  punctuation: { colon: ': ', semicolon: '; ', comma: ', ', parens: [' (', ')'] },
  // Compounds written joined that readers type apart: "cyberdrill" is also found as "cyber drill".
  search: { compounds: ['cyber'] },
  countries: 'en',
  schemaDocs: 'en',
  strings,
  vocab,
  languageNames,
} satisfies Language;
