/**
 * Enhancements of the build-time maps and timelines (the drawings work
 * without it): a tooltip that also shows on keyboard focus and can be
 * dismissed with Escape. The timeline page's own are in timeline-page.ts.
 */

function tooltips(): void {
  const tip = document.createElement('div');
  tip.className = 'viz-tip';
  tip.id = 'viz-tip';
  tip.hidden = true;
  document.body.append(tip);
  let timer: number | undefined;
  const hide = () => {
    tip.hidden = true;
  };
  const show = (a: Element) => {
    window.clearTimeout(timer);
    const text = a.getAttribute('aria-label');
    if (!text) return;
    tip.textContent = text;
    tip.hidden = false;
    const r = a.getBoundingClientRect();
    const rtl = getComputedStyle(a.closest('svg') ?? document.body).direction === 'rtl';
    const x = rtl ? r.right - tip.offsetWidth : r.left;
    tip.style.left = `${Math.max(4, Math.min(x, window.innerWidth - tip.offsetWidth - 4)) + window.scrollX}px`;
    tip.style.top = `${r.bottom + 6 + window.scrollY}px`;
  };
  const later = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(hide, 400);
  };
  for (const a of document.querySelectorAll('svg.viz a')) {
    // The SVG <title> becomes the accessible name, so the browser's own tooltip does not double ours.
    const title = a.querySelector(':scope > title');
    if (title) {
      a.setAttribute('aria-label', title.textContent);
      title.remove();
    }
    a.addEventListener('mouseenter', () => show(a));
    a.addEventListener('focus', () => show(a));
    a.addEventListener('mouseleave', later);
    a.addEventListener('blur', hide);
  }
  tip.addEventListener('mouseenter', () => window.clearTimeout(timer));
  tip.addEventListener('mouseleave', later);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}

tooltips();
