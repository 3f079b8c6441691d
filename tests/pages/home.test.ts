import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { isSource, LANGUAGES } from '../../src/i18n/registry.ts';
import { blockLabel, homeStats } from '../../src/presentation/present.ts';
import { navItems } from '../../src/presentation/nav.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { all, fold, ids, links, main, one, section, text, tree } from '../helpers/html.ts';

const model = realModel();

describe('/ (language chooser)', () => {
  it('offers every language, each in its own language and direction, with hreflang alternates', () => {
    const root = tree('/');
    const sections = all('main section', root);
    expect(sections.map((s) => [s.properties.lang, s.properties.dir])).toEqual(LANGUAGES.map((l) => [l.tag, l.dir]));
    expect(links(one('main', root)!)).toEqual(LANGUAGES.map((l) => ({ href: `/${l.code}/`, text: fold(t(l.code, 'lang.enter')) })));
    expect(all('link[rel=alternate]', root).map((l) => [l.properties.hrefLang, l.properties.href])).toEqual(
      LANGUAGES.map((l) => [l.tag, `/${l.code}/`]),
    );
    // Every choice, no redirect: all stay visible.
    expect(all('meta[http-equiv]', root).filter((m) => String(m.properties.httpEquiv).toLowerCase() === 'refresh')).toEqual([]);
  });
});

describe.each(LOCALES)('home (%s)', (locale) => {
  const path = `/${locale}/`;

  it('says what the site is and whether the text is the original or our translation', () => {
    const m = main(path);
    expect(text(one('h1', m)!)).toBe(t(locale, 'site.title'));
    expect(text(m)).toContain(fold(t(locale, 'home.intro')));
    expect(text(m)).toContain(fold(t(locale, isSource(locale) ? 'lang.source' : 'lang.translation')));
  });

  it('shows the document’s key figures, each linked to the paragraph stating it', () => {
    const figures = one('ul', section(path, t(locale, 'home.figures')) ?? main(path))!;
    const items = all('li', figures).map(text);
    for (const s of homeStats(model, locale))
      expect(
        items.some((i) => i.includes(fold(s.value)) && i.includes(fold(s.label))),
        `${s.value} ${s.label}`,
      ).toBe(true);
    const doc = model.currentDocument;
    const docPage = `/${locale}/documents/${doc.id}/`;
    const sourceLinks = links(figures).filter((l) => l.href.includes('/documents/'));
    expect(sourceLinks).toEqual(
      doc.facts.keyFigures.map(() => ({ href: `${docPage}#p2-2`, text: blockLabel(model, doc.id, 'p2-2', locale) })),
    );
    expect(ids(docPage).has('p2-2')).toBe(true);
  });

  it('links the six regions and every way into the site', () => {
    const hrefs = links(main(path)).map((l) => l.href);
    for (const r of model.regions) expect(hrefs).toContain(`/${locale}/regions/${r.id}/`);
    for (const i of navItems(locale, model.currentDocument.id).slice(1)) expect(hrefs).toContain(i.href);
  });
});

describe.each(LANGUAGES.filter((l) => l.starlight))("Starlight's interface strings corrected by the $code entry", (language) => {
  it.each(Object.entries(language.starlight ?? {}))('%s reads "%s" on the home page', (_key, value) => {
    expect(text(tree(`/${language.code}/`))).toContain(value);
  });
});
