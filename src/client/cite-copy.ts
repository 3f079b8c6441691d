/**
 * The copy buttons of "Cite this" (src/components/CiteThis.astro), absent
 * without script (the formats are text to select): one after each format,
 * named "Copy" and the format's name, and a status line that says whether
 * it copied. Small and import-free: every entry page loads it.
 */
const box = document.querySelector<HTMLElement>('details.cite');
if (box) {
  const line = document.createElement('p');
  line.setAttribute('role', 'status');
  line.className = 'meta';
  box.append(line);
  const say = (key: string) => () => (line.textContent = box.dataset[key] ?? '');
  for (const format of box.querySelectorAll<HTMLElement>('dd [id^="cite-"]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = box.dataset.copy ?? '';
    // Named with its format, "Copy BibTeX": the <dt> of the format's <dd>.
    button.setAttribute('aria-label', `${button.textContent} ${format.closest('dd')?.previousElementSibling?.textContent ?? ''}`);
    button.addEventListener('click', () => {
      line.textContent = '';
      navigator.clipboard.writeText(format.textContent).then(say('copied'), say('failed'));
    });
    (format.closest('pre') ?? format).after(button);
  }
}

// A module (its names are its own), though it imports nothing.
export {};
