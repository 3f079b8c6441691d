/**
 * The timeline page's enhancements (the page works without them): the narrow
 * drawing's items take their twins' names before viz-enhance.ts turns titles
 * into tooltips (so this module is imported first), and the filters, by
 * region, by Sector and by theme, over both drawings and the table, with a
 * count of what is shown.
 */

/** The narrow timeline's items are named by their twins' titles in the wide one: as labels, before those titles go. */
function twinNames(): void {
  for (const a of document.querySelectorAll('svg.viz a[aria-labelledby]')) {
    const name = document.getElementById(a.getAttribute('aria-labelledby') ?? '')?.textContent;
    if (name) {
      a.setAttribute('aria-label', name);
      a.removeAttribute('aria-labelledby');
    }
  }
}

function filters(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-filters]')) {
    const figure = box.closest('figure');
    if (!figure) continue;
    const status = box.querySelector<HTMLElement>('[data-shown]');
    const items = [...figure.querySelectorAll<SVGElement | HTMLElement>('a.tl-item[data-sector], tr[data-region], li[data-region]')];
    // The narrow drawing's items follow their twins in the wide one (same link, same lane).
    const twins = [...figure.querySelectorAll<SVGElement>('a.tl-item:not([data-sector])')].map((el) => ({
      el,
      twin: items.find(
        (o) =>
          o.tagName.toLowerCase() === 'a' && o.getAttribute('href') === el.getAttribute('href') && o.dataset.region === el.dataset.region,
      ),
    }));
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
      for (const { el, twin } of twins) el.toggleAttribute('hidden', twin?.hasAttribute('hidden') ?? false);
      if (status) status.textContent = (status.dataset.shown ?? '').replace('{n}', String(shown)).replace('{total}', String(total));
    };
    box.addEventListener('change', apply);
    box.hidden = false;
  }
}

twinNames();
filters();
