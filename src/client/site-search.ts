/**
 * The search button and dialog: opens and closes the dialog (button,
 * Ctrl/⌘+K, backdrop) and loads its stylesheet and the search itself
 * (src/client/search-engine.ts, which loads Pagefind) only when search is
 * about to be used, so pages that never search carry neither.
 */
import { required, requiredData } from './dom.ts';

class SiteSearch extends HTMLElement {
  #styled = false;
  #engine?: Promise<void>;

  connectedCallback() {
    const open = required(this, '[data-open]', HTMLButtonElement);
    const dialog = required(this, 'dialog', HTMLDialogElement);
    const input = required(this, 'input[name="q"]', HTMLInputElement);
    // The dialog's stylesheet loads when search is about to open (pointer over or focus on the button, or the
    // shortcut).
    const styled = () => {
      if (this.#styled) return;
      this.#styled = true;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = requiredData(this, 'dialogCss');
      document.head.append(link);
    };
    open.addEventListener('pointerenter', styled);
    open.addEventListener('focus', styled);
    const show = () => {
      if (dialog.open) return;
      styled();
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input.focus();
      this.#engine ??= import('./search-engine.ts').then(
        ({ startSearch }) => startSearch(this),
        (err: unknown) => {
          // Offline, say: tell the reader, and try again when the dialog next opens.
          console.error(err);
          this.#engine = undefined;
          required(this, '[data-status]', HTMLElement).textContent = (JSON.parse(requiredData(this, 'strings')) as { error: string }).error;
        },
      );
    };
    open.addEventListener('click', show);
    open.disabled = false;
    required(this, '[data-close]', HTMLElement).addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
    // A click on the backdrop (the dialog box itself, outside the frame) or on a result closes it.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog || (e.target as Element).closest('a')) dialog.close();
    });
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (dialog.open) dialog.close();
        else show();
      }
    });
    const shortcut = this.querySelector<HTMLElement>('.shortcut');
    if (shortcut && /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
      required(shortcut, '[data-mod]', HTMLElement).textContent = '⌘';
      open.setAttribute('aria-keyshortcuts', 'Meta+K');
    }
    shortcut?.removeAttribute('hidden');
  }
}

customElements.define('site-search', SiteSearch);
