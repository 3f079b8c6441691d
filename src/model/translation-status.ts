/**
 * Translation status in the spirit of Lunaria: a translation is outdated when
 * its source (the text in the original language, or the facts) was committed
 * after the translation's last commit. Pure: the dates come from git-dates.ts.
 */
export type TranslationState = 'up-to-date' | 'outdated' | 'missing' | 'unknown';

export interface StatusInput {
  /** Last commit dates of the source files (source-language text, facts); undefined when never committed. */
  sources: (string | undefined)[];
  /** Whether the translation file exists. */
  exists: boolean;
  /** Last commit date of the translation; undefined when never committed. */
  translation?: string;
}

const time = (d: string) => Date.parse(d);

export function translationState({ sources, exists, translation }: StatusInput): TranslationState {
  if (!exists) return 'missing';
  const known = sources.filter((d): d is string => d !== undefined);
  // Without history for both sides (no git, or files not committed yet) nothing can be said.
  if (translation === undefined || known.length === 0) return 'unknown';
  const latestSource = Math.max(...known.map(time));
  return latestSource > time(translation) ? 'outdated' : 'up-to-date';
}

export interface StatusRow {
  collection: string;
  id: string;
  locale: string;
  state: TranslationState;
  /** Last change of the source files. */
  sourceDate?: string;
  /** Last change of the translation. */
  translationDate?: string;
  /** The files, for edit links. */
  sourceFile: string;
  translationFile: string;
}

export interface StatusEntry {
  collection: string;
  id: string;
  /** The facts file. */
  file: string;
  /** Text files by language (absent when missing). */
  textFile: Partial<Record<string, string>>;
}

const ORDER: TranslationState[] = ['outdated', 'missing', 'unknown', 'up-to-date'];

/**
 * One row per entry and translated language. `dateOf` gives a file's last
 * commit date; `expectedText` names the text file an entry should have.
 */
export function statusRows(
  entries: StatusEntry[],
  sourceLocale: string,
  locales: readonly string[],
  dateOf: (file: string) => string | undefined,
  expectedText: (entry: StatusEntry, locale: string) => string,
): StatusRow[] {
  const rows: StatusRow[] = [];
  for (const e of entries) {
    const sourceFile = e.textFile[sourceLocale] ?? expectedText(e, sourceLocale);
    const sourceDates = [dateOf(sourceFile), dateOf(e.file)];
    const known = sourceDates.filter((d): d is string => d !== undefined);
    const sourceDate = known.length ? known.reduce((a, b) => (time(b) > time(a) ? b : a)) : undefined;
    for (const locale of locales) {
      if (locale === sourceLocale) continue;
      const file = e.textFile[locale];
      const translationDate = file ? dateOf(file) : undefined;
      rows.push({
        collection: e.collection,
        id: e.id,
        locale,
        state: translationState({ sources: sourceDates, exists: file !== undefined, translation: translationDate }),
        sourceDate,
        translationDate,
        sourceFile,
        translationFile: file ?? expectedText(e, locale),
      });
    }
  }
  return rows.sort(
    (a, b) =>
      ORDER.indexOf(a.state) - ORDER.indexOf(b.state) ||
      (a.collection < b.collection ? -1 : a.collection > b.collection ? 1 : a.id < b.id ? -1 : 1),
  );
}

/** How many rows are in each state. */
export function countStates(rows: StatusRow[]): Record<TranslationState, number> {
  const out: Record<TranslationState, number> = { 'up-to-date': 0, outdated: 0, missing: 0, unknown: 0 };
  for (const r of rows) out[r.state]++;
  return out;
}
