import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { t } from '../../src/i18n/ui.ts';
import { aside } from '../../src/i18n/format.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { all, facts, fold, links, main, one, text, times, tree } from '../helpers/html.ts';
import { expectRedirect } from '../helpers/pages.ts';

const model = realModel();
const cases = LOCALES.flatMap((locale) => model.documents.map((doc) => [locale, doc.id, doc] as const));

describe.each(cases)('document (%s, %s)', (locale, _id, doc) => {
  const path = `/${locale}/documents/${doc.id}/`;
  const m = main(path);
  const byId = new Map(all('[id]', m).map((e) => [String(e.properties.id), e]));
  /** A block's own content: its element without the nested blocks. */
  const own = (el: Element): Element => ({
    ...el,
    children: el.children.filter((c) => !(c.type === 'element' && (Boolean(c.properties.id) || c.tagName === 'ul'))),
  });

  it('shows the document’s facts, its date as <time>', () => {
    const rows = facts(path);
    // The session with its year as an aside, in the language's parentheses: "C24 (2024)" / "C24（2024）".
    expect(text(rows.get(t(locale, 'fact.session'))!)).toBe(fold(aside(locale, doc.facts.session, String(doc.facts.year))));
    expect(times(rows.get(t(locale, 'fact.date'))!).map((x) => x.datetime)).toEqual([doc.facts.date]);
  });

  it('has every block, in order, with its anchor, its number and its text', () => {
    const order = all('[id]', m)
      .map((e) => String(e.properties.id))
      .filter((id) => doc.facts.blocks.some((b) => b.id === id));
    expect(order).toEqual(doc.facts.blocks.map((b) => b.id));
    for (const b of doc.facts.blocks) {
      const el = byId.get(b.id)!;
      const own0 = text(own(el));
      expect(own0, b.id).toContain(fold(doc.text[locale].blocks![b.id]));
      if (b.number) expect(own0.startsWith(b.number), b.id).toBe(true);
      if (b.kind === 'front') expect(text(one('h2', el)!)).toBe(doc.text[locale].blockTitles![b.id]);
    }
  });

  it('links each block to every entry that cites it, and to no other', () => {
    let linked = 0;
    for (const b of doc.facts.blocks) {
      const want = model
        .blockLinks(doc.id, b.id)
        .filter((l) => l.collection !== 'documents')
        .map((l) => `/${locale}/${l.collection}/${l.id}/`);
      const have = links(own(byId.get(b.id)!))
        .map((l) => l.href)
        .filter((h) => !h.startsWith('#'));
      expect(have, b.id).toEqual(want);
      linked += have.length;
    }
    expect(linked).toBeGreaterThan(80);
  });

  it('nests bullets as list items under their paragraph', () => {
    const p33 = byId.get('p3-3')!;
    expect(all('li', p33).map((li) => li.properties.id)).toEqual(doc.facts.blocks.filter((b) => b.id.startsWith('p3-3-')).map((b) => b.id));
  });
});

describe.each(LOCALES)('the old address /%s/document/', (locale) => {
  it('redirects to the current edition, without script, and is not indexed', () => {
    expectRedirect(tree(`/${locale}/document/`), `/${locale}/documents/${model.currentDocument.id}/`, locale);
  });
});
