/**
 * Interface strings and vocabulary labels of every site language, from the
 * languages' strings modules (src/i18n/strings/<code>.ts) through their
 * locale entries (src/i18n/languages/<code>.ts). Keys: src/i18n/keys.ts.
 */
import type { Locale } from '../schemas/vocab.ts';
import type { Strings, UiKey, VocabLabels } from './keys.ts';
import { LANGUAGES, language } from './registry.ts';

export type { UiKey, VocabLabels } from './keys.ts';

export const UI: Record<Locale, Strings> = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.strings]));
export const VOCAB: Record<Locale, VocabLabels> = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.vocab]));

/** Translates a key, filling {placeholders}. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return language(locale).strings[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** The name of language `of` in language `locale` ("英文"); in itself where `locale` has no name for it. */
export function languageName(locale: Locale, of: Locale): string {
  return language(locale).languageNames[of] ?? language(of).name;
}
