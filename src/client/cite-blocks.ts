/**
 * The document page's "Cite" button per block (the page's "Cite this"
 * cites the whole document without script): it writes the block's citation
 * with the build's own functions, loaded on the first click, and moves the
 * citation under the block.
 */
import type { CitationParts } from '../presentation/citation-format.ts';
import { labelOfBlock, type BlockLabelPatterns } from '../presentation/block-label.ts';

/** What the page gives the script (CiteThis.astro `blocks`, as JSON in the citation). */
export interface BlockCiteData {
  /** The whole document's citation, which a block's narrows. */
  parts: CitationParts;
  patterns: BlockLabelPatterns;
  /** The button's text, with {label}. */
  button: string;
}

const FORMATS = ['text', 'bibtex', 'csl'] as const;
const found = document.querySelector('details.cite');
const json = found?.querySelector('script[data-cite-blocks]')?.textContent;
const head = found?.querySelector('summary');
if (!(found instanceof HTMLDetailsElement) || !json || !(head instanceof HTMLElement))
  throw new Error('Expected details.cite with a summary and script[data-cite-blocks]');
const box: HTMLDetailsElement = found;
const summary: HTMLElement = head;
const data = JSON.parse(json) as BlockCiteData;

async function cite(block: HTMLElement, button: HTMLButtonElement, label: string) {
  const { citationFormats } = await import('../presentation/citation-format.ts');
  const { parts } = data;
  const formats = citationFormats([{ ...parts, key: `${parts.key}_${block.id}`, where: [label], url: `${parts.url}#${block.id}` }]);
  for (const f of FORMATS) {
    const el = box.querySelector(`#cite-${f}`);
    if (el) el.textContent = formats[f];
  }
  summary.textContent = button.textContent;
  const status = box.querySelector('[role=status]');
  if (status) status.textContent = '';
  button.after(box);
  box.open = true;
  summary.focus();
}

for (const block of document.querySelectorAll<HTMLElement>('.doc-block[id]')) {
  const heading = block.querySelector(':scope > h2, :scope > p');
  const label = labelOfBlock(block.id, data.patterns, () => heading?.textContent.trim() ?? block.id);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cite-block';
  button.textContent = data.button.replace('{label}', label);
  button.addEventListener('click', () => void cite(block, button, label));
  (heading ?? block).after(button);
}
