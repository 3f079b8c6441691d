/**
 * "Cite this" (src/components/CiteThis.astro), which reads without it: a
 * copy button per format, its outcome announced; on the document page a
 * "Cite" button per block, which writes that block's citation with the
 * build's own functions and moves the citation under the block.
 */
import { citationFormats, type CitationParts } from '../presentation/citation-format.ts';
import { required, requiredData } from './dom.ts';

const FORMATS = ['text', 'bibtex', 'csl'] as const;

function copyButtons(box: HTMLElement): void {
  const status = required(box, '[role=status]', HTMLElement);
  for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = required(box, `#${requiredData(button, 'copy')}`, HTMLElement);
    button.hidden = false;
    button.addEventListener('click', () => {
      status.textContent = '';
      navigator.clipboard.writeText(source.textContent).then(
        () => (status.textContent = requiredData(box, 'copied')),
        () => (status.textContent = requiredData(box, 'failed')),
      );
    });
  }
}

function blockButtons(box: HTMLDetailsElement, parts: CitationParts): void {
  const pattern = requiredData(box, 'block');
  const summary = required(box, 'summary', HTMLElement);
  for (const block of document.querySelectorAll<HTMLElement>('[data-cite]')) {
    const label = requiredData(block, 'cite');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-block';
    button.textContent = pattern.replace('{label}', label);
    button.addEventListener('click', () => {
      const formats = citationFormats([{ ...parts, key: `${parts.key}_${block.id}`, where: [label], url: `${parts.url}#${block.id}` }]);
      for (const f of FORMATS) required(box, `#cite-${f}`, HTMLElement).textContent = formats[f];
      summary.textContent = button.textContent;
      required(box, '[role=status]', HTMLElement).textContent = '';
      button.after(box);
      box.open = true;
      summary.focus();
    });
    (block.querySelector(':scope > p, :scope > h2') ?? block).after(button);
  }
}

const box = document.querySelector<HTMLDetailsElement>('details.cite');
if (box) {
  copyButtons(box);
  if (box.dataset.parts) blockButtons(box, JSON.parse(box.dataset.parts) as CitationParts);
}
