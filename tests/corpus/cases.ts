/**
 * The bad-input corpus: each case is the valid tree in tests/corpus/base plus
 * one mistake, with the exact problem line(s) `npm run check` must print.
 * Paths are relative to the tree's root (which holds content/).
 */

import { LOCALES, SOURCE_LOCALE } from '../../src/schemas/vocab.ts';

export interface Mutation {
  /** Files to write (text or raw bytes); null deletes the file. */
  write?: Record<string, string | Buffer | null>;
  /** Edits of existing files: [search, replacement] applied once each (the search must be found). */
  edit?: Record<string, [string, string][]>;
}
export interface Case extends Mutation {
  name: string;
  expected: string[];
}

const A = 'content/activities/afr-workshop-2023.yaml';
const F = 'content/forums/rdf-afr-2023.yaml';
const R = 'content/regions/afr.yaml';
const EN = 'content/text/en/activities/afr-workshop-2023.mdx';
const ZH = 'content/text/zh-cn/activities/afr-workshop-2023.mdx';
const ACTIVITY_KINDS =
  'meeting, workshop, forum, seminar, training, exercise, project, assistance, coordination, preparation, staffing, agreement, assessment, outreach';
const ACTIVITY_FIELDS =
  'regions, sectors, kind, start, end, place, country, host, beneficiaries, countries, organizers, organizations, themes, resolutions, references, forum, parts, merges, figures, quotes, source';
const TEXT_FIELDS = 'title, literal, short, aliases, untranslated, summary, theme, quotes, blockTitles, blocks';
const THEMES =
  'spectrum-management, standardization, bridging-standardization-gap, cybersecurity, digital-financial-services, smart-cities, metaverse, artificial-intelligence, accessibility, emergency-communications, future-networks, meaningful-connectivity, child-online-protection, climate-and-environment, digital-transformation, gender-inclusion, capacity-building, infrastructure, conference-preparation, partnerships, internet-of-things, automotive, statistics';
const BLOCKS = 'p1, p1-1, p3-3, p3-3-1, purpose';
const enBody = (body: string): Mutation => ({ edit: { [EN]: [['\nSee the', `\n${body}\n\nSee the`]] } });
/** The end of every "loads … from another origin" message (remote-resources.ts). */
const LOCAL = '(images, frames and media must be files of this site: put it under public/ and link it as /…)';
const NOT_ALLOWED = 'is not allowed in a text file (it would run code or embed another page)';

/** The translated languages: the base tree's translations are the English text in each. */
const TRANSLATED = LOCALES.filter((l) => l !== SOURCE_LOCALE);
/** The same text of a new entry in every translated language (the base tree has one per language). */
const translated = (path: (locale: string) => string, text: string) => Object.fromEntries(TRANSLATED.map((l) => [path(l), text]));
/** The same edit of an entry's text in every translated language. */
const inTranslations = (path: (locale: string) => string, edits: [string, string][]) =>
  Object.fromEntries(TRANSLATED.map((l) => [path(l), edits]));
const activityText = (l: string) => `content/text/${l}/activities/afr-workshop-2023.mdx`;

const C25 = {
  'content/documents/c25-test.yaml':
    'session: C25\nyear: 2025\ndate: "2025"\noriginalLanguage: zh-cn\nlanguages: [zh-cn, en]\nstatus: previous\nblocks:\n  - { id: p1, kind: heading, number: "1" }\n  - { id: p1-1, kind: paragraph, number: "1.1" }\n',
  'content/text/zh-cn/documents/c25-test.mdx': '---\ntitle: 第二版\nblocks:\n  p1: 引言\n  p1-1: 第1.1段。\n---\n',
  ...translated(
    (l) => `content/text/${l}/documents/c25-test.mdx`,
    '---\ntitle: Second edition\nblocks:\n  p1: Introduction\n  p1-1: Paragraph 1.1.\n---\n',
  ),
};

