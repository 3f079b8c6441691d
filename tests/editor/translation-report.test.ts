import { describe, expect, it } from 'vitest';
import { formatTranslationReport, translationReport } from '../../src/editor/translation-report.ts';
import type { RawContentSet } from '../../src/loading/integrity.ts';
import { FACT_COLLECTIONS } from '../../src/schemas/index.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/schemas/vocab.ts';

const others = LOCALES.filter((l) => l !== SOURCE_LOCALE);
const target = others[0];

/** Three places: one translated after its source, one translated before its source changed, one only a stub. */
function set(): RawContentSet {
  const facts = Object.fromEntries(FACT_COLLECTIONS.map((c) => [c, []])) as unknown as RawContentSet['facts'];
  facts.places = ['fresh', 'stale', 'stub'].map((id) => ({ id, file: `content/places/${id}.yaml`, data: {} }));
  const text = (locale: string, id: string, data: Record<string, unknown> = { title: id }) => ({
    locale,
    collection: 'places',
    id,
    file: `content/text/${locale}/places/${id}.mdx`,
    data,
  });
  return {
    facts,
    texts: [
      ...['fresh', 'stale', 'stub'].map((id) => text(SOURCE_LOCALE, id)),
      text(target, 'fresh'),
      text(target, 'stale'),
      text(target, 'stub', { title: 'stub', untranslated: true }),
    ],
  };
}

const DATES: Record<string, string> = {
  'content/places/fresh.yaml': '2026-01-01T00:00:00Z',
  [`content/text/${SOURCE_LOCALE}/places/fresh.mdx`]: '2026-01-01T00:00:00Z',
  [`content/text/${target}/places/fresh.mdx`]: '2026-02-01T00:00:00Z',
  'content/places/stale.yaml': '2026-03-01T00:00:00Z',
  [`content/text/${SOURCE_LOCALE}/places/stale.mdx`]: '2026-01-01T00:00:00Z',
  [`content/text/${target}/places/stale.mdx`]: '2026-02-01T00:00:00Z',
  'content/places/stub.yaml': '2026-01-01T00:00:00Z',
};

describe('translationReport', () => {
  it('counts each language’s texts up to date, outdated and missing (a stub is missing), and lists those to do', () => {
    const reports = translationReport(set(), (f) => DATES[f]);
    expect(reports.map((r) => r.locale)).toEqual(others);
    const mine = reports.find((r) => r.locale === target)!;
    expect(mine.counts).toEqual({ 'up-to-date': 1, outdated: 1, missing: 1, unknown: 0 });
    expect(formatTranslationReport([mine])).toEqual([
      `translations ${target}: 1 up to date, 1 outdated, 1 missing`,
      `  content/text/${target}/places/stale.mdx: outdated (its source changed on 2026-03-01, the translation on 2026-02-01)`,
      `  content/text/${target}/places/stub.mdx: missing (translate content/text/${SOURCE_LOCALE}/places/stub.mdx)`,
    ]);
  });

  it('says when there is no history to compare', () => {
    const [first] = translationReport(set(), () => undefined);
    expect(formatTranslationReport([first])[0]).toMatch(/, \d+ without history$/);
  });
});
