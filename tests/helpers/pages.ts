/** Shared assertions for built pages: source lines, dates, link lists. The model is the oracle. */
import { expect } from 'vitest';
import { blockLabel } from '../../src/presentation/present.ts';
import { t } from '../../src/i18n/ui.ts';
import { language } from '../../src/i18n/registry.ts';
import { punctuation } from '../../src/i18n/format.ts';
import type { Locale } from '../../src/schemas/vocab.ts';
import { realModel } from './content.ts';
import type { Root } from 'hast';
import { all, facts, fold, ids, links, main, paragraphStarting, text, times } from './html.ts';

/** "Source:" / "来源：" / "Source :": the label and the language's colon, whitespace folded as text() folds the page's. */
const sourceLabel = (locale: Locale): string => fold(`${t(locale, 'source.label')}${punctuation(locale).colon}`);

/** The items of one fact as the page shows them: joined by the language's semicolon, whitespace folded as text() folds the page's. */
export const factItems = (locale: Locale, items: string[]): string => fold(items.join(punctuation(locale).semicolon));

/**
 * The page's "Source: ¶ 3.3" line links each block, by its label, to an
 * anchor that exists on the page of the edition it cites (`document`).
 */
export function expectSourceLine(path: string, blocks: string[], locale: Locale, document = realModel().currentDocument.id) {
  const model = realModel();
  const p = paragraphStarting(path, sourceLabel(locale));
  expect(p, `${path} has no "${sourceLabel(locale)}" line`).toBeDefined();
  const page = `/${locale}/documents/${document}/`;
  expect(links(p!)).toEqual(blocks.map((b) => ({ href: `${page}#${b}`, text: blockLabel(model, document, b, locale) })));
  const anchors = ids(page);
  for (const b of blocks) expect(anchors.has(b), `#${b} on ${page}`).toBe(true);
}

/**
 * A redirect page: a static meta refresh to `to` (delay 0), the canonical
 * link to it, a visible link to it in the page's language, noindex, and no
 * inline script (tests/site/csp.test.ts checks the policy of every page).
 */
export function expectRedirect(root: Root, to: string, locale: Locale) {
  const html = all('html', root)[0];
  expect(html.properties).toMatchObject({ lang: language(locale).tag, dir: language(locale).dir });
  const meta = (name: string, value: string) =>
    all('meta', root)
      .filter((m) => String(m.properties[name] ?? '').toLowerCase() === value)
      .map((m) => String(m.properties.content));
  expect(meta('httpEquiv', 'refresh')).toEqual([`0; url=${to}`]);
  expect(meta('name', 'robots')).toEqual(['noindex']);
  const canonical = all('link', root).filter((l) => l.properties.rel?.includes('canonical'));
  expect(canonical.map((l) => new URL(String(l.properties.href)).pathname)).toEqual([to]);
  const m = all('main', root)[0];
  expect(links(m).map((l) => l.href)).toEqual([to]);
  expect(text(m)).toContain(fold(t(locale, 'redirect.document')));
  expect(all('script', root).filter((s) => !s.properties.src && text(s).trim())).toEqual([]);
}

/** The dates row shows <time datetime> exactly as precise as the facts: "2023-10-03", or "2023-09" for a month. */
export function expectDates(path: string, start: string | undefined, end: string | undefined, label: string) {
  const dd = facts(path).get(label);
  expect(dd, `${path} has no "${label}" row`).toBeDefined();
  const want = start ? [start, ...(end && end !== start ? [end] : [])] : [];
  expect(times(dd!).map((t) => t.datetime)).toEqual(want);
  for (const d of want) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
}

/** The hrefs of every link in a page's <main>. */
export function mainHrefs(path: string): Set<string> {
  return new Set(links(main(path)).map((l) => l.href));
}

/** Asserts that a page links to each of `hrefs`. */
export function expectLinksTo(path: string, hrefs: string[]) {
  const have = mainHrefs(path);
  expect(
    hrefs.filter((h) => !have.has(h)),
    `${path} misses links`,
  ).toEqual([]);
}
