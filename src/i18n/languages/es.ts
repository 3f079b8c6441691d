/** Spanish: our own translation from the Chinese original. */
import type { Language } from '../language.ts';
import { languageNames, strings, vocab } from '../strings/es.ts';

export default {
  code: 'es',
  tag: 'es',
  label: 'Español',
  name: 'Español',
  editorName: 'Spanish · 西班牙文',
  dir: 'ltr',
  // es-ES: "3–5 de octubre de 2023".
  // "16 al 18 de agosto de 2023", as Spanish writes a range of days; months and years as Intl ranges them.
  intl: { locale: 'es-ES', dateRange: { separator: ' al ', precisions: ['day'] }, list: { type: 'conjunction', style: 'long' } },
  punctuation: { colon: ': ', semicolon: '; ', comma: ', ', parens: [' (', ')'] },
  // Compounds written joined that readers type apart: "ciberseguridad" is also found as "ciber seguridad".
  search: { compounds: ['ciber'] },
  countries: 'es',
  // ITU's Spanish names, which the texts use, where i18n-iso-countries has another.
  countryNames: {
    BY: 'Belarús',
    MW: 'Malawi',
    QA: 'Qatar',
    RO: 'Rumania',
    RW: 'Rwanda',
    SZ: 'Eswatini',
    TZ: 'Tanzanía',
    ZW: 'Zimbabwe',
  },
  schemaDocs: 'en',
  strings,
  vocab,
  languageNames,
} satisfies Language;
