/**
 * The search itself, loaded when search is about to be used
 * (src/client/site-search.ts), so pages that never search do not carry it:
 * builds the dialog from /<lang>/search-dialog.json, loads Pagefind when it
 * opens, searches as you type (with optional type, region and year filters
 * and a date sort) and lists results with their type, region, date and excerpt.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import {
  fallbackWords,
  filterObject,
  mergeAnyWord,
  metaLine,
  topSections,
  type ResultData,
  type SearchDialogData,
  type SearchStrings,
} from './search-results.ts';
import { required, requiredData } from './dom.ts';
import { fill, pluralForm } from '../i18n/plural.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: Result[] } | null>;
}
interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

const PAGE = 5;
const DEBOUNCE_MS = 120;
/** Below this many pages with every word, pages with some of the words are added. */
const FEW = 3;

class SearchEngine {
  #root: HTMLElement;
  #strings: SearchStrings;
  #pagefind?: Promise<Pagefind>;
  #seq = 0;
  #pending: Result[] = [];
  #timer?: ReturnType<typeof setTimeout>;

  constructor(root: HTMLElement, strings: SearchStrings) {
    this.#root = root;
    this.#strings = strings;
    const input = required(root, 'input[name="q"]', HTMLInputElement);
    const form = required(root, '[role="search"]', HTMLElement);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void this.#run();
    });
    input.addEventListener('input', () => {
      void this.#load().then((pf) => pf.preload(input.value));
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
    });
    form.addEventListener('change', (e) => {
      if ((e.target as Element).matches('select')) void this.#run();
    });
    required(root, '[data-more]', HTMLElement).addEventListener('click', () => void this.#more());
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${requiredData(this.#root, 'bundle')}pagefind.js`)) as Pagefind;
      // The main thread is fast enough for this index and saves loading a worker script.
      await pf.options({ ranking: pagefindUserConfig.ranking, excerptLength: 24, noWorker: true });
      await pf.init();
      return pf;
    })();
    return this.#pagefind;
  }

  /** Pagefind starts loading when the dialog opens. */
  load(): void {
    void this.#load();
  }

  async #run() {
    const seq = ++this.#seq;
    const form = required(this.#root, '[role="search"]', HTMLElement);
    const values = Object.fromEntries([...form.querySelectorAll('select')].map((s) => [s.name, s.value]));
    const { sort, ...rest } = values;
    const filters = filterObject(rest);
    const q = required(form, 'input', HTMLInputElement).value.trim();
    const list = required(this.#root, '[data-results]', HTMLOListElement);
    const status = required(this.#root, '[data-status]', HTMLElement);
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      delete list.dataset.query;
      status.textContent = '';
      required(this.#root, '[data-more]', HTMLElement).hidden = true;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    let results: Result[];
    let partial = false;
    try {
      const pf = await this.#load();
      const options = { filters, ...(sort ? { sort: { date: sort } } : {}) };
      results = (await pf.search(q || null, options))?.results ?? [];
      // Few or no pages have every word (a question, say): add pages ranked by how many of the words they have.
      const words = results.length < FEW && q && !sort ? fallbackWords(q, document.documentElement.lang) : [];
      if (words.length > 1) {
        const seen = new Set(results.map((r) => r.id));
        const more = mergeAnyWord(await Promise.all(words.map(async (w) => (await pf.search(w, options))?.results ?? []))).filter(
          (r) => !seen.has(r.id),
        );
        partial = more.length > 0;
        results = [...results, ...more];
      }
    } catch (err) {
      console.error(err);
      status.textContent = this.#strings.error;
      list.removeAttribute('aria-busy');
      return;
    }
    if (seq !== this.#seq) return;
    this.#pending = [...results];
    await this.#more(seq, true);
    if (seq !== this.#seq) return;
    list.removeAttribute('aria-busy');
    // Which query the list shows (tests and styles can rely on it).
    list.dataset.query = q;
    const n = results.length;
    const s = this.#strings;
    const counted = fill(pluralForm(s.results, s.intl, n), { n: new Intl.NumberFormat(s.intl).format(n) });
    status.textContent = n === 0 ? s.none : partial ? fill(s.partial, { results: counted }) : counted;
  }

  /** Loads and shows the next page of results (replacing the list for a new search, so it does not flicker). */
  async #more(seq = this.#seq, replace = false) {
    const batch = this.#pending.splice(0, PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (seq !== this.#seq) return;
    const list = required(this.#root, '[data-results]', HTMLOListElement);
    if (replace) list.replaceChildren(...data.map(item));
    else list.append(...data.map(item));
    required(this.#root, '[data-more]', HTMLElement).hidden = this.#pending.length === 0;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

function item(d: ResultData): HTMLLIElement {
  const li = el('li', {}, el('a', { className: 'title', href: d.url, textContent: d.meta.title ?? d.url }));
  const meta = metaLine(d.meta);
  if (meta) li.append(el('p', { className: 'meta', textContent: meta }));
  // Pagefind escapes the excerpt before adding <mark>, so it is safe as HTML.
  li.append(el('p', { className: 'excerpt', innerHTML: d.excerpt }));
  const sections = topSections(d);
  if (sections.length) li.append(el('ul', {}, ...sections.map((s) => el('li', {}, el('a', { href: s.url, textContent: s.title })))));
  return li;
}

/** The dialog's markup, from its texts (the ids are the page's only search dialog's). */
function dialogOf(d: SearchDialogData): HTMLDialogElement {
  const select = (s: SearchDialogData['selects'][number]) =>
    el(
      'div',
      {},
      el('label', { htmlFor: `site-search-${s.name}`, textContent: s.label }),
      el(
        'select',
        { id: `site-search-${s.name}`, name: s.name },
        ...s.options.map(([value, text]) => el('option', { value, textContent: text })),
      ),
    );
  const title = el('h2', { id: 'site-search-title', textContent: d.title });
  const form = el(
    'div',
    { className: 'form' },
    el('label', { htmlFor: 'site-search-q', textContent: d.input }),
    el('input', { id: 'site-search-q', name: 'q', type: 'search', autocomplete: 'off', spellcheck: false, enterKeyHint: 'search' }),
    el('details', {}, el('summary', { textContent: d.filters }), el('div', { className: 'filters' }, ...d.selects.map(select))),
  );
  form.setAttribute('role', 'search');
  form.setAttribute('aria-labelledby', 'site-search-title');
  const status = el('p', { className: 'status' });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.dataset.status = '';
  const results = el('ol', { className: 'results' });
  results.dataset.results = '';
  const more = el('button', { type: 'button', className: 'more', hidden: true, textContent: d.more });
  more.dataset.more = '';
  const close = el('button', { type: 'button', textContent: d.close });
  close.dataset.close = '';
  const dialog = el(
    'dialog',
    {},
    el('div', { className: 'frame' }, el('div', { className: 'head' }, title, close), form, status, results, more),
  );
  dialog.setAttribute('aria-labelledby', 'site-search-title');
  return dialog;
}

const engines = new WeakMap<HTMLElement, Promise<{ dialog: HTMLDialogElement; engine: SearchEngine }>>();

/** The dialog of a <site-search> element, built once from its texts (data-dialog), with its search. */
function searchOf(root: HTMLElement) {
  let ready = engines.get(root);
  if (!ready) {
    ready = (async () => {
      const res = await fetch(requiredData(root, 'dialog'));
      if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status}`);
      const data = (await res.json()) as SearchDialogData;
      const dialog = dialogOf(data);
      root.append(dialog);
      required(dialog, '[data-close]', HTMLElement).addEventListener('click', () => dialog.close());
      dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
      // A click on the backdrop (the dialog box itself, outside the frame) or on a result closes it.
      dialog.addEventListener('click', (e) => {
        if (e.target === dialog || (e.target as Element).closest('a')) dialog.close();
      });
      return { dialog, engine: new SearchEngine(root, data.strings) };
    })();
    engines.set(root, ready);
    // Offline, say: try again next time.
    ready.catch(() => engines.delete(root));
  }
  return ready;
}

/** Builds the dialog ahead of use (search is about to be used). */
export function prepareSearch(root: HTMLElement): void {
  searchOf(root).catch((err: unknown) => console.error(err));
}

/** Opens the dialog, its search field focused, and starts loading Pagefind. */
export async function openSearch(root: HTMLElement): Promise<void> {
  const { dialog, engine } = await searchOf(root);
  if (dialog.open) return;
  dialog.showModal();
  document.body.toggleAttribute('data-search-modal-open', true);
  required(dialog, 'input', HTMLInputElement).focus();
  engine.load();
}
