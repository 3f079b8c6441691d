/**
 * The timeline filters (src/components/TimelineFilters.astro, hidden until
 * this runs): show only the items of the chosen regions, sectors and theme,
 * in the drawing and in its table, and say how many show. Only the pages
 * with filters load it.
 */

function filters(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-filters]')) {
    const figure = box.closest('figure');
    if (!figure) continue;
    const status = box.querySelector<HTMLElement>('[data-shown]');
    const items = [...figure.querySelectorAll<SVGElement | HTMLElement>('a.tl-item, tr[data-region], li[data-region]')];
    const checked = (name: string) =>
      new Set([...box.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value));
    const apply = () => {
      const regions = checked('region');
      const sectors = checked('sector');
      const theme = box.querySelector<HTMLSelectElement>('select[name="theme"]')?.value ?? '';
      let shown = 0;
      let total = 0;
      for (const el of items) {
        const ok =
          regions.has(el.dataset.region ?? '') &&
          (el.tagName === 'LI' || (el.dataset.sector ?? '').split(' ').some((s) => sectors.has(s))) &&
          (!theme || (el.dataset.theme ?? '').split(' ').includes(theme));
        el.toggleAttribute('hidden', !ok);
        if (el.tagName.toLowerCase() === 'a') {
          total++;
          if (ok) shown++;
        }
      }
      if (status) status.textContent = (status.dataset.shown ?? '').replace('{n}', String(shown)).replace('{total}', String(total));
    };
    box.addEventListener('change', apply);
    box.hidden = false;
  }
}

filters();
