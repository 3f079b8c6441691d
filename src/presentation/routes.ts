/** getStaticPaths helpers: one page per language, or per language and entry. */
import { LOCALES, type Locale } from '../schemas/vocab.ts';

/** Props of a page that exists once per language. */
export interface LocaleProps {
  locale: Locale;
}

export function localePaths() {
  return LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}

export function entryPaths<T>(items: T[], idOf: (item: T) => string) {
  return LOCALES.flatMap((locale: Locale) => items.map((item) => ({ params: { locale, id: idOf(item) }, props: { locale, item } })));
}
