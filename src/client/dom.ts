/**
 * Lookups of the elements and data attributes a component's markup always
 * has. A missing one means the markup and the script disagree: fail loudly,
 * naming what was looked for, rather than with "cannot read properties of null".
 */

/** The first element under `root` matching `selector`, which must exist and be a `type`. */
export function required<T extends Element>(root: ParentNode, selector: string, type: abstract new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`Expected a ${type.name} matching ${selector}, found ${found ? found.tagName : 'none'}`);
  return found;
}

/** The `data-*` attribute `key` (camelCase, as in `dataset`) of an element that must have it. */
export function requiredData(el: HTMLElement, key: string): string {
  const value = el.dataset[key];
  if (value === undefined) throw new Error(`Expected data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} on ${el.tagName}`);
  return value;
}
