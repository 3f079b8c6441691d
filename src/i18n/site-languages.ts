/** Which language plays which part on the site. The languages themselves are in src/i18n/languages/. */
export const SITE_LANGUAGES = {
  /** The language of the original document, published verbatim; every other language is a translation. */
  source: 'zh-cn',
  /** Starlight's default locale, and the language of the root page (/). */
  default: 'zh-cn',
  /** The language of the root page's <meta name="description">. */
  rootDescription: 'en',
} as const;
