/**
 * The site's languages, as data: every locale entry in src/i18n/languages/
 * (one `<code>.ts` per language, default export `satisfies Language`), plus
 * those in the folder EXTRA_LANGUAGES_DIR names, if set (tests and previews
 * of a language add it from outside src/ that way, as CONTENT_ROOT swaps the
 * content). Adding a language adds a file; no code changes.
 *
 * The entries are found on disk and imported at run time, so that the same
 * list serves the Astro config, the build, the tests and the plain-Node
 * scripts (`npm run new`, `npm run check`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Language } from './language.ts';
import { PLURAL_KEYS, UI_KEYS } from './keys.ts';
import { pluralCategories } from './plural.ts';
import { SITE_LANGUAGES } from './site-languages.ts';

export type { Language } from './language.ts';

// This module's languages/ folder; in Astro's bundled build, where this module is a chunk of dist, the
// project's (astro build runs in the project root).
const own = [join(dirname(fileURLToPath(import.meta.url)), 'languages'), resolve('src/i18n/languages')].find((d) => existsSync(d));
if (!own) throw new Error('src/i18n/languages/ not found');
const dirs = [own, ...(process.env.EXTRA_LANGUAGES_DIR ? [resolve(process.env.EXTRA_LANGUAGES_DIR)] : [])];

async function load(dir: string): Promise<{ file: string; language: Language }[]> {
  if (!existsSync(dir)) throw new Error(`language folder ${dir} does not exist`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  return Promise.all(
    files.map(async (f) => {
      const file = join(dir, f);
      const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: Language };
      return { file, language: mod.default };
    }),
  );
}

/**
 * A locale entry's strings, checked as the data they are (one from EXTRA_LANGUAGES_DIR escapes type-checking,
 * and no type knows which plural categories a language has): every key of UI_KEYS and no other, a text for
 * each, and for each plural key exactly the forms Intl.PluralRules distinguishes in the language.
 */
export function stringsProblems(
  file: string,
  l: Pick<Language, 'code'> & { intl?: { locale?: string }; strings?: Readonly<Partial<Record<string, unknown>>> },
): string[] {
  const out: string[] = [];
  if (`${l.code}.ts` !== file.split('/').pop()) out.push(`${file}: code "${l.code}" is not the file name`);
  const plural = new Set<string>(PLURAL_KEYS);
  const missing = UI_KEYS.filter((k) => !plural.has(k) && typeof l.strings?.[k] !== 'string');
  const extra = Object.keys(l.strings ?? {}).filter((k) => !(UI_KEYS as readonly string[]).includes(k));
  if (missing.length) out.push(`${file}: strings missing ${missing.join(', ')}`);
  if (extra.length) out.push(`${file}: strings not in UI_KEYS ${extra.join(', ')}`);
  const categories = l.intl?.locale ? pluralCategories(l.intl.locale) : ['other'];
  for (const k of PLURAL_KEYS) {
    const v = l.strings?.[k];
    if (typeof v !== 'object' || v === null) {
      out.push(`${file}: strings.${k} must be the plural forms { ${categories.join(', ')} }, found ${JSON.stringify(v)}`);
      continue;
    }
    const forms = v as Record<string, unknown>;
    const lacking = categories.filter((c) => typeof forms[c] !== 'string' || !forms[c].trim());
    const unused = Object.keys(forms).filter((c) => !(categories as readonly string[]).includes(c));
    if (lacking.length)
      out.push(`${file}: strings.${k} lacks the plural form(s) ${lacking.join(', ')} (${l.intl?.locale} has ${categories.join(', ')})`);
    if (unused.length)
      out.push(
        `${file}: strings.${k} has form(s) ${unused.join(', ')} that ${l.intl?.locale} never uses (it has ${categories.join(', ')})`,
      );
  }
  return out;
}

const found = (await Promise.all(dirs.map(load))).flat();
const errors = found.flatMap(({ file, language }) => stringsProblems(file, language));
const codes = found.map((f) => f.language.code);
for (const c of new Set(codes)) if (codes.indexOf(c) !== codes.lastIndexOf(c)) errors.push(`language "${c}" is defined twice`);
for (const [role, code] of Object.entries(SITE_LANGUAGES)) {
  if (!codes.includes(code)) errors.push(`src/i18n/site-languages.ts: ${role} language "${code}" has no entry in ${dirs.join(' or ')}`);
}
if (errors.length) throw new Error(`site languages:\n${errors.join('\n')}`);

/** The site's languages: the source language first, then by code. */
export const LANGUAGES: readonly Language[] = found
  .map((f) => f.language)
  .sort((a, b) => Number(b.code === SITE_LANGUAGES.source) - Number(a.code === SITE_LANGUAGES.source) || a.code.localeCompare(b.code));

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The entry of a site language. */
export function language(code: string): Language {
  const l = byCode.get(code);
  if (!l) throw new Error(`"${code}" is not a site language (known: ${[...byCode.keys()].join(', ')})`);
  return l;
}

export const SOURCE_LOCALE: string = SITE_LANGUAGES.source;
export const DEFAULT_LOCALE: string = SITE_LANGUAGES.default;
export const ROOT_DESCRIPTION_LOCALE: string = SITE_LANGUAGES.rootDescription;

/** Whether a language is the document's own (the others are translations). */
export const isSource = (code: string) => code === SOURCE_LOCALE;

/** A route's language if it is a site language, else the default one. */
export const localeOr = (code: string | undefined): string => (code && byCode.has(code) ? code : DEFAULT_LOCALE);
