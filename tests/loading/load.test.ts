/**
 * An editor's mistakes, made on a temporary copy of content/: each gives one
 * clear problem naming the file, the line, the field, the value and what was
 * expected, and nothing else (no knock-on "missing" messages).
 */
import { LOCALES } from '../../src/schemas/vocab.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loading/load.ts';
import { formatProblem } from '../../src/loading/problems.ts';
import { realContent, replaceLine, scratchContent, type Edit } from '../helpers/content.ts';

const ACT = 'activities/afr-ntfa-workshop-2024.yaml';
const FORUM = 'forums/rdf-ams-2023.yaml';
const EN_ACT = 'text/en/activities/afr-ntfa-workshop-2024.mdx';

let tree: ReturnType<typeof scratchContent>;
beforeAll(() => {
  tree = scratchContent();
});
afterEach(() => tree.restore());
afterAll(() => tree.remove());

/** Problems of content/ with `edits` applied, formatted, with the scratch root shown as "content". */
function problemsWith(edits: Record<string, Edit>): string[] {
  tree.apply(edits);
  return loadContent(tree.root).problems.map((p) => formatProblem(p).replaceAll(tree.root, 'content'));
}

describe('loadContent on the real content', () => {
  it('finds no problem and loads every file', () => {
    const { set, problems } = realContent();
    expect(problems).toEqual([]);
    expect(set.facts.documents).toHaveLength(1);
    expect(set.facts.forums).toHaveLength(6);
    expect(set.facts.regions).toHaveLength(6);
    expect(set.facts.activities.length).toBeGreaterThanOrEqual(50);
    const entries = Object.values(set.facts).reduce((n, list) => n + list.length, 0);
    expect(set.texts).toHaveLength(entries * LOCALES.length);
  });

  it('reports a content root that does not exist instead of loading nothing', () => {
    const { problems, set } = loadContent('/nonexistent/content');
    expect(problems.map(formatProblem)).toEqual(['/nonexistent/content does not exist (set CONTENT_ROOT to the content folder)']);
    expect(set.facts.activities).toEqual([]);
  });

  it('reports a content root that is a file, not a folder', () => {
    const { problems, set } = loadContent(tree.file(ACT));
    expect(problems.map(formatProblem)).toEqual([`${tree.file(ACT)} is not a folder (set CONTENT_ROOT to the content folder)`]);
    expect(set.facts.activities).toEqual([]);
  });

  it('accepts an absolute content root (CONTENT_ROOT may point anywhere)', () => {
    const { problems, set } = loadContent(tree.root);
    expect(problems).toEqual([]);
    expect(set.facts.activities).toHaveLength(realContent().set.facts.activities.length);
    expect(set.facts.activities[0].file.startsWith(tree.root)).toBe(true);
  });
});

