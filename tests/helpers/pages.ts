/** Shared assertions for built pages: source lines, dates, link lists. The model is the oracle. */
import { expect } from 'vitest';
import { blockLabel } from '../../src/presentation/present.ts';
import type { Locale } from '../../src/schemas/vocab.ts';
import { realModel } from './content.ts';
import { facts, ids, links, main, paragraphStarting, times } from './html.ts';

const SOURCE_LABEL: Record<Locale, string> = { en: 'Source:', 'zh-cn': '来源：' };

/** The page's "Source: ¶ 3.3" line links each block, by its label, to an anchor that exists on the document page. */
export function expectSourceLine(path: string, blocks: string[], locale: Locale) {
  const model = realModel();
  const p = paragraphStarting(path, SOURCE_LABEL[locale]);
  expect(p, `${path} has no "${SOURCE_LABEL[locale]}" line`).toBeDefined();
  expect(links(p!)).toEqual(blocks.map((b) => ({ href: `/${locale}/document/#${b}`, text: blockLabel(model, b, locale) })));
  const anchors = ids(`/${locale}/document/`);
  for (const b of blocks) expect(anchors.has(b), `#${b} on /${locale}/document/`).toBe(true);
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
