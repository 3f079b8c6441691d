/**
 * The translation status page's table (src/components/TranslationStatus.astro):
 * up to date / outdated / missing per entry and translated language, from git
 * history (src/model/translation-status.ts). Computed by the route middleware
 * for the guide page that shows it.
 */
import type { AnyEntry, Model } from '../model/model.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../schemas/vocab.ts';
import { fileHistory, lastCommit } from '../model/git-dates.ts';
import { countStates, statusRows, type StatusRow, type TranslationState } from '../model/translation-status.ts';
import { editUrl, entryFiles } from './edit.ts';
import { hrefOf, titleOf } from './present.ts';

interface TranslationTableRow extends StatusRow {
  href: string;
  title: string;
  sourceUrl: string;
  translationUrl: string;
}

export interface TranslationTable {
  /** No git history: every date is unknown. */
  noHistory: boolean;
  counts: Record<TranslationState, number>;
  rows: TranslationTableRow[];
}

/** The text file an entry should have in a language. */
function textFileOf(facts: string, locale: Locale): string {
  const pair = entryFiles(facts, locale);
  if (!pair) throw new Error(`translation status: ${facts} is not an entry's facts file`);
  return pair.text;
}

export function translationTable(model: Model, locale: Locale, history = fileHistory()): TranslationTable {
  const all: AnyEntry[] = [
    ...model.documents,
    ...model.regions,
    ...model.forums,
    ...model.activities,
    ...model.resolutions,
    ...model.references,
    ...model.organizations,
    ...model.places,
  ];
  const byKey = new Map(all.map((e) => [`${e.collection}/${e.id}`, e]));
  const rows = statusRows(
    all.map((e) => ({ collection: e.collection, id: e.id, file: e.file, textFile: e.textFile })),
    SOURCE_LOCALE,
    LOCALES,
    (f) => lastCommit(f, history),
    (e, l) => textFileOf(e.file, l),
  );
  return {
    noHistory: history.size === 0,
    counts: countStates(rows),
    rows: rows.map((r) => {
      const e = byKey.get(`${r.collection}/${r.id}`);
      if (!e) throw new Error(`translation status: no entry ${r.collection}/${r.id}`);
      return {
        ...r,
        href: hrefOf(model, e, locale),
        title: titleOf(e, locale),
        sourceUrl: editUrl(r.sourceFile),
        translationUrl: editUrl(r.translationFile),
      };
    }),
  };
}
