/**
 * "¶ 3.3, bullet 2": a block's label from its id, which follows the
 * document's numbering (p3-3-2), and the language's patterns. Pure and free
 * of the language registry, so the document page's script (src/client/cite-blocks.ts)
 * labels a block as the build does.
 */

/**
 * Fills {placeholders}, one missing staying as it is: src/i18n/plural.ts's
 * `fill` again, since importing that module from here splits the chunk the
 * search script of every page shares with it.
 */
export const fill = (template: string, vars: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, k: string) => vars[k] ?? whole);

/** The language's label patterns: UI keys source.paragraph, source.bullet, source.subbullet, source.continuation, source.front. */
export interface BlockLabelPatterns {
  paragraph: string;
  bullet: string;
  subbullet: string;
  continuation: string;
  front: string;
}

/** The label of block `id`; a front block is labelled with its heading, `frontTitle()`. */
export function labelOfBlock(id: string, patterns: BlockLabelPatterns, frontTitle: () => string): string {
  const m = /^p(\d+)-(\d+)(?:-(\d+))?(?:-(\d+))?(?:-c(\d+))?$/.exec(id);
  if (!m) {
    if (/^p\d+$/.test(id)) return fill(patterns.paragraph, { n: id.slice(1) });
    return fill(patterns.front, { title: frontTitle().replace(/[：:]$/, '') });
  }
  const n = `${m[1]}.${m[2]}`;
  if (m[5]) return fill(patterns.continuation, { n, c: m[5] });
  if (m[4]) return fill(patterns.subbullet, { n, b: m[3], s: m[4] });
  if (m[3]) return fill(patterns.bullet, { n, b: m[3] });
  return fill(patterns.paragraph, { n });
}
