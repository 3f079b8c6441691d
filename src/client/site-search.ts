/**
 * The search button: loads the dialog's stylesheet and the search itself
 * (src/client/search-engine.ts, which builds the dialog and loads Pagefind)
 * when search is about to be used (pointer over or focus on the button, the
 * shortcut), so pages that never search carry neither; opens the dialog on a
 * click and on Ctrl/⌘+K, which also closes it.
 */
type Engine = typeof import('./search-engine.ts');

class SiteSearch extends HTMLElement {
  #engine?: Promise<Engine>;

  connectedCallback() {
    const open = this.querySelector('button[data-open]');
    if (!(open instanceof HTMLButtonElement)) throw new Error('<site-search> has no button[data-open]');
    open.addEventListener('pointerenter', () => void this.#prepare());
    open.addEventListener('focus', () => void this.#prepare());
    open.addEventListener('click', () => this.#show());
    open.disabled = false;
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        const dialog = this.querySelector('dialog');
        if (dialog?.open) dialog.close();
        else this.#show();
      }
    });
    const shortcut = this.querySelector<HTMLElement>('.shortcut');
    if (shortcut && /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
      const mod = shortcut.querySelector('[data-mod]');
      if (mod) mod.textContent = '⌘';
      open.setAttribute('aria-keyshortcuts', 'Meta+K');
    }
    shortcut?.removeAttribute('hidden');
  }

  /** Starts loading the dialog's stylesheet, the search script and the dialog's texts. */
  #prepare(): Promise<Engine> {
    if (!this.#engine) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = this.dataset.dialogCss ?? '';
      document.head.append(link);
      this.#engine = import('./search-engine.ts');
      void this.#engine.then(
        (engine) => engine.prepareSearch(this),
        () => {
          // Offline, say: try again next time.
          link.remove();
          this.#engine = undefined;
        },
      );
    }
    return this.#engine;
  }

  #show() {
    this.#prepare().then(
      (engine) => engine.openSearch(this),
      (err: unknown) => console.error(err),
    );
  }
}

customElements.define('site-search', SiteSearch);