describe('an editor’s mistake gives exactly one clear problem', () => {
  it.each<[string, Record<string, Edit>, string]>([
    // A missing required field.
    [
      'missing kind',
      { [ACT]: replaceLine(/^kind:.*\n/, '') },
      `content/${ACT} kind: is required (expected an activity kind, one of: meeting, workshop, forum, seminar, training, exercise, project, assistance, coordination, preparation, staffing, agreement, assessment, outreach)`,
    ],
    ['missing regions', { [ACT]: replaceLine(/^regions:.*\n/, '') }, `content/${ACT} regions: is required (expected a list)`],
    [
      'missing source',
      { [ACT]: replaceLine(/^source:\n.*\n/, '') },
      `content/${ACT} source: is required (expected the blocks it comes from, like "source: { blocks: [p3-3-1] }")`,
    ],
    [
      'missing forum start',
      { [FORUM]: replaceLine(/^start:.*\n/, '') },
      `content/${FORUM} start: is required (expected a date: "YYYY", "YYYY-MM" or "YYYY-MM-DD")`,
    ],
    [
      'missing forum region',
      { [FORUM]: replaceLine(/^region:.*\n/, '') },
      `content/${FORUM} region: is required (expected an id of regions)`,
    ],
    [
      'missing place country',
      { 'places/havana.yaml': replaceLine(/^country:.*\n/, '') },
      'content/places/havana.yaml country: is required (expected an ISO 3166-1 alpha-2 country code, like "ET")',
    ],
    [
      'missing resolution number',
      { 'resolutions/pp-25.yaml': replaceLine(/^number:.*\n/, '') },
      'content/resolutions/pp-25.yaml number: is required (expected a resolution number, a whole number 1 or more)',
    ],
    [
      'missing document session',
      { 'documents/c24-regional-presence.yaml': replaceLine(/^session:.*\n/, '') },
      'content/documents/c24-regional-presence.yaml session: is required (expected text)',
    ],
    ['missing title', { [EN_ACT]: replaceLine(/^title:.*\n/, '') }, `content/${EN_ACT} title: is required (expected a title)`],
    // A malformed or impossible date.
    [
      'malformed date',
      { [ACT]: replaceLine(/^start:.*$/, 'start: "20-05-2024"') },
      `content/${ACT}:5 start: "20-05-2024" is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD")`,
    ],
    [
      'date with slashes',
      { [ACT]: replaceLine(/^start:.*$/, 'start: "2024/05/20"') },
      `content/${ACT}:5 start: "2024/05/20" is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD")`,
    ],
    [
      'unquoted date',
      { [ACT]: replaceLine(/^start:.*$/, 'start: 2024-05-20') },
      `content/${ACT}:5 start: 2024-05-20 must be quoted, like "2024-05-20", so that its precision is kept`,
    ],
    [
      'impossible day',
      { [ACT]: replaceLine(/^start:.*$/, 'start: "2023-02-29"') },
      `content/${ACT}:5 start: "2023-02-29" is not a real date (February 2023 has 28 days)`,
    ],
    [
      'impossible month',
      { [ACT]: replaceLine(/^start:.*$/, 'start: "2023-13"') },
      `content/${ACT}:5 start: "2023-13" is not a real date (months go from 01 to 12)`,
    ],
    [
      'day 31 of a 30-day month',
      { [ACT]: replaceLine(/^end:.*$/, 'end: "2024-04-31"') },
      `content/${ACT}:6 end: "2024-04-31" is not a real date (April 2024 has 30 days)`,
    ],
    // An end before the start.
    [
      'end before start',
      { [ACT]: replaceLine(/^end:.*$/, 'end: "2024-05-19"') },
      `content/${ACT}:6 end: "2024-05-19" is before start "2024-05-20"`,
    ],
    [
      'end month before start',
      { [FORUM]: replaceLine(/^end:.*$/, 'end: "2023-07"') },
      `content/${FORUM}:3 end: "2023-07" is before start "2023-08-16"`,
    ],
    [
      'end without start',
      { [ACT]: replaceLine(/^start:.*\n/, '') },
      `content/${ACT} start: is missing although end is "2024-05-23" (expected a start date)`,
    ],
    // An unknown reference.
    [
      'unknown region',
      { [ACT]: replaceLine(/^regions:.*$/, 'regions: [africa]') },
      `content/${ACT}:2 regions[0]: "africa" is not a region (known: afr, ams, arb, asp, cis, eur)`,
    ],
    [
      'unknown organization',
      { [FORUM]: replaceLine(/^organizations:.*$/, 'organizations: [un-regional-commissions, itu]') },
      `content/${FORUM}:8 organizations[1]: "itu" is not an organization (known: 5g-techritory, anatel, apt, bicsi, bis, cept, citel, comtelca, crasa, dfat, eaco, european-union, … 26 more)`,
    ],
    [
      'unknown place',
      { [FORUM]: replaceLine(/^place:.*$/, 'place: el-salvador') },
      `content/${FORUM}:4 place: "el-salvador" is not a place (known: abu-dhabi, addis-ababa, arusha, bangkok, bobruisk, brasilia, bridgetown, bucharest, cairo, dakar, doha, dubai, … 19 more)`,
    ],
    [
      'unknown forum',
      { 'activities/asp-rdf-side-events-2023.yaml': replaceLine(/^forum:.*$/, 'forum: rdf-asp-2024') },
      'content/activities/asp-rdf-side-events-2023.yaml:13 forum: "rdf-asp-2024" is not a forum (known: rdf-afr-2023, rdf-ams-2023, rdf-arb-2023, rdf-asp-2023, rdf-cis-2024, rdf-eur-2023)',
    ],
    [
      'unknown source block',
      { [ACT]: replaceLine(/blocks: \[p3-3-1\]/, 'blocks: [p3-3-9]') },
      `content/${ACT}:17 source.blocks[0]: "p3-3-9" is not a block of document c24-regional-presence (known: action, financial, p1, p1-1, p1-2, p1-3, p2, p2-1, p2-2, p2-3, p2-4, p2-5, … 71 more)`,
    ],
    [
      'reference that is not an id',
      { [ACT]: replaceLine(/^regions:.*$/, 'regions: [Africa]') },
      `content/${ACT}:2 regions[0]: "Africa" is not a valid id of regions (expected lower-case words joined by "-")`,
    ],
    // An unknown country code or theme.
    [
      'unknown country',
      { [ACT]: replaceLine(/^host:.*$/, 'host: XY') },
      `content/${ACT}:7 host: "XY" is not a country code (expected ISO 3166-1 alpha-2, like "ET")`,
    ],
    [
      'lower-case country',
      { [ACT]: replaceLine(/^host:.*$/, 'host: et') },
      `content/${ACT}:7 host: "et" is not a country code (country codes are upper case: "ET")`,
    ],
    [
      'three-letter country',
      { [ACT]: replaceLine(/^countries:.*$/, 'countries: [ETH]') },
      `content/${ACT}:8 countries[0]: "ETH" is not a country code (expected ISO 3166-1 alpha-2, like "ET")`,
    ],
    [
      'unknown theme',
      { [ACT]: replaceLine(/^themes:.*$/, 'themes: [spectrum]') },
      `content/${ACT}:10 themes[0]: "spectrum" is not a theme (known: spectrum-management, standardization, bridging-standardization-gap, cybersecurity, digital-financial-services, smart-cities, metaverse, artificial-intelligence, accessibility, emergency-communications, future-networks, meaningful-connectivity, child-online-protection, climate-and-environment, digital-transformation, gender-inclusion, capacity-building, infrastructure, conference-preparation, partnerships, internet-of-things, automotive, statistics)`,
    ],
    [
      'unknown sector',
      { [ACT]: replaceLine(/^sectors:.*$/, 'sectors: [itu-x]') },
      `content/${ACT}:3 sectors[0]: "itu-x" is not a sector (known: itu-r, itu-t, itu-d, gs)`,
    ],
    // Fields that do not belong.
    [
      'misspelt field',
      { [ACT]: replaceLine(/^themes:/, 'theme:') },
      `content/${ACT}:10 theme: is not a known field of activities (known: regions, sectors, kind, start, end, place, country, host, beneficiaries, countries, organizers, organizations, themes, resolutions, references, forum, parts, merges, figures, quotes, source) (check the spelling; see the schema reference)`,
    ],
    [
      'fact in a text file',
      { [EN_ACT]: replaceLine(/^title:/, 'start: "2024-05-20"\ntitle:') },
      `content/${EN_ACT}:2 start: is a fact, not text: it belongs in content/${ACT} (text files carry words only)`,
    ],
    [
      'figure written with a space',
      { 'forums/rdf-afr-2023.yaml': replaceLine(/value: 300/, 'value: "3 00"') },
      'content/forums/rdf-afr-2023.yaml:11 figures[0].value: "3 00" is not a number (write 1500, not "1 500" or "1,500")',
    ],
    // Files the build would skip.
    [
      '.yml facts file',
      { [ACT]: null, 'activities/afr-ntfa-workshop-2024.yml': 'x: 1\n' },
      'content/activities/afr-ntfa-workshop-2024.yml has the extension .yml (expected .yaml: rename it to afr-ntfa-workshop-2024.yaml; the site would ignore this file)',
    ],
    [
      'upper-case file name',
      { [ACT]: null, 'activities/AFR-ntfa-workshop-2024.yaml': 'x: 1\n' },
      'content/activities/AFR-ntfa-workshop-2024.yaml "AFR-ntfa-workshop-2024" is not a valid id: ids are lower case (rename the file to afr-ntfa-workshop-2024.yaml)',
    ],
    [
      'YAML syntax error',
      { [ACT]: (s) => s.replace('regions: [afr]', 'regions: [afr') },
      'content/activities/afr-ntfa-workshop-2024.yaml:3 YAML syntax error: missed comma between flow collection entries',
    ],
    ['empty file', { [ACT]: '' }, `content/${ACT} is empty (expected YAML facts or MDX with frontmatter)`],
    ['byte-order mark', { [ACT]: (s) => `\uFEFF${s}` }, `content/${ACT}:1 starts with a byte-order mark (save it as UTF-8 without BOM)`],
    [
      'byte-order mark in a text',
      { [EN_ACT]: (s) => `\uFEFF${s}` },
      `content/${EN_ACT}:1 starts with a byte-order mark (save it as UTF-8 without BOM)`,
    ],
    [
      'text without frontmatter',
      { [EN_ACT]: 'Just words.\n' },
      `content/${EN_ACT}:1 has no frontmatter (expected a block between "---" lines at the top, with at least title)`,
    ],
    // Parity.
    [
      'missing translation',
      { [EN_ACT]: null },
      `content/${ACT} has no en text (expected content/text/en/activities/afr-ntfa-workshop-2024.mdx)`,
    ],
    [
      'translation without entry',
      // Its texts in every other language go too: only the English one is left without its entry.
      {
        [ACT]: null,
        ...Object.fromEntries(LOCALES.filter((l) => l !== 'en').map((l) => [`text/${l}/activities/afr-ntfa-workshop-2024.mdx`, null])),
      },
      `content/${EN_ACT} has no source entry: content/activities/afr-ntfa-workshop-2024.yaml does not exist (create it, or delete this text)`,
    ],
    [
      'document block without text',
      { 'text/en/documents/c24-regional-presence.mdx': replaceLine(/^ {2}p3-3-1: .*\n/, '') },
      'content/text/en/documents/c24-regional-presence.mdx blocks.p3-3-1: is missing (every block of the document needs its text)',
    ],
  ])('%s', (_name, edits, expected) => {
    expect(problemsWith(edits)).toEqual([expected]);
  });

  it('reports a folder that is not a collection, whose files the build would skip', () => {
    expect(problemsWith({ 'activity/new.yaml': 'regions: [afr]\n' })).toEqual([
      'content/activity is not a collection (known: documents, regions, places, organizations, resolutions, references, forums, activities, text)',
    ]);
  });

  it('reports a subfolder of a collection', () => {
    expect(problemsWith({ 'activities/2024/new.yaml': 'regions: [afr]\n' })).toEqual([
      'content/activities/2024 is a folder (entries sit directly in content/activities/; the site would ignore what is inside)',
    ]);
  });

  it('reports a text file outside content/text/<locale>/<collection>/', () => {
    expect(problemsWith({ 'text/en/stray.mdx': '---\ntitle: x\n---\n' })).toEqual([
      'content/text/en/stray.mdx is not at content/text/<language>/<collection>/<id>.mdx (the site would ignore this file)',
    ]);
  });

  it('reports a text in a language the site does not publish', () => {
    expect(problemsWith({ 'text/de/activities/afr-ntfa-workshop-2024.mdx': '---\ntitle: Werkstatt\n---\n' })).toEqual([
      `content/text/de "de" is not a site language (known: ${LOCALES.join(', ')})`,
    ]);
  });

  it('reports every mistake in one pass, one line each', () => {
    const problems = problemsWith({
      [ACT]: (s) => replaceLine(/^host:.*$/, 'host: XY')(replaceLine(/^themes:.*$/, 'themes: [spectrum]')(s)),
      [FORUM]: replaceLine(/^end:.*$/, 'end: "2023-08-15"'),
    });
    expect(problems).toHaveLength(3);
    expect(problems.every((p) => !p.includes('\n'))).toBe(true);
  });

  it('does not drop an invalid entry silently: it is out of the set, and reported', () => {
    tree.apply({ [ACT]: replaceLine(/^kind:.*$/, 'kind: party') });
    const { set, problems } = loadContent(tree.root);
    expect(set.facts.activities.map((a) => a.id)).not.toContain('afr-ntfa-workshop-2024');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: tree.file(ACT), line: 4, field: 'kind' });
    expect(problems[0].message).toMatch(/^"party" is not an activity kind \(known: meeting, workshop/);
  });
});
