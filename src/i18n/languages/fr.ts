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
  // Elided articles and pronouns: "l’économie" is also found as "économie".
  search: {
    compounds: ['cyber'],
    detach: [
      'l’',
      "l'",
      'd’',
      "d'",
      'qu’',
      "qu'",
      'j’',
      "j'",
      'n’',
      "n'",
      's’',
      "s'",
      'c’',
      "c'",
      'jusqu’',
      "jusqu'",
      'lorsqu’',
      "lorsqu'",
    ],
  },
  starlight: {
    'themeSelect.accessibleLabel': 'Sélectionner le thème',
    'languageSelect.accessibleLabel': 'Sélectionner la langue',
  },
  // UN/ITU French names where i18n-iso-countries has others (the texts use these).
  countryNames: {
    AE: 'Émirats arabes unis',
    BY: 'Bélarus',
    CV: 'Cabo Verde',
    PS: 'État de Palestine',
    TZ: 'République-Unie de Tanzanie',
  },
  countries: 'fr',
  schemaDocs: 'en',
  strings,
  vocab,
  languageNames,
} satisfies Language;
