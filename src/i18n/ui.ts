/**
 * Interface strings and vocabulary labels of every site language, from the
 * languages' strings modules (src/i18n/strings/<code>.ts) through their
 * locale entries (src/i18n/languages/<code>.ts). Keys: src/i18n/keys.ts.
 */
import type { Locale } from '../schemas/vocab.ts';
import type { PluralForms, PluralKey, Strings, UiKey, VocabLabels } from './keys.ts';
import { LANGUAGES, language } from './registry.ts';
import { intlTag, numberFormat } from './format.ts';
import { fill, pluralForm } from './plural.ts';

export type { PluralKey, VocabLabels } from './keys.ts';

/** Keys with one text; the plural keys go through `tn`. */
export type TextKey = Exclude<UiKey, PluralKey>;

export const UI: Record<Locale, Strings> = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.strings]));
export const VOCAB: Record<Locale, VocabLabels> = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.vocab]));

/** Translates a key, filling {placeholders}. */
export function t(locale: Locale, key: TextKey, vars: Record<string, string | number> = {}): string {
  return fill(language(locale).strings[key], vars);
}

/** Translates a plural key in the form for count `n`, which fills {n} in the language's digits. */
export function tn(locale: Locale, key: PluralKey, n: number, vars: Record<string, string | number> = {}): string {
  return fill(pluralForm(language(locale).strings[key], intlTag(locale), n), { n: numberFormat(locale).format(n), ...vars });
}

/** A plural key's forms and the Intl locale that chooses among them, for a browser script (see src/client/). */
export function pluralData(locale: Locale, key: PluralKey): { forms: PluralForms; intl: string } {
  return { forms: language(locale).strings[key], intl: intlTag(locale) };
}

/** The name of language `of` in language `locale` ("英文"); in itself where `locale` has no name for it. */
export function languageName(locale: Locale, of: Locale): string {
  return language(locale).languageNames[of] ?? language(of).name;
}
