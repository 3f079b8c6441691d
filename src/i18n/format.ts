/**
 * Formatting driven by a language's locale entry: Intl with the entry's
 * locale and options, and the punctuation Intl cannot give.
 */
import type { Locale } from '../schemas/vocab.ts';
import { language } from './registry.ts';

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** The language's punctuation: colon, semicolon, comma and parentheses, spaces included. */
export const punctuation = (locale: Locale) => language(locale).punctuation;

/** "title（aside）" / "title (aside)". */
export function aside(locale: Locale, text: string, inParens: string): string {
  const [open, close] = punctuation(locale).parens;
  return `${text}${open}${inParens}${close}`;
}

/** A list of names, joined as the language's Intl.ListFormat options say ("a、b、c" / "a, b, c"). */
export function formatList(locale: Locale, items: string[]): string {
  const l = language(locale);
  return cached(`list/${locale}`, () => new Intl.ListFormat(l.intl.locale, l.intl.list)).format(items);
}

/** Parts of a place, general to particular reversed: "Dakar, Senegal" / "达喀尔，塞内加尔". */
export const joinPlace = (locale: Locale, parts: string[]) => parts.filter(Boolean).join(punctuation(locale).comma);

/** The Intl locale as one tag, options included ("ar-u-nu-latn"), for code that gets only a string (the browser's). */
export function intlTag(locale: Locale): string {
  const { locale: tag, numberingSystem } = language(locale).intl;
  return new Intl.Locale(tag, numberingSystem ? { numberingSystem } : {}).toString();
}

export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const l = language(locale);
  return cached(
    `number/${locale}/${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(l.intl.locale, { numberingSystem: l.intl.numberingSystem, ...options }),
  );
}

/** Creating an Intl.DateTimeFormat costs far more than formatting with one: one per language and options. */
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const l = language(locale);
  return cached(
    `date/${locale}/${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(l.intl.locale, { numberingSystem: l.intl.numberingSystem, ...options }),
  );
}

export function collator(locale: Locale): Intl.Collator {
  return cached(`collator/${locale}`, () => new Intl.Collator(language(locale).intl.locale));
}
