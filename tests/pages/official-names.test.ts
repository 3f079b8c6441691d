/**
 * Where our English title is an official name that differs from a literal
 * rendering of the original's (text field `literal`), the page says so and
 * gives the original's words.
 */
import { describe, expect, it } from 'vitest';
import { SOURCE_LOCALE, LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { main, text } from '../helpers/html.ts';

const model = realModel();
const entries = [...model.forums, ...model.activities, ...model.organizations].flatMap((e) =>
  LOCALES.filter((l) => l !== SOURCE_LOCALE && e.text[l].literal).map((l) => [`${l} ${e.collection}/${e.id}`, e, l] as const),
);

describe('official names', () => {
  it('are marked where the official English name differs from the literal rendering (the two Accessible events)', () => {
    expect(entries.map(([name]) => name)).toEqual(
      expect.arrayContaining(['en activities/eur-accessible-europe-2023', 'en activities/ams-accessible-americas-2023']),
    );
  });

  it.each(entries)('%s says its title is the official name, with the original and a literal rendering', (_, e, locale) => {
    const page = text(main(`/${locale}/${e.collection}/${e.id}/`));
    const t = e.text[locale];
    expect(page).toContain(`“${t.title}”`);
    expect(page).toContain(`“${e.text[SOURCE_LOCALE].title}”`);
    expect(page).toContain(`“${t.literal ?? ''}”`);
  });

  it('no text in the language of the original has a literal rendering', () => {
    for (const e of [...model.forums, ...model.activities, ...model.organizations])
      expect(e.text[SOURCE_LOCALE].literal, e.id).toBeUndefined();
  });
});
