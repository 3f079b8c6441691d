/**
 * Choosing the form of a plural key by count, with Intl.PluralRules. Pure and
 * free of the language registry, so the browser's scripts share it with the build.
 */
import type { PluralForms } from './keys.ts';

const rules = new Map<string, Intl.PluralRules>();

/** The form for count `n` in the Intl locale `tag` ("ru", "ar-u-nu-latn"): its category's form, else "other". */
export function pluralForm(forms: PluralForms, tag: string, n: number): string {
  let r = rules.get(tag);
  if (!r) rules.set(tag, (r = new Intl.PluralRules(tag)));
  return forms[r.select(n)] ?? forms.other;
}

/** The plural categories an Intl locale distinguishes: each needs a form. */
export const pluralCategories = (tag: string): readonly Intl.LDMLPluralRule[] =>
  new Intl.PluralRules(tag).resolvedOptions().pluralCategories;

/** Fills {placeholders}; one missing from `vars` stays as it is, so it shows. */
export const fill = (template: string, vars: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));
