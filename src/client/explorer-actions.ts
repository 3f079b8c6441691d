/**
 * The explorer's selection actions (ExplorerDownload.astro): download the rows
 * shown as CSV or JSON, and copy the link to the selection (the state is in
 * the query string already, explorer.ts). The full file is fetched, and the
 * code that cuts it (explorer-download.ts, with d3-dsv) loaded, only on a click.
 */
import { required, requiredData } from './dom.ts';
import { fill } from '../i18n/plural.ts';
import type { DataRecord } from './explorer-download.ts';

export function initActions(root: HTMLElement) {
  const actions = root.querySelector<HTMLElement>('[data-explorer-actions]');
  if (!actions) return;
  const note = required(root, '[data-explorer-note]', HTMLElement);
  const [table, lang, csv, json] = ['table', 'lang', 'csv', 'json'].map((k) => requiredData(actions, k));
  const say = (text: string) => (note.textContent = text);
  /** The ids of the rows the page shows, once each, in the page's order. */
  const shown = () => [...root.querySelectorAll<HTMLElement>('[data-row]:not([hidden])')].map((el) => requiredData(el, 'row'));

  const download = async (format: 'csv' | 'json') => {
    const url = format === 'csv' ? csv : json;
    try {
      const [{ selectCsv, selectJson, selectionName, uniqueIds }, res] = await Promise.all([import('./explorer-download.ts'), fetch(url)]);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const ids = uniqueIds(shown());
      const text = format === 'csv' ? selectCsv(await res.text(), ids, url) : selectJson((await res.json()) as DataRecord[], ids, url);
      const file = selectionName(table, lang, format);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
      a.download = file;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      say(fill(requiredData(note, 'saved'), { file }));
    } catch (e) {
      console.error(e);
      say(requiredData(note, 'failed'));
    }
  };
  for (const b of actions.querySelectorAll<HTMLButtonElement>('button[data-download]'))
    b.addEventListener('click', () => void download(b.dataset.download === 'json' ? 'json' : 'csv'));

  const copy = async () => {
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      say(requiredData(note, 'copied'));
    } catch {
      // No clipboard (an insecure page, a refused permission): the link is announced, to copy by hand.
      say(fill(requiredData(note, 'copyFailed'), { url }));
    }
  };
  required(actions, 'button[data-copy]', HTMLButtonElement).addEventListener('click', () => void copy());
  actions.hidden = false;
}
