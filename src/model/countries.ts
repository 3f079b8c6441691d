/** Country names in the site's languages, from i18n-iso-countries. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import type { Locale } from '../schemas/vocab.ts';

countries.registerLocale(en);
countries.registerLocale(zh);

const LIB_LANG: Record<Locale, string> = { 'zh-cn': 'zh', en: 'en' };

/** Official short name of a country, e.g. "ET" → "埃塞俄比亚" / "Ethiopia". */
export function countryName(iso: string, locale: Locale): string {
  const name = countries.getName(iso, LIB_LANG[locale], { select: 'official' });
  if (!name) throw new Error(`No ${locale} name for country code "${iso}"`);
  return name;
}
