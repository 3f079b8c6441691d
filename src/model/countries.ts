/** Country names in the site's languages, from i18n-iso-countries (each locale entry names its `countries` language). */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { Locale } from '../schemas/vocab.ts';
import { language } from '../i18n/registry.ts';

// The library's name lists are JSON files, one per language, registered when a language first needs
// one; found from this module or, in Astro's bundled build, from the project root.
const requireFrom = (base: string) => {
  const r = createRequire(base);
  r.resolve('i18n-iso-countries/package.json');
  return r;
};
const require = (() => {
  try {
    return requireFrom(import.meta.url);
  } catch {
    return requireFrom(join(process.cwd(), 'package.json'));
  }
})();
const registered = new Set<string>();
function libLanguage(locale: Locale): string {
  const lib = language(locale).countries;
  if (!registered.has(lib)) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lib}.json`) as countries.LocaleData);
    registered.add(lib);
  }
  return lib;
}

/** Official short name of a country, e.g. "ET" → "埃塞俄比亚" / "Ethiopia". */
export function countryName(iso: string, locale: Locale): string {
  const own = language(locale).countryNames?.[iso];
  if (own) return own;
  const name = countries.getName(iso, libLanguage(locale), { select: 'official' });
  if (!name) throw new Error(`No ${locale} name for country code "${iso}"`);
  return name;
}
