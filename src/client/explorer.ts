/**
 * Live filtering of a list page (see Explorer.astro). The rows are already in
 * the page; this only hides and shows them, updates the facet counts and the
 * announced result count, and mirrors the state in the query string so links
 * can be shared and the back button steps through filter changes.
 */
import {
  emptyState,
  facetCounts,
  isEmpty,
  matches,
  parseState,
  normalize,
  toSearch,
  withFacetLabels,
  withYears,
  type ExplorerRow,
  type ExplorerState,
} from './explorer-filter.ts';
import { required, requiredData } from './dom.ts';
import { initActions } from './explorer-actions.ts';
import { fill, pluralForm } from '../i18n/plural.ts';
import type { PluralForms } from '../i18n/keys.ts';

export function initExplorer(root: HTMLElement) {
  // Embedded by Explorer.astro from explorer-rows.ts.
  const form = required(root, '.explorer-form', HTMLElement);
  // The facet labels that belong to the rows' text are in the form, once each (Explorer.astro).
  const labels: Record<string, Record<string, string>> = {};
  for (const d of form.querySelectorAll<HTMLElement>('details[data-facet][data-in-text]'))
    labels[requiredData(d, 'facet')] = Object.fromEntries(
      [...d.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => [
        b.value,
        b.parentElement?.querySelector('[data-label]')?.textContent ?? '',
      ]),
    );
  const rowEls = new Map<string, HTMLElement[]>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-row]')) {
    const id = requiredData(el, 'row');
    rowEls.set(id, [...(rowEls.get(id) ?? []), el]);
  }
  // What a row shows (its title, date, region…) is searchable too: the page does not repeat it in the data.
  const shown = (r: ExplorerRow) => ({
    ...r,
    text: normalize([r.text, ...(rowEls.get(r.id) ?? []).map((el) => el.textContent)].join(' ')),
  });
  const rows = withYears(
    withFacetLabels((JSON.parse(root.querySelector('[data-explorer-rows]')?.textContent ?? '[]') as ExplorerRow[]).map(shown), labels),
  );
  const keys = [...form.querySelectorAll<HTMLElement>('[data-facet]')].map((d) => requiredData(d, 'facet'));
  const q = required(form, 'input[name="q"]', HTMLInputElement);
  const from = form.querySelector<HTMLInputElement>('input[name="from"]');
  const to = form.querySelector<HTMLInputElement>('input[name="to"]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const status = required(root, '[data-explorer-status]', HTMLElement);
  const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];
  const { status: statusText = '', none = '' } = root.dataset;
  // "{n} items" in every plural form of the page's language (Explorer.astro).
  const count = JSON.parse(requiredData(root, 'count')) as { forms: PluralForms; intl: string };
  const num = new Intl.NumberFormat(count.intl);
  const counted = (n: number) => fill(pluralForm(count.forms, count.intl, n), { n: num.format(n) });

  const read = (): ExplorerState => ({
    q: q.value,
    from: from?.value ?? '',
    to: to?.value ?? '',
    facets: Object.fromEntries(keys.map((k) => [k, boxes.filter((b) => b.name === k && b.checked).map((b) => b.value)])),
  });

  const write = (s: ExplorerState) => {
    q.value = s.q;
    if (from) from.value = s.from;
    if (to) to.value = s.to;
    for (const b of boxes) b.checked = (s.facets[b.name] ?? []).includes(b.value);
    // Open the facets that have a selection, so restored state is visible.
    for (const d of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]'))
      if ((s.facets[requiredData(d, 'facet')] ?? []).length) d.open = true;
  };

  const apply = (s: ExplorerState) => {
    let shown = 0;
    for (const r of rows) {
      const ok = matches(r, s);
      if (ok) shown++;
      for (const el of rowEls.get(r.id) ?? []) el.hidden = !ok;
    }
    for (const g of groups) {
      const n = g.querySelectorAll('[data-row]:not([hidden])').length;
      g.hidden = n === 0;
      const c = g.querySelector('[data-group-count]');
      if (c) c.textContent = counted(n);
    }
    const counts = facetCounts(rows, s, keys);
    for (const b of boxes) {
      const c = b.parentElement?.querySelector('[data-facet-count]');
      if (c) c.textContent = `(${counts[b.name]?.[b.value] ?? 0})`;
    }
    status.textContent = isEmpty(s)
      ? counted(rows.length)
      : shown === 0
        ? none
        : fill(statusText, { n: num.format(shown), total: num.format(rows.length) });
  };

  const current = () => location.pathname + location.search + location.hash;
  let typing = false;
  /** Applies the form and records it: a new history entry, or (while typing) the same one. */
  const commit = (push: boolean) => {
    const s = read();
    apply(s);
    const url = location.pathname + toSearch(s, keys) + location.hash;
    if (url !== current()) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  q.addEventListener('input', () => {
    commit(!typing);
    typing = true;
  });
  form.addEventListener('change', (e) => {
    if (e.target === q) return;
    typing = false;
    commit(true);
  });
  required(form, '[data-clear]', HTMLElement).addEventListener('click', () => {
    write(emptyState(keys));
    typing = false;
    commit(true);
    q.focus();
  });
  window.addEventListener('popstate', () => {
    const s = parseState(location.search, keys);
    typing = false;
    write(s);
    apply(s);
  });

  const initial = parseState(location.search, keys);
  write(initial);
  apply(initial);
  form.hidden = false;
  initActions(root);
}
