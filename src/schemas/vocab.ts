/**
 * Closed vocabularies. Every enum used by a schema comes from here, so that
 * editors, the schema reference and the UI labels share one list.
 */

import { LANGUAGES, SOURCE_LOCALE as SOURCE } from '../i18n/registry.ts';

/** Site languages, from their locale entries (src/i18n/languages/). The first is the source language of the document. */
export const LOCALES = LANGUAGES.map((l) => l.code) as unknown as readonly [string, ...string[]];
/** A site language's code; which codes exist is data, so the type is any string. */
export type Locale = string;
export const SOURCE_LOCALE: Locale = SOURCE;
export const isLocale = (s: string): s is Locale => (LOCALES as readonly string[]).includes(s);

/** The six ITU-D regions, by the ids used in file names and URLs. */
export const REGION_IDS = ['afr', 'ams', 'arb', 'asp', 'cis', 'eur'] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** ITU's three Sectors and the General Secretariat. */
export const SECTORS = ['itu-r', 'itu-t', 'itu-d', 'gs'] as const;
export type Sector = (typeof SECTORS)[number];

/** What kind of thing an activity is. */
export const ACTIVITY_KINDS = [
  'meeting',
  'workshop',
  'forum',
  'seminar',
  'training',
  'exercise',
  'project',
  'assistance',
  'coordination',
  'preparation',
  'staffing',
  'agreement',
  'assessment',
  'outreach',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Themes, used for filtering and search facets. */
export const THEMES = [
  'spectrum-management',
  'standardization',
  'bridging-standardization-gap',
  'cybersecurity',
  'digital-financial-services',
  'smart-cities',
  'metaverse',
  'artificial-intelligence',
  'accessibility',
  'emergency-communications',
  'future-networks',
  'meaningful-connectivity',
  'child-online-protection',
  'climate-and-environment',
  'digital-transformation',
  'gender-inclusion',
  'capacity-building',
  'infrastructure',
  'conference-preparation',
  'partnerships',
  'internet-of-things',
  'automotive',
  'statistics',
] as const;
export type Theme = (typeof THEMES)[number];

/** Kinds of figure the document states. Labels live in src/i18n/strings/<code>.ts. */
export const FIGURE_KEYS = [
  'participants',
  'in-person-participants',
  'stakeholders',
  'member-states',
  'countries',
  'entities',
  'regional-organizations',
  'international-organizations',
  'un-agencies',
  'contributions',
  'written-contributions',
  'p2c-commitments',
  'p2c-milestone',
  'p2c-value-usd',
  'regional-initiatives',
  'priority-areas',
  'schools',
  'students',
  'teachers',
  'experts',
  'staff',
  'outputs',
  'signatory-countries',
  'regional-development-forums',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** How a figure is qualified in the text: "近300" is about, "200多" is more than. */
export const FIGURE_QUALIFIERS = ['exact', 'about', 'more-than'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** Whose figure it is: the entry's own ("27 contributions to the forum"), or a worldwide total the paragraph gives beside it. */
export const FIGURE_SCOPES = ['entry', 'worldwide'] as const;
export type FigureScope = (typeof FIGURE_SCOPES)[number];

/** Kinds of organization. */
export const ORGANIZATION_KINDS = [
  'regional-telecom-organization',
  'intergovernmental',
  'un-system',
  'government',
  'regulator',
  'standards-body',
  'company',
  'association',
  'partnership',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Bodies that adopt resolutions. */
export const RESOLUTION_BODIES = ['pp', 'wtdc', 'wtsa', 'council'] as const;
export type ResolutionBody = (typeof RESOLUTION_BODIES)[number];

/** Kinds of other referenced document. */
export const REFERENCE_KINDS = ['strategic-plan', 'action-plan', 'report', 'contribution', 'council-document'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** Whether a document is the current edition (exactly one is) or an earlier one. */
export const DOCUMENT_STATUSES = ['current', 'previous'] as const;

/** Structural kinds of a block of the Council document. */
export const BLOCK_KINDS = ['front', 'heading', 'paragraph', 'continuation', 'bullet', 'subbullet'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
