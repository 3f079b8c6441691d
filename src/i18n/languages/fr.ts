/** French: our own translation from the Chinese original. */
import type { Language } from '../language.ts';
import { languageNames, strings, vocab } from '../strings/fr.ts';

export default {
  code: 'fr',
  tag: 'fr',
  label: 'Français',
  name: 'Français',
  editorName: 'French · 法文',
  dir: 'ltr',
  // fr-FR: "3–5 octobre 2023".
  intl: { locale: 'fr-FR', list: { type: 'conjunction', style: 'long' } },
  // French typography: a no-break space before the colon, a narrow no-break space before the semicolon.
  punctuation: { colon: '\u00a0: ', semicolon: '\u202f; ', comma: ', ', parens: [' (', ')'] },
  search: {},
  countries: 'fr',
  schemaDocs: 'en',
  strings,
  vocab,
  languageNames,
} satisfies Language;
