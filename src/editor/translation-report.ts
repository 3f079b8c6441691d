/**
 * What `npm run check` says of each translated language: how many texts are
 * up to date, outdated (the original's text or the facts changed after the
 * translation's last commit) and missing (no file, or a stub of `npm run new`
 * still marked untranslated), and which. Missing texts are also problems of
 * the check; outdated ones are listed for translators, not failed.
 */
import type { RawContentSet } from '../loading/integrity.ts';
import { countStates, statusRows, type StatusRow, type TranslationState } from '../model/translation-status.ts';
import { LOCALES, SOURCE_LOCALE } from '../schemas/vocab.ts';

export interface LanguageReport {
  locale: string;
  counts: Record<TranslationState, number>;
  /** Rows that need a translator: outdated and missing. */
  todo: StatusRow[];
}

export function translationReport(set: RawContentSet, dateOf: (file: string) => string | undefined, root = 'content'): LanguageReport[] {
  const entries = Object.entries(set.facts).flatMap(([collection, list]) =>
    list.map((e) => ({
      collection,
      id: e.id,
      file: e.file,
      // A stub is not a translation.
      textFile: Object.fromEntries(
        set.texts
          .filter((t) => t.collection === collection && t.id === e.id && t.data.untranslated !== true)
          .map((t) => [t.locale, t.file]),
      ),
    })),
  );
  const rows = statusRows(entries, SOURCE_LOCALE, LOCALES, dateOf, (e, l) => `${root}/text/${l}/${e.collection}/${e.id}.mdx`);
  return LOCALES.filter((l) => l !== SOURCE_LOCALE).map((locale) => {
    const mine = rows.filter((r) => r.locale === locale);
    return { locale, counts: countStates(mine), todo: mine.filter((r) => r.state === 'outdated' || r.state === 'missing') };
  });
}

/** The report as lines: a summary a language, then each text to do, oldest state first. */
export function formatTranslationReport(reports: LanguageReport[]): string[] {
  return reports.flatMap(({ locale, counts, todo }) => [
    `translations ${locale}: ${counts['up-to-date']} up to date, ${counts.outdated} outdated, ${counts.missing} missing${counts.unknown ? `, ${counts.unknown} without history` : ''}`,
    ...todo.map((r) =>
      r.state === 'missing'
        ? `  ${r.translationFile}: missing (translate ${r.sourceFile})`
        : `  ${r.translationFile}: outdated (its source changed on ${r.sourceDate?.slice(0, 10) ?? '?'}, the translation on ${r.translationDate?.slice(0, 10) ?? '?'})`,
    ),
  ]);
}
