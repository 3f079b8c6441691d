/**
 * `npm run new`: for every collection, the written entry validates with
 * src/loading/load.ts in a temporary content root; the CLI works from piped
 * answers and from flags, and refuses a bad answer with its reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { currentDocumentId } from '../../src/loading/integrity.ts';
import { formatProblem } from '../../src/loading/problems.ts';
import { checkAnswer, factQuestions, parseAnswer, scaffold, textQuestions, type Known } from '../../src/editor/scaffold.ts';
import { FACT_COLLECTIONS, type FactCollection } from '../../src/schemas/index.ts';
import { makeTree, removeTree } from '../helpers/tree.ts';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

/** Answers as an editor would type them, valid against the base fixture. */
const TYPED: Record<FactCollection, Record<string, string>> = {
  documents: {
    session: 'C25',
    year: '2025',
    date: '2025-06',
    originalLanguage: 'zh-cn',
    languages: 'zh-cn, en',
    blocks: '[{ id: p1, kind: heading, number: "1" }, { id: p1-1, kind: paragraph, number: "1.1" }]',
  },
  regions: { code: 'CIS', office: 'bucharest', members: 'RU, BY', 'source.blocks': 'p1-1' },
  places: { country: 'GH', coordinates: '-0.19, 5.6' },
  organizations: { kind: 'company' },
  resolutions: { body: 'wtdc', number: '17', 'source.blocks': 'p1-1' },
  references: { kind: 'report', 'source.blocks': 'p1, p1-1' },
  forums: { region: 'ams', start: '2023-09', 'source.blocks': 'p3-3' },
  activities: { regions: 'afr, ams', sectors: 'itu-d', kind: 'workshop', 'source.blocks': 'p3-3-1' },
};

function knownOf(root: string): Known {
  const { set } = loadContent('content', root);
  return {
    ids: Object.fromEntries(Object.entries(set.facts).map(([c, es]) => [c, new Set(es.map((e) => e.id))])),
    blocks: Object.fromEntries(set.facts.documents.map((d) => [d.id, new Set((d.data.blocks as { id: string }[]).map((b) => b.id))])),
    current: currentDocumentId(set),
  };
}