export const CASES: Case[] = [
  // Required fields and types.
  {
    name: 'missing required field',
    edit: { [A]: [['kind: workshop\n', '']] },
    expected: [`${A} kind: is required (expected an activity kind, one of: ${ACTIVITY_KINDS})`],
  },
  {
    name: 'missing required nested field',
    edit: { [A]: [['  blocks: [p3-3-1]\n', '']] },
    expected: [`${A}:13 source.blocks: is required (expected a list of block ids, like [p3-3-1])`],
  },
  {
    name: 'missing required text field',
    write: { 'content/text/en/places/dakar.mdx': '---\nshort: Dakar\n---\n' },
    expected: ['content/text/en/places/dakar.mdx title: is required (expected a title)'],
  },
  {
    name: 'empty value',
    edit: { [A]: [['kind: workshop', 'kind:']] },
    expected: [`${A}:3 kind: is empty (expected an activity kind, one of: ${ACTIVITY_KINDS})`],
  },
  {
    name: 'text instead of a list',
    edit: { [R]: [['members: [ET, SN]', 'members: ET']] },
    expected: [`${R}:4 members: "ET" is text (expected a list)`],
  },
  {
    name: 'text instead of a number',
    edit: { 'content/resolutions/pp-25.yaml': [['number: 25', 'number: "25"']] },
    expected: ['content/resolutions/pp-25.yaml:2 number: "25" is not a resolution number (expected a whole number 1 or more)'],
  },
  {
    name: 'not a whole number',
    edit: { 'content/resolutions/pp-25.yaml': [['number: 25', 'number: 25.5']] },
    expected: ['content/resolutions/pp-25.yaml:2 number: 25.5 is not a resolution number (expected a whole number 1 or more)'],
  },
  {
    name: 'coordinates not a pair',
    edit: { 'content/places/dakar.yaml': [['[-17.44, 14.69]', '[-17.44]']] },
    expected: ['content/places/dakar.yaml:2 coordinates: [-17.44] is not [longitude, latitude] in degrees'],
  },
  {
    name: 'unknown field',
    edit: { [A]: [['regions: [afr]', 'regions: [afr]\nreigons: [afr]']] },
    expected: [
      `${A}:2 reigons: is not a known field of activities (known: ${ACTIVITY_FIELDS}) (check the spelling; see the schema reference)`,
    ],
  },
  {
    name: 'text field in a facts file',
    edit: { [A]: [['kind: workshop', 'kind: workshop\ntitle: Test workshop']] },
    expected: [
      `${A}:4 title: is text, not a fact: it belongs in content/text/<language>/activities/afr-workshop-2023.mdx (facts files carry no words)`,
    ],
  },
  {
    name: 'facts file is not a mapping',
    write: { 'content/places/dakar.yaml': '- country: SN\n' },
    expected: ['content/places/dakar.yaml:1 is not a YAML mapping of fields (expected lines like "field: value")'],
  },
  {
    name: 'very long title',
    edit: { [EN]: [['title: Test workshop', `title: ${'x'.repeat(250)}`]] },
    expected: [`${EN}:2 title: is 250 characters long (expected at most 200)`],
  },
  {
    name: 'very long short name',
    edit: { [EN]: [['title: Test workshop', `title: Test workshop\nshort: ${'y'.repeat(61)}`]] },
    expected: [`${EN}:3 short: is 61 characters long (expected at most 60)`],
  },
  {
    name: 'empty title',
    edit: { [EN]: [['title: Test workshop', 'title: ""']] },
    expected: [`${EN}:2 title: is empty (expected a title)`],
  },

  // Dates.
  {
    name: 'impossible date',
    edit: { [A]: [['"2023-09-27"', '"2023-02-30"']] },
    expected: [`${A}:4 start: "2023-02-30" is not a real date (February 2023 has 28 days)`],
  },
  {
    name: 'month 13',
    edit: { [A]: [['"2023-09-27"', '"2023-13"']] },
    expected: [`${A}:4 start: "2023-13" is not a real date (months go from 01 to 12)`],
  },
  {
    name: 'one-digit month',
    edit: { [A]: [['"2023-09-27"', '"2023-9"']] },
    expected: [
      `${A}:4 start: "2023-9" is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD", with two-digit months and days: "2023-09")`,
    ],
  },
  {
    name: 'date in words',
    edit: { [A]: [['"2023-09-27"', '"Sept 2023"']] },
    expected: [`${A}:4 start: "Sept 2023" is not a date (expected "YYYY", "YYYY-MM" or "YYYY-MM-DD")`],
  },
  {
    name: 'end before start',
    edit: { [F]: [['end: "2023-09-26"', 'end: "2023-09-20"']] },
    expected: [`${F}:3 end: "2023-09-20" is before start "2023-09-25"`],
  },
  {
    name: 'end before start at month precision',
    edit: { [F]: [['end: "2023-09-26"', 'end: "2023-08"']] },
    expected: [`${F}:3 end: "2023-08" is before start "2023-09-25"`],
  },
  {
    name: 'end without start',
    edit: { [A]: [['start: "2023-09-27"', 'end: "2023-09-27"']] },
    expected: [`${A} start: is missing although end is "2023-09-27" (expected a start date)`],
  },
  {
    name: 'unquoted date',
    edit: { [A]: [['"2023-09-27"', '2023-09-27']] },
    expected: [`${A}:4 start: 2023-09-27 must be quoted, like "2023-09-27", so that its precision is kept`],
  },
  {
    name: 'unquoted impossible date',
    edit: { [A]: [['"2023-09-27"', '2023-02-30']] },
    expected: [`${A}:4 start: 2023-02-30 must be quoted, and it is not a real date (February 2023 has 28 days)`],
  },
  {
    name: 'date before ITU existed',
    edit: { [A]: [['"2023-09-27"', '"1023-09-27"']] },
    expected: [`${A}:4 start: "1023-09-27" is before ITU was founded (1865); check the year`],
  },
  {
    name: 'date long after the report',
    edit: { [A]: [['"2023-09-27"', '"2032-09-27"']] },
    expected: [
      `${A}:4 start: "2032-09-27" is more than 2 years after the date of c24-regional-presence ("2024"), which reports it; check the year`,
    ],
  },

  {
    name: 'impossible day of a figure’s as-of date',
    edit: { [F]: [['quote: 近300名与会者 }', 'quote: 近300名与会者, asOf: "2023-02-30" }']] },
    expected: [`${F}:10 figures[0].asOf: "2023-02-30" is not a real date (February 2023 has 28 days)`],
  },
  {
    name: 'impossible month of a document’s date',
    edit: { 'content/documents/c24-regional-presence.yaml': [['date: "2024"', 'date: "2024-13"']] },
    expected: ['content/documents/c24-regional-presence.yaml:4 date: "2024-13" is not a real date (months go from 01 to 12)'],
  },
  {
    name: 'forum dated only to the year',
    edit: { [F]: [['start: "2023-09-25"', 'start: "2023"']] },
    expected: [`${F}:2 start: "2023" gives only the year (expected "YYYY-MM" or "YYYY-MM-DD": this date is known at least to the month)`],
  },
  {
    name: 'forum end only to the year',
    edit: { [F]: [['end: "2023-09-26"', 'end: "2023"']] },
    expected: [`${F}:3 end: "2023" gives only the year (expected "YYYY-MM" or "YYYY-MM-DD": this date is known at least to the month)`],
  },

  // An unknown id in each reference field.
  {
    name: 'unknown region (activity regions)',
    edit: { [A]: [['regions: [afr]', 'regions: [afx]']] },
    expected: [`${A}:1 regions[0]: "afx" is not a region (known: afr, ams)`],
  },
  {
    name: 'unknown place (activity place)',
    edit: { [A]: [['place: dakar', 'place: dakr']] },
    expected: [`${A}:5 place: "dakr" is not a place (known: addis-ababa, brasilia, bucharest, dakar)`],
  },
  {
    name: 'unknown organization',
    edit: { [A]: [['organizations: [au]', 'organizations: [au, itu]']] },
    expected: [`${A}:8 organizations[1]: "itu" is not an organization (known: au)`],
  },
  {
    name: 'unknown resolution',
    edit: { [A]: [['resolutions: [pp-25]', 'resolutions: [pp-26]']] },
    expected: [`${A}:10 resolutions[0]: "pp-26" is not a resolution (known: pp-25)`],
  },
  {
    name: 'unknown referenced document',
    edit: { [A]: [['references: [kap]', 'references: [kapp]']] },
    expected: [`${A}:11 references[0]: "kapp" is not a referenced document (known: kap)`],
  },
  {
    name: 'unknown forum',
    edit: { [A]: [['forum: rdf-afr-2023', 'forum: rdf-afr-2024']] },
    expected: [`${A}:12 forum: "rdf-afr-2024" is not a forum (known: rdf-afr-2023)`],
  },
  {
    name: 'unknown colocated activity',
    edit: { [F]: [['colocated: [afr-workshop-2023]', 'colocated: [afr-workshop-2024]']] },
    expected: [`${F}:6 colocated[0]: "afr-workshop-2024" is not an activity (known: afr-workshop-2023)`],
  },
  {
    name: 'unknown forum region',
    edit: { [F]: [['region: afr', 'region: africa']] },
    expected: [`${F}:1 region: "africa" is not a region (known: afr, ams)`],
  },
  {
    name: 'unknown forum place',
    edit: { [F]: [['place: addis-ababa', 'place: addis']] },
    expected: [`${F}:4 place: "addis" is not a place (known: addis-ababa, brasilia, bucharest, dakar)`],
  },
  {
    name: 'unknown region office',
    edit: { [R]: [['office: addis-ababa', 'office: addis']] },
    expected: [`${R}:2 office: "addis" is not a place (known: addis-ababa, brasilia, bucharest, dakar)`],
  },
  {
    name: 'unknown area office',
    edit: { [R]: [['areaOffices: [dakar]', 'areaOffices: [dakar, abidjan]']] },
    expected: [`${R}:3 areaOffices[1]: "abidjan" is not a place (known: addis-ababa, brasilia, bucharest, dakar)`],
  },
  {
    name: 'unknown revision place',
    edit: { 'content/resolutions/pp-25.yaml': [['place: bucharest', 'place: bucarest']] },
    expected: [
      'content/resolutions/pp-25.yaml:4 revisions[0].place: "bucarest" is not a place (known: addis-ababa, brasilia, bucharest, dakar)',
    ],
  },
  {
    name: 'unknown source document',
    edit: { [A]: [['document: c24-regional-presence', 'document: c23-regional-presence']] },
    expected: [`${A}:14 source.document: "c23-regional-presence" is not a document (known: c24-regional-presence)`],
  },
  {
    name: 'unknown source block',
    edit: { [A]: [['blocks: [p3-3-1]', 'blocks: [p3-3-1, p9-9]']] },
    expected: [`${A}:15 source.blocks[1]: "p9-9" is not a block of document c24-regional-presence (known: ${BLOCKS})`],
  },
  {
    name: 'malformed source block',
    edit: { [A]: [['blocks: [p3-3-1]', 'blocks: [3.3]']] },
    expected: [`${A}:15 source.blocks[0]: 3.3 is not a block id of the document (expected like "p3-3" or "p3-6-2-4")`],
  },
  {
    name: 'unknown block of another edition',
    write: C25,
    edit: { [A]: [['blocks: [p3-3-1]', 'blocks: [p3-3-1]\n  also: [{ document: c25-test, blocks: [p1-1, p3-3-1] }]']] },
    expected: [`${A}:15 source.also[0].blocks[1]: "p3-3-1" is not a block of document c25-test (known: p1, p1-1)`],
  },
  {
    name: 'unknown other edition',
    edit: { [A]: [['blocks: [p3-3-1]', 'blocks: [p3-3-1]\n  also: [{ document: c25-test, blocks: [p1-1] }]']] },
    expected: [`${A}:16 source.also[0].document: "c25-test" is not a document (known: c24-regional-presence)`],
  },
  {
    name: 'no current edition',
    edit: { 'content/documents/c24-regional-presence.yaml': [['status: current', 'status: previous']] },
    expected: [
      'content/documents/c24-regional-presence.yaml status: no document is the current edition (write "status: current" in exactly one of: c24-regional-presence)',
    ],
  },
  {
    name: 'two current editions',
    write: {
      ...C25,
      'content/documents/c25-test.yaml': C25['content/documents/c25-test.yaml'].replace('status: previous', 'status: current'),
    },
    expected: [
      'content/documents/c25-test.yaml status: "current", but c24-regional-presence is the current edition too (exactly one document is current; write "status: previous" in the others)',
    ],
  },
  {
    name: 'unknown key-figure block of the document',
    edit: { 'content/documents/c24-regional-presence.yaml': [['block: p1-1,', 'block: p1-2,']] },
    expected: [
      `content/documents/c24-regional-presence.yaml:8 keyFigures[0].block: "p1-2" is not a block of document c24-regional-presence (known: ${BLOCKS})`,
    ],
  },

  {
    name: 'unknown part (activity parts)',
    edit: { [A]: [['forum: rdf-afr-2023', 'forum: rdf-afr-2023\nparts: [afr-workshop-2024]']] },
    expected: [`${A}:13 parts[0]: "afr-workshop-2024" is not an activity (known: afr-workshop-2023)`],
  },
  {
    name: 'unknown merged block (activity merges)',
    edit: {
      [A]: [
        ['blocks: [p3-3-1]', 'blocks: [p3-3-1, p9-9]'],
        ['forum: rdf-afr-2023', 'forum: rdf-afr-2023\nmerges: [p3-3-1, p9-9]'],
      ],
    },
    expected: [
      `${A}:13 merges[1]: "p9-9" is not a block of document c24-regional-presence (known: ${BLOCKS})`,
      `${A}:16 source.blocks[1]: "p9-9" is not a block of document c24-regional-presence (known: ${BLOCKS})`,
    ],
  },
  {
    // Valid: merged blocks are blocks of the edition the activity cites (as the data package's activity_merged_blocks says), not of the current one.
    name: 'merged blocks of the edition the activity cites',
    write: {
      ...C25,
      'content/documents/c25-test.yaml': C25['content/documents/c25-test.yaml'].replace(
        '  - { id: p1-1, kind: paragraph, number: "1.1" }\n',
        '  - { id: p1-1, kind: paragraph, number: "1.1" }\n  - { id: p1-2, kind: paragraph, number: "1.2" }\n',
      ),
      'content/text/zh-cn/documents/c25-test.mdx': '---\ntitle: 第二版\nblocks:\n  p1: 引言\n  p1-1: 第1.1段。\n  p1-2: 第1.2段。\n---\n',
      ...translated(
        (l) => `content/text/${l}/documents/c25-test.mdx`,
        '---\ntitle: Second edition\nblocks:\n  p1: Introduction\n  p1-1: Paragraph 1.1.\n  p1-2: Paragraph 1.2.\n---\n',
      ),
      'content/activities/afr-c25-2025.yaml':
        'regions: [afr]\nkind: project\nmerges: [p1-1, p1-2]\nsource:\n  document: c25-test\n  blocks: [p1-1, p1-2]\n',
      'content/text/zh-cn/activities/afr-c25-2025.mdx': '---\ntitle: 项目\n---\n',
      ...translated((l) => `content/text/${l}/activities/afr-c25-2025.mdx`, '---\ntitle: Programme\n---\n'),
    },
    expected: [],
  },
  {
    name: 'unknown forum organizer',
    edit: { [F]: [['organizations: [au]', 'organizers: [itu]\norganizations: [au]']] },
    expected: [`${F}:7 organizers[0]: "itu" is not an organization (known: au)`],
  },
  {
    name: 'unknown forum resolution',
    edit: { [F]: [['resolutions: [pp-25]', 'resolutions: [pp-25, pp-99]']] },
    expected: [`${F}:8 resolutions[1]: "pp-99" is not a resolution (known: pp-25)`],
  },

  // Closed vocabularies.
  {
    name: 'unknown country code',
    edit: { [A]: [['countries: [ET]', 'countries: [ET, XX]']] },
    expected: [`${A}:7 countries[1]: "XX" is not a country code (expected ISO 3166-1 alpha-2, like "ET")`],
  },
  {
    name: 'lower-case country code',
    edit: { [A]: [['country: SN', 'country: sn']] },
    expected: [`${A}:6 country: "sn" is not a country code (country codes are upper case: "SN")`],
  },
  {
    name: 'unknown theme',
    edit: { [A]: [['themes: [capacity-building]', 'themes: [capacity-building, metavers]']] },
    expected: [`${A}:9 themes[1]: "metavers" is not a theme (known: ${THEMES})`],
  },
  {
    name: 'unknown sector',
    edit: { [A]: [['sectors: [itu-d]', 'sectors: [itu-x]']] },
    expected: [`${A}:2 sectors[0]: "itu-x" is not a sector (known: itu-r, itu-t, itu-d, gs)`],
  },
  {
    name: 'unknown figure qualifier',
    edit: { [F]: [['qualifier: about', 'qualifier: approx']] },
    expected: [`${F}:10 figures[0].qualifier: "approx" is not a figure qualifier (known: exact, about, more-than)`],
  },
  {
    name: 'unknown region code',
    edit: { [R]: [['code: AFR', 'code: AF']] },
    expected: [`${R}:1 code: "AF" is not a region code (known: AFR, AMS, ARB, ASP, CIS, EUR)`],
  },

  // Ids, duplicates and stray files.
  {
    name: 'duplicate id by case',
    write: { 'content/activities/Afr-Workshop-2023.yaml': 'regions: [afr]\n' },
    expected: [
      'content/activities/Afr-Workshop-2023.yaml has the same id as content/activities/afr-workshop-2023.yaml (ids ignore upper/lower case and the extension, so the site would load only one of them; keep one file, named afr-workshop-2023.yaml)',
    ],
  },
  {
    name: 'duplicate id by extension',
    write: { 'content/places/dakar.yml': 'country: SN\ncoordinates: [-17.44, 14.69]\n' },
    expected: [
      'content/places/dakar.yml has the same id as content/places/dakar.yaml (ids ignore upper/lower case and the extension, so the site would load only one of them; keep one file, named dakar.yaml)',
    ],
  },
  {
    name: '.yml file',
    write: { 'content/places/accra.yml': 'country: GH\ncoordinates: [-0.19, 5.6]\n' },
    expected: [
      'content/places/accra.yml has the extension .yml (expected .yaml: rename it to accra.yaml; the site would ignore this file)',
    ],
  },
  {
    name: 'upper-case id',
    write: { 'content/places/Accra.yaml': 'country: GH\ncoordinates: [-0.19, 5.6]\n' },
    expected: ['content/places/Accra.yaml "Accra" is not a valid id: ids are lower case (rename the file to accra.yaml)'],
  },
  {
    name: 'invalid id',
    write: { 'content/places/accra_city.yaml': 'country: GH\ncoordinates: [-0.19, 5.6]\n' },
    expected: [
      'content/places/accra_city.yaml "accra_city" is not a valid id (expected lower-case words joined by "-", like "rdf-afr-2023")',
    ],
  },
  {
    name: 'duplicate text (.md and .mdx)',
    write: { 'content/text/en/places/dakar.md': '---\ntitle: Dakar\n---\n' },
    expected: [
      'content/text/en/places/dakar.md has the same id as content/text/en/places/dakar.mdx (ids ignore upper/lower case and the extension, so the site would load only one of them; keep one file, named dakar.mdx)',
    ],
  },
  {
    name: 'stray file',
    write: { 'content/activities/notes.txt': 'to do\n' },
    expected: [
      'content/activities/notes.txt is not a .yaml file (entries are content/activities/<id>.yaml; the site would ignore this file)',
    ],
  },
  {
    name: 'folder inside a collection',
    write: { 'content/places/old/dakar.yaml': 'country: SN\ncoordinates: [-17.44, 14.69]\n' },
    expected: ['content/places/old is a folder (entries sit directly in content/places/; the site would ignore what is inside)'],
  },
  {
    name: 'misspelt collection folder',
    write: { 'content/activites/afr-new.yaml': 'regions: [afr]\n' },
    expected: [
      'content/activites is not a collection (known: documents, regions, places, organizations, resolutions, references, forums, activities, text)',
    ],
  },
  {
    name: 'unknown language folder',
    write: { 'content/text/de/places/dakar.mdx': '---\ntitle: Dakar\n---\n' },
    expected: [`content/text/de "de" is not a site language (known: ${LOCALES.join(', ')})`],
  },
  {
    name: 'unknown collection in texts',
    write: { 'content/text/en/place/dakar.mdx': '---\ntitle: Dakar\n---\n' },
    expected: [
      'content/text/en/place "place" is not a collection (known: documents, regions, places, organizations, resolutions, references, forums, activities)',
    ],
  },

  // Translations.
  {
    name: 'translation carrying a fact field',
    edit: { [EN]: [['summary:', 'start: "2023-09-27"\nsummary:']] },
    expected: [`${EN}:4 start: is a fact, not text: it belongs in content/activities/afr-workshop-2023.yaml (text files carry words only)`],
  },
  {
    name: 'translation with no source entry',
    write: { 'content/text/en/activities/afr-ghost-2023.mdx': '---\ntitle: Ghost\n---\n' },
    expected: [
      'content/text/en/activities/afr-ghost-2023.mdx has no source entry: content/activities/afr-ghost-2023.yaml does not exist (create it, or delete this text)',
    ],
  },
  {
    name: 'missing translation',
    write: { 'content/text/en/places/dakar.mdx': null },
    expected: ['content/places/dakar.yaml has no en text (expected content/text/en/places/dakar.mdx)'],
  },
  {
    name: 'missing source-language text',
    write: { 'content/text/zh-cn/places/dakar.mdx': null },
    expected: [
      'content/places/dakar.yaml has no zh-cn text (expected content/text/zh-cn/places/dakar.mdx, in the language of the original)',
    ],
  },
  {
    name: 'misspelt text field',
    edit: { [EN]: [['summary:', 'summry:']] },
    expected: [`${EN}:4 summry: is not a field of text files (known: ${TEXT_FIELDS})`],
  },
  {
    name: 'translation still a stub of npm run new',
    edit: { [EN]: [['summary:', 'untranslated: true\nsummary:']] },
    expected: [
      `${EN}:4 untranslated: is a stub, not yet translated into en (translate every field from the zh-cn text, then delete this line)`,
    ],
  },
  {
    name: 'untranslated set to false',
    edit: { [EN]: [['summary:', 'untranslated: false\nsummary:']] },
    expected: [`${EN}:4 untranslated: must be true or absent (a stub of \`npm run new\` says \`untranslated: true\`)`],
  },
  {
    name: 'document text missing a block',
    edit: { 'content/text/en/documents/c24-regional-presence.mdx': [['  p1-1: "Paragraph 1.1."\n', '']] },
    expected: ['content/text/en/documents/c24-regional-presence.mdx blocks.p1-1: is missing (every block of the document needs its text)'],
  },

  // Syntax and encoding.
  {
    name: 'YAML syntax error',
    edit: { [A]: [['kind: workshop', 'kind: "workshop']] },
    expected: [
      `${A}:3 YAML syntax error: a quote opened on this line is not closed (can not read a block mapping entry; a multiline key may not be an implicit key)`,
    ],
  },
  {
    name: 'YAML duplicate key',
    edit: { [A]: [['kind: workshop', 'kind: workshop\nkind: meeting']] },
    expected: [`${A}:4 YAML syntax error: duplicated mapping key`],
  },
  {
    name: 'YAML syntax error in frontmatter',
    edit: { [EN]: [['summary: An activity for the tests.', 'summary: [An activity']] },
    expected: [`${EN}:5 YAML syntax error: unexpected end of the stream within a flow collection`],
  },
  {
    name: 'no frontmatter',
    write: { 'content/text/en/places/dakar.mdx': 'title: Dakar\n' },
    expected: [
      'content/text/en/places/dakar.mdx:1 has no frontmatter (expected a block between "---" lines at the top, with at least title)',
    ],
  },
  {
    name: 'unclosed tag',
    ...enBody('A <span>unclosed tag.'),
    expected: [`${EN}:7 body: MDX syntax error: Expected a closing tag for \`<span>\` (line 7, column 3) before the end of \`paragraph\``],
  },
  {
    name: 'stray closing tag',
    ...enBody('</div>'),
    expected: [`${EN}:7 body: MDX syntax error: Unexpected closing slash \`/\` in tag, expected an open tag first`],
  },
  {
    name: 'literal less-than sign',
    ...enBody('Speeds <10 Mbit/s.'),
    expected: [
      `${EN}:7 body: MDX syntax error: Unexpected character \`1\` (U+0031) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (to write a literal "<" in text, use &lt;)`,
    ],
  },
  {
    name: 'literal brace',
    ...enBody('Braces {like this} here.'),
    expected: [`${EN}:7 body: MDX syntax error: Could not parse expression with acorn (to write a literal "{" in text, escape it as \\{)`],
  },
  {
    name: 'HTML comment',
    ...enBody('<!-- note -->'),
    expected: [
      `${EN}:7 body: MDX syntax error: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`)`,
    ],
  },
  {
    name: 'JavaScript expression',
    ...enBody('Total: {1 + 1}.'),
    expected: [`${EN}:7 body: has a JavaScript expression {1 + 1} (to write a literal "{" in text, escape it as \\{)`],
  },
  {
    name: 'script in a body',
    ...enBody('<script>alert(1)</script>'),
    expected: [`${EN}:7 body: <script> is not allowed in a text file (it would run code or embed another page)`],
  },
  {
    name: 'iframe in a body',
    ...enBody('<iframe src="https://example.org/"></iframe>'),
    expected: [
      `${EN}:7 body: <iframe> is not allowed in a text file (it would run code or embed another page)`,
      `${EN}:7 body: <iframe src> loads https://example.org/ from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'event handler in a body',
    ...enBody('<span onclick="alert(1)">x</span>'),
    expected: [`${EN}:7 body: <span> has the attribute onclick (event handlers and directives are not allowed in text files)`],
  },
  {
    name: 'import in a body',
    ...enBody('import X from "./x.js"'),
    expected: [`${EN}:7 body: has an import or export (text files cannot load code; write the words only)`],
  },
  {
    name: 'component in a body',
    ...enBody('<Map region="afr" />'),
    expected: [`${EN}:7 body: <Map> is a component (text files can use plain HTML elements only, like <abbr> or <a>)`],
  },
  {
    name: 'javascript: link',
    ...enBody('[x](javascript:alert(1))'),
    expected: [
      `${EN}:7 body: link "javascript:alert(1)" uses a forbidden scheme (links go to pages, like /en/regions/afr/, or to https:// addresses)`,
    ],
  },
  {
    name: 'broken internal link',
    edit: { [EN]: [['/en/regions/afr/', '/en/regions/afx/']] },
    expected: [`${EN}:7 body: link "/en/regions/afx/" does not lead to a page of the site ("afx" is not an id of regions)`],
  },
  {
    name: 'link to an unknown language',
    edit: { [ZH]: [['/zh-cn/regions/afr/', '/zh/regions/afr/']] },
    expected: [`${ZH}:6 body: link "/zh/regions/afr/" does not lead to a page of the site ("zh" is not a site language)`],
  },
  {
    name: 'link to a page that does not exist',
    edit: { [EN]: [['/en/regions/afr/', '/en/offices/']] },
    expected: [`${EN}:7 body: link "/en/offices/" does not lead to a page of the site`],
  },
  {
    name: 'link without trailing slash',
    edit: { [EN]: [['/en/regions/afr/', '/en/regions/afr']] },
    expected: [
      `${EN}:7 body: link "/en/regions/afr" does not lead to a page of the site (page addresses end with "/": write "/en/regions/afr/")`,
    ],
  },
  {
    name: 'link to an unknown paragraph',
    edit: { [EN]: [['/en/documents/c24-regional-presence/#p1-1', '/en/documents/c24-regional-presence/#p1-9']] },
    expected: [
      `${EN}:7 body: link "/en/documents/c24-regional-presence/#p1-9": "p1-9" is not a paragraph of the document (expected a block id like "p3-3")`,
    ],
  },
  {
    name: 'link to a paragraph through the redirect to the current edition',
    edit: { [EN]: [['/en/documents/c24-regional-presence/#p1-1', '/en/document/#p1-1']] },
    expected: [
      `${EN}:7 body: link "/en/document/#p1-1": /en/document/ redirects to the current edition and loses "#p1-1" (link the edition's page: /en/documents/c24-regional-presence/#p1-1)`,
    ],
  },
  {
    name: 'link to an unknown edition',
    edit: { [EN]: [['/en/documents/c24-regional-presence/#p1-1', '/en/documents/c23-regional-presence/#p1-1']] },
    expected: [
      `${EN}:7 body: link "/en/documents/c23-regional-presence/#p1-1" does not lead to a page of the site ("c23-regional-presence" is not an id of documents)`,
    ],
  },
  {
    name: 'relative link',
    edit: { [EN]: [['/en/regions/afr/', '../../regions/afr/']] },
    expected: [`${EN}:7 body: link "../../regions/afr/" is relative (write the full address from the site root, like /en/regions/afr/)`],
  },
  // Nothing is loaded from another origin (remote-resources.ts); links the reader follows are fine.
  {
    name: 'remote image (https)',
    ...enBody('![x](https://example.org/a.png)'),
    expected: [`${EN}:7 body: loads https://example.org/a.png from another origin ${LOCAL}`],
  },
  {
    name: 'remote image (http)',
    ...enBody('A chart: ![chart](http://example.org/chart.svg "Chart").'),
    expected: [`${EN}:7 body: loads http://example.org/chart.svg from another origin ${LOCAL}`],
  },
  {
    name: 'remote image (protocol-relative)',
    ...enBody('![x](//cdn.example.org/a.png)'),
    expected: [`${EN}:7 body: loads //cdn.example.org/a.png from another origin ${LOCAL}`],
  },
  {
    name: 'remote image (upper-case scheme)',
    ...enBody('![x](HTTPS://example.org/a.png)'),
    expected: [`${EN}:7 body: loads HTTPS://example.org/a.png from another origin ${LOCAL}`],
  },
  {
    name: 'remote image inside a link',
    ...enBody('[![ITU](https://www.itu.int/logo.png)](https://www.itu.int/)'),
    expected: [`${EN}:7 body: loads https://www.itu.int/logo.png from another origin ${LOCAL}`],
  },
  {
    name: 'remote image by reference',
    ...enBody('![logo][itu]\n\n[itu]: https://www.itu.int/logo.png'),
    expected: [`${EN}:7 body: loads https://www.itu.int/logo.png from another origin, through the definition [itu] on line 9 ${LOCAL}`],
  },
  {
    name: 'remote image by shortcut reference',
    ...enBody('![Logo]\n\n[logo]: //cdn.example.org/logo.png'),
    expected: [`${EN}:7 body: loads //cdn.example.org/logo.png from another origin, through the definition [logo] on line 9 ${LOCAL}`],
  },
  {
    name: 'remote img src',
    ...enBody('<img src="https://example.org/a.png" alt="A" />'),
    expected: [`${EN}:7 body: <img src> loads https://example.org/a.png from another origin ${LOCAL}`],
  },
  {
    name: 'remote img src (protocol-relative, in a sentence)',
    ...enBody('The logo <img src="//cdn.example.org/a.png" alt="" /> here.'),
    expected: [`${EN}:7 body: <img src> loads //cdn.example.org/a.png from another origin ${LOCAL}`],
  },
  {
    name: 'remote img src (upper-case attribute)',
    ...enBody('<img SRC="http://example.org/a.png" alt="A" />'),
    expected: [`${EN}:7 body: <img SRC> loads http://example.org/a.png from another origin ${LOCAL}`],
  },
  {
    name: 'remote img srcset with several candidates',
    ...enBody(
      '<img src="/favicon.svg" srcset="/favicon.svg 1x, https://example.org/a@2x.png 2x, http://example.org/a,wide.png 800w" alt="" />',
    ),
    expected: [
      `${EN}:7 body: <img srcset> loads https://example.org/a@2x.png from another origin ${LOCAL}`,
      `${EN}:7 body: <img srcset> loads http://example.org/a,wide.png from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote picture source srcset',
    ...enBody(
      '<picture>\n  <source srcset="https://example.org/a.webp" type="image/webp" />\n  <img src="/favicon.svg" alt="" />\n</picture>',
    ),
    expected: [`${EN}:8 body: <source srcset> loads https://example.org/a.webp from another origin ${LOCAL}`],
  },
  {
    name: 'remote video src and poster',
    ...enBody('<video src="https://example.org/v.mp4" poster="https://example.org/p.jpg" controls></video>'),
    expected: [
      `${EN}:7 body: <video src> loads https://example.org/v.mp4 from another origin ${LOCAL}`,
      `${EN}:7 body: <video poster> loads https://example.org/p.jpg from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote video source and track',
    ...enBody(
      '<video controls>\n  <source src="//media.example.org/v.webm" type="video/webm" />\n  <track src="https://example.org/captions.vtt" kind="captions" />\n</video>',
    ),
    expected: [
      `${EN}:8 body: <source src> loads //media.example.org/v.webm from another origin ${LOCAL}`,
      `${EN}:9 body: <track src> loads https://example.org/captions.vtt from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote audio src',
    ...enBody('<audio src="http://example.org/a.mp3" controls></audio>'),
    expected: [`${EN}:7 body: <audio src> loads http://example.org/a.mp3 from another origin ${LOCAL}`],
  },
  {
    name: 'remote embed src',
    ...enBody('<embed src="https://example.org/a.pdf" />'),
    expected: [
      `${EN}:7 body: <embed> ${NOT_ALLOWED}`,
      `${EN}:7 body: <embed src> loads https://example.org/a.pdf from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote object data',
    ...enBody('<object data="https://example.org/a.svg"></object>'),
    expected: [
      `${EN}:7 body: <object> ${NOT_ALLOWED}`,
      `${EN}:7 body: <object data> loads https://example.org/a.svg from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote stylesheet link',
    ...enBody('<link rel="stylesheet" href="https://fonts.example.org/css" />'),
    expected: [
      `${EN}:7 body: <link> ${NOT_ALLOWED}`,
      `${EN}:7 body: <link href> loads https://fonts.example.org/css from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote preload link',
    ...enBody('<link rel="preload" as="image" href="//cdn.example.org/a.png" />'),
    expected: [
      `${EN}:7 body: <link> ${NOT_ALLOWED}`,
      `${EN}:7 body: <link href> loads //cdn.example.org/a.png from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote icon link',
    ...enBody('<link rel="icon" href="http://example.org/favicon.ico" />'),
    expected: [
      `${EN}:7 body: <link> ${NOT_ALLOWED}`,
      `${EN}:7 body: <link href> loads http://example.org/favicon.ico from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote script src',
    ...enBody('<script src="https://example.org/a.js"></script>'),
    expected: [
      `${EN}:7 body: <script> ${NOT_ALLOWED}`,
      `${EN}:7 body: <script src> loads https://example.org/a.js from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote CSS url() in a style attribute',
    ...enBody('<span style="background: url(https://example.org/bg.png) no-repeat">x</span>'),
    expected: [`${EN}:7 body: <span style> loads https://example.org/bg.png from another origin ${LOCAL}`],
  },
  {
    name: 'remote CSS url() quoted, escaped and in image-set()',
    ...enBody(
      '<div style="background-image: image-set(\'//cdn.example.org/a.png\' 1x, url(&quot;http://example.org/b.png&quot;) 2x); border-image: \\75 rl(https://example.org/c.png) 30">x</div>',
    ),
    expected: [
      `${EN}:7 body: <div style> loads //cdn.example.org/a.png from another origin ${LOCAL}`,
      `${EN}:7 body: <div style> loads http://example.org/b.png from another origin ${LOCAL}`,
      `${EN}:7 body: <div style> loads https://example.org/c.png from another origin ${LOCAL}`,
    ],
  },
  {
    name: 'remote SVG image href',
    ...enBody('<svg viewBox="0 0 10 10" role="img" aria-label="x"><image href="https://example.org/a.png" width="10" height="10" /></svg>'),
    expected: [`${EN}:7 body: <image href> loads https://example.org/a.png from another origin ${LOCAL}`],
  },
  {
    name: 'remote image input',
    ...enBody('<input type="image" src="https://example.org/go.png" alt="Go" />'),
    expected: [`${EN}:7 body: <input src> loads https://example.org/go.png from another origin ${LOCAL}`],
  },
  {
    name: 'link with a ping to another origin',
    ...enBody('<a href="https://www.itu.int/" ping="https://track.example.org/p">ITU</a>'),
    expected: [
      `${EN}:7 body: <a ping> sends a request to https://track.example.org/p on every click (the site makes no request to another origin: remove ping)`,
    ],
  },
  {
    name: 'outbound links and images of the site are allowed',
    ...enBody(
      'See [the ITU](https://www.itu.int/en/ITU-D/), [the report][c24], <a href="https://www.itu.int/md/S24-CL-C-0030/">C24/30</a>, ![icon](/favicon.svg) and <img src="/favicon.svg" srcset="/favicon.svg 1x" alt="" style="color: red" />.\n\n[c24]: https://www.itu.int/md/S24-CL-C-0030/',
    ),
    expected: [],
  },
  {
    name: 'HTML link to an unknown page',
    ...enBody('<a href="/en/forums/rdf-afr-2022/">x</a>'),
    expected: [`${EN}:7 body: link "/en/forums/rdf-afr-2022/" does not lead to a page of the site ("rdf-afr-2022" is not an id of forums)`],
  },
  {
    name: 'empty file',
    write: { 'content/places/dakar.yaml': '' },
    expected: ['content/places/dakar.yaml is empty (expected YAML facts or MDX with frontmatter)'],
  },
  {
    name: 'blank file',
    write: { 'content/text/en/places/dakar.mdx': '\n  \n' },
    expected: ['content/text/en/places/dakar.mdx is empty (expected YAML facts or MDX with frontmatter)'],
  },
  {
    name: 'not UTF-8',
    write: { 'content/text/en/places/dakar.mdx': Buffer.from('---\ntitle: Dakar S\xe9n\xe9gal\n---\n', 'latin1') },
    expected: ['content/text/en/places/dakar.mdx:2 is not valid UTF-8 (byte 0xe9 at line 2; save the file as UTF-8)'],
  },
  {
    name: 'byte-order mark',
    write: { 'content/places/dakar.yaml': '\ufeffcountry: SN\ncoordinates: [-17.44, 14.69]\n' },
    expected: ['content/places/dakar.yaml:1 starts with a byte-order mark (save it as UTF-8 without BOM)'],
  },

  // Markup in a plain-text field is shown as typed, not run: no problem, and tests/build/build.test.ts checks the built page escapes it.
  {
    name: 'script in a title renders as text',
    edit: { [EN]: [['title: Test workshop', 'title: "<script>alert(1)</script>"']] },
    expected: [],
  },
  // Provenance: every fact of a forum or activity quotes the phrase of the original that states it.
  {
    name: 'figure without a quote',
    edit: { [F]: [[', quote: 近300名与会者 }', ' }']] },
    expected: [`${F}:9 figures[0].quote: is required (expected a quote of the original), for participants 300`],
  },
  {
    name: 'quote not verbatim',
    edit: { [F]: [['venue: 埃塞俄比亚亚的斯亚贝巴', 'venue: 埃塞俄比亚的亚的斯亚贝巴']] },
    expected: [
      `${F}:15 quotes.venue: "埃塞俄比亚的亚的斯亚贝巴" is not in the original (expected a verbatim phrase of c24-regional-presence p3-3)`,
    ],
  },
  {
    name: 'figure quote without its value',
    edit: { [F]: [['value: 300,', 'value: 350,']] },
    expected: [`${F}:10 figures[0].quote: "近300名与会者" does not state 350 (expected a phrase containing the figure)`],
  },
  {
    name: 'figure quote with the wrong qualifier',
    edit: { [F]: [['qualifier: about,', 'qualifier: more-than,']] },
    expected: [
      `${F}:10 figures[0].quote: "近300名与会者" states 300 as "about", not "more-than" (expected the qualifier the phrase gives)`,
    ],
  },
  {
    name: 'date quote missing the day',
    edit: { [A]: [['date: 2023年9月27日', 'date: 2023年9月']] },
    expected: [`${A}:17 quotes.date: "2023年9月" does not state the date "2023-09-27" (27 not in it)`],
  },
  {
    name: 'venue without a quote',
    edit: { [A]: [['  venue: 塞内加尔达喀尔\n', '']], ...inTranslations(activityText, [[", venue: 'Dakar, Senegal'", '']]) },
    expected: [`${A}:16 quotes.venue: is missing (expected the phrase of c24-regional-presence p3-3-1 that states the venue dakar)`],
  },
  {
    name: 'venue quote not naming the place',
    edit: { [A]: [['venue: 塞内加尔达喀尔', 'venue: 在塞内加尔']] },
    expected: [`${A}:18 quotes.venue: "在塞内加尔" does not name the venue dakar (expected it to contain "达喀尔")`],
  },
  {
    name: 'host quote not naming the host',
    edit: {
      [A]: [
        ['country: SN\n', 'country: SN\nhost: SN\n'],
        ['  venue: 塞内加尔达喀尔\n', '  venue: 塞内加尔达喀尔\n  host: 举办了讲习班\n'],
      ],
      ...inTranslations(activityText, [['quotes: { date:', 'quotes: { host: a workshop was held, date:']]),
    },
    expected: [`${A}:20 quotes.host: "举办了讲习班" does not name the host SN (expected it to contain "塞内加尔")`],
  },
  {
    name: 'umbrella holding the own block of its part',
    write: {
      'content/activities/afr-programme-2023.yaml':
        'regions: [afr]\nkind: project\nparts: [afr-workshop-2023]\nsource:\n  blocks: [p3-3, p3-3-1]\n',
      'content/text/zh-cn/activities/afr-programme-2023.mdx': '---\ntitle: 项目\n---\n',
      ...translated((l) => `content/text/${l}/activities/afr-programme-2023.mdx`, '---\ntitle: Programme\n---\n'),
    },
    expected: [
      "content/activities/afr-programme-2023.yaml:5 source.blocks: holds p3-3-1, the own block of its part afr-workshop-2023: every count would include that part twice (cite only this activity's own blocks)",
    ],
  },
  {
    name: 'undeclared umbrella',
    write: {
      'content/activities/afr-programme-2023.yaml': 'regions: [afr]\nkind: project\nsource:\n  blocks: [p3-3, p3-3-1]\n',
      'content/text/zh-cn/activities/afr-programme-2023.mdx': '---\ntitle: 项目\n---\n',
      ...translated((l) => `content/text/${l}/activities/afr-programme-2023.mdx`, '---\ntitle: Programme\n---\n'),
    },
    expected: [
      "content/activities/afr-programme-2023.yaml:4 source.blocks: holds p3-3-1, the own block of afr-workshop-2023: that activity would be counted twice (list it in parts and cite only this activity's own blocks)",
    ],
  },
  {
    name: 'missing translation of a quote',
    edit: { [EN]: [[", venue: 'Dakar, Senegal'", '']] },
    expected: [`${EN} quotes.venue: is missing (expected our en translation of the quoted phrase)`],
  },
  {
    name: 'translation of a quote that does not exist',
    edit: { [EN]: [['quotes: { date:', 'quotes: { host: Senegal, date:']] },
    expected: [`${EN} quotes.host: translates a quote that activities/afr-workshop-2023.yaml does not have (remove it)`],
  },
  {
    name: 'name quote for a country the entry does not have',
    edit: {
      [A]: [['    au: 非洲联盟\n', '    au: 非洲联盟\n    SN: 塞内加尔\n']],
      ...inTranslations(activityText, [['au: African Union', 'au: African Union, SN: Senegal']]),
    },
    expected: [`${A}:16 quotes.names.SN: "SN" is not a country or organization of the entry (known: ET, au)`],
  },
  {
    name: 'sector without the document’s words for it',
    edit: { [A]: [['    itu-d: 电信发展局\n', '    itu-d: 举办了讲习班\n']] },
    expected: [
      `${A}:23 quotes.sectors.itu-d: "举办了讲习班" does not name the sector itu-d (expected it to contain "电信发展局" or "ITU-D" or "BDT" or "国际电联所有三个部门")`,
    ],
  },
  {
    name: 'sector the document does not name',
    edit: { [A]: [['sectors: [itu-d]', 'sectors: [itu-d, itu-r]']] },
    expected: [
      `${A}:16 quotes.sectors.itu-r: is missing (expected the phrase of c24-regional-presence p3-3-1 that states the sector itu-r)`,
    ],
  },
];
