import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { isSource } from '../../src/i18n/registry.ts';
import { homeStats } from '../../src/presentation/present.ts';
import { navItems } from '../../src/presentation/nav.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { realModel } from '../helpers/content.ts';
import { all, ids, links, main, one, section, text, tree } from '../helpers/html.ts';

const model = realModel();

describe('/ (language chooser)', () => {
  it('offers both languages, each in its own language, with hreflang alternates', () => {
    const root = tree('/');
    const sections = all('main section', root);
    expect(sections.map((s) => s.properties.lang)).toEqual(['zh-CN', 'en']);
    expect(links(one('main', root)!)).toEqual([
      { href: '/zh-cn/', text: '进入中文网站' },
      { href: '/en/', text: 'Enter the site in English' },
    ]);
    expect(all('link[rel=alternate]', root).map((l) => [l.properties.hrefLang, l.properties.href])).toEqual([
      ['zh-CN', '/zh-cn/'],
      ['en', '/en/'],
    ]);
    // Two choices, no redirect: both stay visible.
    expect(all('meta[http-equiv]', root).filter((m) => String(m.properties.httpEquiv).toLowerCase() === 'refresh')).toEqual([]);
  });
});

describe.each(LOCALES)('home (%s)', (locale) => {
  const path = `/${locale}/`;

  it('says what the site is and whether the text is the original or our translation', () => {
    const m = main(path);
    expect(text(one('h1', m)!)).toBe(t(locale, 'site.title'));
    expect(text(m)).toContain(t(locale, 'home.intro'));
    expect(text(m)).toContain(t(locale, isSource(locale) ? 'lang.source' : 'lang.translation'));
  });

  it('shows the document’s key figures, each linked to the paragraph stating it', () => {
    const figures = one('ul', section(path, t(locale, 'home.figures')) ?? main(path))!;
    const items = all('li', figures).map(text);
    for (const s of homeStats(model, locale))
      expect(
        items.some((i) => i.includes(s.value) && i.includes(s.label)),
        `${s.value} ${s.label}`,
      ).toBe(true);
    const doc = model.currentDocument;
    const docPage = `/${locale}/documents/${doc.id}/`;
    const sourceLinks = links(figures).filter((l) => l.href.includes('/documents/'));
    expect(sourceLinks).toEqual(doc.facts.keyFigures.map(() => ({ href: `${docPage}#p2-2`, text: locale === 'en' ? '¶ 2.2' : '第2.2段' })));
    expect(ids(docPage).has('p2-2')).toBe(true);
  });

  it('links the six regions and every way into the site', () => {
    const hrefs = links(main(path)).map((l) => l.href);
    for (const r of model.regions) expect(hrefs).toContain(`/${locale}/regions/${r.id}/`);
    for (const i of navItems(locale, model.currentDocument.id).slice(1)) expect(hrefs).toContain(i.href);
  });
});