describe('scaffold', () => {
  test.each(FACT_COLLECTIONS)('a new %s entry validates', (collection) => {
    const root = makeTree();
    roots.push(root);
    const known = knownOf(root);
    const answers: Record<string, unknown> = {};
    for (const q of factQuestions(collection, known)) {
      expect(TYPED[collection], `an answer for ${q.key}`).toHaveProperty([q.key]);
      const value = parseAnswer(q.field.type, TYPED[collection][q.key]);
      expect(checkAnswer(collection, q, value, known), q.key).toBeUndefined();
      answers[q.key] = value;
    }
    // `npm run new` asks for the required fields only; the provenance check also wants the phrase that states a date.
    if (collection === 'forums') answers['quotes.date'] = '2023年9月25日至26日';
    for (const q of textQuestions(collection, answers))
      answers[q.key] = q.key.startsWith('title.') ? `New ${collection} (${q.key})` : `Text for ${q.key}`;
    const files = scaffold(collection, 'new-entry', answers, '../../schema.json');
    for (const f of files) {
      mkdirSync(dirname(join(root, 'content', f.path)), { recursive: true });
      // The editor fills in our translation of the quoted date, as they would the title.
      const text =
        collection === 'forums' && f.path.startsWith('text/en/')
          ? f.text.replace(/^title: /m, 'quotes: { date: 25 to 26 September 2023 }\ntitle: ')
          : f.text;
      writeFileSync(join(root, 'content', f.path), text);
    }
    const { problems, set } = loadContent('content', root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(set.facts[collection].map((e) => e.id)).toContain('new-entry');
    expect(
      set.texts
        .filter((t) => t.id === 'new-entry' && t.collection === collection)
        .map((t) => t.locale)
        .sort(),
    ).toEqual(['en', 'zh-cn']);
    // Every field of the facts file is there, with its comment.
    const facts = files[0].text;
    expect(facts).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schema\.json$/m);
    // A field line, set or commented out; not a comment about a field ("# Venue: the city … · 举办地…").
    const isField = (l: string) => /^\s*#?\s*[a-zA-Z]+:( |$)/.test(l) && !l.includes('yaml-language-server') && !l.includes(' · ');
    for (const line of facts.split('\n').filter(isField)) {
      const i = facts.split('\n').indexOf(line);
      expect(facts.split('\n')[i - 1], `comment above "${line}"`).toMatch(/^\s*# .+ · .+ \((required|optional)/);
    }
  });

  test('a language left unanswered gets a stub marked untranslated, which the check reports, naming the file and the language', () => {
    const root = makeTree();
    roots.push(root);
    const answers = { country: 'GH', coordinates: [-0.19, 5.6], 'title.zh-cn': '阿克拉' };
    for (const q of textQuestions('places'))
      expect(checkAnswer('places', q, '', knownOf(root)), q.key).toBe(q.key === 'title.zh-cn' ? 'is required' : undefined);
    const files = scaffold('places', 'accra', answers, '../../schema.json');
    const stub = files.find((f) => f.path === 'text/en/places/accra.mdx')!;
    expect(stub.text).toMatch(/^untranslated: true$/m);
    expect(stub.text).toContain('title: "阿克拉"');
    expect(files.find((f) => f.path === 'text/zh-cn/places/accra.mdx')!.text).not.toContain('untranslated');
    for (const f of files) {
      mkdirSync(dirname(join(root, 'content', f.path)), { recursive: true });
      writeFileSync(join(root, 'content', f.path), f.text);
    }
    expect(loadContent('content', root).problems.map(formatProblem)).toEqual([
      'content/text/en/places/accra.mdx:5 untranslated: is a stub, not yet translated into en (translate every field from the zh-cn text, then delete this line)',
    ]);
  });

  test('refuses unknown ids and malformed values with the reason', () => {
    const root = makeTree();
    roots.push(root);
    const known = knownOf(root);
    const qs = factQuestions('activities', known);
    const q = (key: string) => qs.find((x) => x.key === key)!;
    expect(checkAnswer('activities', q('regions'), parseAnswer(q('regions').field.type, 'afx'), known)).toBe(
      '"afx" is not in content/regions/ (an id from content/regions/: afr, ams)',
    );
    expect(checkAnswer('activities', q('kind'), 'talk', known)).toMatch(/^"talk" is not an activity kind \(known: meeting, workshop/);
    expect(checkAnswer('activities', q('source.blocks'), ['p9-9'], known)).toBe('"p9-9" is not a paragraph of the document');
    const forum = factQuestions('forums', known).find((x) => x.key === 'start')!;
    expect(checkAnswer('forums', forum, '2023-02-30', known)).toBe('"2023-02-30" is not a real date (February 2023 has 28 days)');
  });
});

describe('npm run new (CLI)', () => {
  const run = (root: string, args: string[], input = '') =>
    spawnSync(process.execPath, [join(process.cwd(), 'scripts/new.ts'), ...args], {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: 'content' },
    });

  test('asks every question when run without arguments, re-asking after a bad answer', () => {
    const root = makeTree();
    roots.push(root);
    const r = run(root, [], ['places', 'Accra', 'accra', 'XX', 'GH', '-0.19, 5.6', '阿克拉', 'Accra'].join('\n') + '\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✗ "Accra" is not a valid id');
    expect(r.stdout).toContain('✗ "XX" is not a country code');
    expect(r.stdout).toContain('The new entry is valid.');
    expect(readFileSync(join(root, 'content/places/accra.yaml'), 'utf8')).toMatch(/^country: GH$/m);
    expect(readFileSync(join(root, 'content/text/zh-cn/places/accra.mdx'), 'utf8')).toContain('title: "阿克拉"');
    expect(loadContent('content', root).problems).toEqual([]);
  });

  test('takes answers as flags, and fails on a bad one without writing', () => {
    const root = makeTree();
    roots.push(root);
    const ok = run(root, ['organizations', 'itu', '--kind', 'intergovernmental', '--title.zh-cn', '国际电联', '--title.en=ITU']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(loadContent('content', root).set.facts.organizations.map((o) => o.id)).toContain('itu');
    const bad = run(root, ['organizations', 'gsma', '--kind', 'club', '--title.zh-cn', 'x', '--title.en', 'x']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^npm run new: --kind: "club" is not an organization kind \(known: /);
    expect(loadContent('content', root).set.facts.organizations.map((o) => o.id)).not.toContain('gsma');
    const taken = run(root, ['places', 'dakar']);
    expect(taken.stderr.trim()).toBe('npm run new: content/places/dakar.yaml exists already');
  });
});
