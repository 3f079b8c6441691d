/**
 * Where our English title is an official name that differs from a literal
 * rendering of the original's (text field `literal`), the page says so and
 * gives the original's words.
 */
import { describe, expect, it } from 'vitest';
import { SOURCE_LOCALE, LOCALES } from '../../src/schemas/vocab.ts';
import { isSource } from '../../src/i18n/registry.ts';
import { t } from '../../src/i18n/ui.ts';
import { realModel } from '../helpers/content.ts';
import { fold, main, text } from '../helpers/html.ts';

const model = realModel();
const entries = [...model.forums, ...model.activities, ...model.organizations].flatMap((e) =>
  LOCALES.filter((l) => !isSource(l) && e.text[l].literal).map((l) => [`${l} ${e.collection}/${e.id}`, e, l] as const),
);

describe('official names', () => {
  it('are marked where the official English name differs from the literal rendering (the two Accessible events)', () => {
    expect(entries.map(([name]) => name)).toEqual(
      expect.arrayContaining(['en activities/eur-accessible-europe-2023', 'en activities/ams-accessible-americas-2023']),
    );
  });

  it.each(entries)('%s says its title is the official name, with the original and a literal rendering', (_, e, locale) => {
    const page = text(main(`/${locale}/${e.collection}/${e.id}/`));
    const own = e.text[locale];
    // The note in the page's language, with its own quotation marks: “…” / « … » / «…».
    expect(page).toContain(
      fold(t(locale, 'source.official', { title: own.title, original: e.text[SOURCE_LOCALE].title, literal: own.literal ?? '' })),
    );
  });

  it('no text in the language of the original has a literal rendering', () => {
    for (const e of [...model.forums, ...model.activities, ...model.organizations])
      expect(e.text[SOURCE_LOCALE].literal, e.id).toBeUndefined();
  });
});
