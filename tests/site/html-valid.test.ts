/**
 * Every built page is valid HTML for html-validate (html-validate:recommended,
 * with only the rules that conflict with Starlight's markup turned off: see
 * .htmlvalidate.mjs for each reason). Problems are grouped by page kind, one
 * line per distinct problem, so a shared component breaking hundreds of pages
 * reads as one line.
 *
 * Every page of the source language (and the root and 404 pages) is
 * validated; for each other language, a deterministic sample of each page
 * kind (its first, middle and last page in path order). Validating all of
 * the ~2,000 pages takes about 50 s on an idle machine, past the time limit
 * on a busy one; the pages of a kind share their components, and the sample
 * still reads each language's texts in every kind of page.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { isSource } from '../../src/i18n/registry.ts';
import { builtPages, fileOf, localeOf, pageKind, spreadPerKind } from '../helpers/site.ts';

const validator = new HtmlValidate(config);
const all = builtPages();
const pages = [
  ...all.filter((p) => {
    const l = localeOf(p);
    return l === undefined || isSource(l);
  }),
  ...spreadPerKind(all.filter((p) => localeOf(p) !== undefined && !isSource(localeOf(p)!))),
].sort();

test('the validator catches invalid markup (the configuration is live)', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p><a href="#">x</a><img src="x.png"></body></html>',
    'probe.html',
  );
  const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
  expect(rules).toEqual(expect.arrayContaining(['close-order', 'wcag/h37']));
});

describe('every page is valid HTML (by page kind)', () => {
  const kinds = [...new Set(pages.map(pageKind))].sort();
  test.each(kinds)('%s pages', async (kind) => {
    const problems = new Map<string, string[]>();
    for (const page of pages.filter((p) => pageKind(p) === kind)) {
      const report = await validator.validateString(readFileSync(fileOf(page), 'utf8'), fileOf(page));
      for (const m of report.results.flatMap((r) => r.messages)) {
        const problem = `${m.ruleId}: ${m.message} (${m.selector ?? `line ${m.line}`})`;
        problems.set(problem, [...(problems.get(problem) ?? []), `${page}:${m.line}`]);
      }
    }
    expect([...problems].map(([problem, on]) => `${problem} — on ${on.length} page${on.length > 1 ? 's' : ''}, e.g. ${on[0]}`)).toEqual([]);
  });
});
