/**
 * What the site needs to know about a language: one locale entry per
 * language (src/i18n/languages/<code>.ts), which `satisfies Language`. Code
 * never asks "is this Chinese?": it reads these facts.
 */
import type { z } from 'astro/zod';
import type { i18nSchema } from '@astrojs/starlight/schema';
import type { LanguageNames, Strings, VocabLabels } from './keys.ts';

export interface Language {
  /** URL segment (/zh-cn/…), the folder of its texts (content/text/<code>/) and the entry's file name. */
  code: string;
  /** BCP 47 tag, for <html lang>, hreflang and Starlight. */
  tag: string;
  /** Its name in itself, as the language chooser shows it ("简体中文"). */
  label: string;
  /** Its name in itself as the language of a text, e.g. of the document ("中文"). */
  name: string;
  /** Its name in `npm run new`'s prompts, which are in English and Chinese ("Chinese · 中文"). */
  editorName: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** Intl locale and options for dates, numbers, lists and sorting. */
  intl: {
    locale: string;
    /** E.g. "latn": Western digits, as ITU's Arabic uses. */
    numberingSystem?: string;
    /** How lists of names are joined (Intl.ListFormat). */
    list: Intl.ListFormatOptions;
    /**
     * Date ranges. Absent: Intl's formatRange. Present: both ends in full,
     * joined by `separator`, the end without the leading fields it shares
     * with the start ("2023年10月3日至5日"), for locales whose Intl range
     * pattern is not the one the documents use.
     */
    dateRange?: {
      separator: string;
      /** The precisions it applies to (default: all); the others use Intl's formatRange. */
      precisions?: readonly ('year' | 'month' | 'day')[];
    };
  };
  /** Punctuation Intl cannot give, spaces included. */
  punctuation: {
    /** After a label: "来源：" / "Source: ". */
    colon: string;
    /** Between items of a fact: "；" / "; ". */
    semicolon: string;
    /** Between the parts of a place: "达喀尔，塞内加尔" / "Dakar, Senegal". */
    comma: string;
    /** Around an aside: "（…）" / " (…)". */
    parens: readonly [open: string, close: string];
  };
  search: {
    /**
     * Script whose words are cut by the browser's segmenter (ICU) and indexed
     * as hidden search terms, for languages written without spaces (see
     * icuTerms in src/presentation/search-data.ts). Absent: none.
     */
    segmentScript?: string;
    /**
     * Prefixes the language writes joined to a word, which a reader may leave
     * out when searching: French elided articles ("l’", "d’"), the Arabic
     * article ("ال"). A word with one is also indexed without it. Absent: none.
     */
    detach?: readonly string[];
    /**
     * First parts of compounds the language writes joined, which readers also
     * type apart or hyphenated ("cyber" of "cybersécurité"): a word starting
     * with one is also indexed as its two parts. Absent: none.
     */
    compounds?: readonly string[];
    /** Other forms of country names readers search for (Russian cases, older names), by code. */
    countryTerms?: Readonly<Record<string, readonly string[]>>;
  };
  /** Language code of its country names in i18n-iso-countries ("zh"). */
  countries: string;
  /**
   * Names that replace i18n-iso-countries' for some countries, by code: the names this language's
   * texts use (ITU's Spanish "Belarús" where the library has "Bielorrusia"). Absent: none.
   */
  countryNames?: Readonly<Record<string, string>>;
  /** Other names of countries that the original, written in this language, uses (the provenance check accepts them), by code. */
  countryAliases?: Readonly<Record<string, readonly string[]>>;
  /**
   * The words by which an original written in this language names ITU's Bureaux
   * and Sectors, by sector id: a sector's quote must contain one (the provenance check).
   */
  documentTerms?: { sectors: Readonly<Record<string, readonly string[]>> };
  /** Language of the schema descriptions it shows (the schemas describe fields in English and Chinese). */
  schemaDocs: 'en' | 'zh';
  strings: Strings;
  /**
   * Starlight's own interface strings this language corrects, by Starlight's key
   * (its French "Selectionner" lacks the accent). Absent: Starlight's as shipped.
   */
  starlight?: Readonly<Partial<z.output<ReturnType<typeof i18nSchema>>>>;
  vocab: VocabLabels;
  languageNames: LanguageNames;
}
