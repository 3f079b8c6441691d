/**
 * The six kinds of entry page (regions, forums, activities, resolutions,
 * references, organizations) in one table: what each shows. Each kind's
 * route (src/pages/[locale]/<kind>/[id].astro) is a few lines over
 * `entityRoutes` and one component (src/components/EntityPage.astro); the
 * routes stay separate so that a page loads only its own figures' styles
 * (no map CSS on an organization's page).
 */
import type { Activity, EntryOf, Forum, Model, SourcedEntry } from '../model/model.ts';
import { datedToTheDay, entryCalendarUrl } from './calendar.ts';
import { entryFigures, regionFigures, type FigureData } from '../figures/page-figures.ts';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../schemas/vocab.ts';
import { t, tn } from '../i18n/ui.ts';
import { searchData, type SearchData } from './search-data.ts';
import {
  activityFacts,
  backlinkGroups,
  forumFacts,
  mergeItems,
  outsideNote,
  organizationFacts,
  quotesFor,
  referenceFacts,
  regionFacts,
  regionGroups,
  resolutionFacts,
  sourceItems,
  type FactRow,
  type Item,
  type LinkGroup,
} from './present.ts';
import { entryMeta } from './edit.ts';
import { sourcedFacts, type SourcedRow } from './sourced-facts.ts';
import { buildOrigin, type EntityKind } from './urls.ts';
import { entryCitation, type CitationFormats } from './citation.ts';

export type { EntityKind };

interface KindDefinition<C extends EntityKind> {
  facts(model: Model, item: EntryOf<C>, locale: Locale): FactRow[];
  groups(model: Model, item: EntryOf<C>, locale: Locale): LinkGroup[];
  /** The entry whose source blocks it cites and quotes (organizations cite none). */
  sourced(item: EntryOf<C>): SourcedEntry | undefined;
  /** Its facts beside the phrases of the document that state them (forums, activities). */
  sourcedFacts?(model: Model, item: EntryOf<C>, locale: Locale): SourcedRow[];
  /** Its maps and timelines; the kind's route draws them. */
  figures?(model: Model, item: EntryOf<C>, locale: Locale): FigureData[];
}

const backlinks =
  <C extends EntityKind>(kind: C) =>
  (model: Model, item: EntryOf<C>, locale: Locale) =>
    backlinkGroups(model, model.backlinks(kind, item.id), locale);

const KINDS: { [C in EntityKind]: KindDefinition<C> } = {
  regions: { facts: regionFacts, groups: regionGroups, sourced: (e) => e, figures: regionFigures },
  forums: { facts: forumFacts, groups: backlinks('forums'), sourced: (e) => e, sourcedFacts, figures: entryFigures },
  activities: { facts: activityFacts, groups: backlinks('activities'), sourced: (e) => e, sourcedFacts, figures: entryFigures },
  resolutions: { facts: resolutionFacts, groups: backlinks('resolutions'), sourced: (e) => e },
  references: { facts: referenceFacts, groups: backlinks('references'), sourced: (e) => e },
  organizations: { facts: organizationFacts, groups: backlinks('organizations'), sourced: () => undefined },
};

/** What an entry route receives from getStaticPaths: the page's data, its rendered text body and the model its figures need. */
/**
 * What getStaticPaths hands an entry page: which entry, not its data. The
 * page gathers its data when it renders (entityPageOf), so a build holds one
 * page's figures and tables at a time, not every page's at once.
 */
export interface EntityRouteProps {
  kind: EntityKind;
  id: string;
  locale: Locale;
  Content?: AstroComponentFactory;
  model: Model;
}

/** What an entry page's components take: its data, its MDX body and the model they draw from. */
export interface EntityPageProps {
  page: EntityPageData;
  Content?: AstroComponentFactory;
  model: Model;
}

/** The rendered MDX body of an entry's text, if it has one (src/loading/site-content.ts). */
type TextBody = (locale: Locale, collection: EntityKind, id: string) => Promise<AstroComponentFactory | undefined>;

/** getStaticPaths of one kind's entry pages: every language and entry. */
export async function entityRoutes(model: Model, kind: EntityKind, body: TextBody) {
  return Promise.all(
    LOCALES.flatMap((locale) =>
      model[kind].map(async (item) => ({
        params: { locale, id: item.id },
        props: { kind, id: item.id, locale, Content: await body(locale, kind, item.id), model } satisfies EntityRouteProps,
      })),
    ),
  );
}

/** Everything the entry page of a route shows, with its body and model: what the page passes to EntityPage. */
export function entityPageOf({ kind, id, locale, Content, model }: EntityRouteProps): EntityPageProps {
  return { page: entityPage(model, kind, locale, id), Content, model };
}

/** Everything an entry page shows, ready for src/components/EntityPage.astro. */
export interface EntityPageData {
  locale: Locale;
  kind: EntityKind;
  id: string;
  title: string;
  summary?: string;
  kicker: string;
  editUrl: string;
  lastUpdated?: Date;
  search: SearchData;
  rows: FactRow[];
  source: Item[];
  quotes: { label: string; href: string; text: string }[];
  /** Facts with the phrases that state them (forums, activities). */
  sourcedFacts: SourcedRow[];
  groups: LinkGroup[];
  /** The blocks an activity merges, each mentioning the same event (activities): the note and its links. */
  merges?: { label: string; items: Item[] };
  /** What of a region is not from the document, and its source (regions). */
  outside?: { text: string; source: string; href?: string };
  /** Said when the title is an official name that differs from a literal rendering of the original's. */
  officialName?: string;
  /** Member countries (regions). */
  members?: string[];
  figures: FigureData[];
  /** "Add to calendar" (forums, activities): the entry's .ics file, or why it has none. */
  calendar?: { label: string; href?: string };
  /** "Cite this": the document paragraphs the page rests on, in three formats. */
  cite: CitationFormats;
}

// C ties the kind's definition (KINDS[kind]) to its entries (model.get(kind, id)).
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function pageOf<C extends EntityKind>(model: Model, kind: C, id: string, locale: Locale): EntityPageData {
  const def: KindDefinition<C> = KINDS[kind];
  const item = model.get(kind, id);
  const text = item.text[locale];
  const sourced = def.sourced(item);
  return {
    locale,
    kind,
    id,
    title: text.title,
    summary: text.summary,
    kicker: t(locale, `entity.${kind}`),
    ...entryMeta(item.file, locale),
    search: searchData(model, { collection: kind, id }, locale),
    rows: def.facts(model, item, locale),
    source: sourced ? sourceItems(model, sourced, locale) : [],
    quotes: sourced ? quotesFor(model, sourced, locale) : [],
    sourcedFacts: def.sourcedFacts?.(model, item, locale) ?? [],
    groups: def.groups(model, item, locale),
    figures: def.figures?.(model, item, locale) ?? [],
    cite: entryCitation(model, kind, id, locale, buildOrigin()),
    ...(text.literal
      ? {
          officialName: t(locale, 'source.official', {
            title: text.title,
            original: item.text[SOURCE_LOCALE].title,
            literal: text.literal,
          }),
        }
      : {}),
  };
}

/** "Add to calendar": the entry's own .ics file when the document dates it to the day. */
function calendarLink(e: Forum | Activity, locale: Locale): { label: string; href?: string } {
  return datedToTheDay(e)
    ? { label: t(locale, 'calendar.add'), href: entryCalendarUrl(locale, e) }
    : { label: t(locale, 'calendar.notDay') };
}

/** Everything one entry page shows in one language. */
function entityPage(model: Model, kind: EntityKind, locale: Locale, id: string): EntityPageData {
  const page = pageOf(model, kind, id, locale);
  if (kind === 'regions') {
    const region = model.get('regions', id);
    const outside = outsideNote(region, locale);
    return { ...page, members: region.facts.members, ...(outside ? { outside } : {}) };
  }
  if (kind === 'activities') {
    const activity = model.get('activities', id);
    const merges = mergeItems(model, activity, locale);
    const withCalendar = { ...page, calendar: calendarLink(activity, locale) };
    return merges.length ? { ...withCalendar, merges: { label: tn(locale, 'source.merges', merges.length), items: merges } } : withCalendar;
  }
  if (kind === 'forums') return { ...page, calendar: calendarLink(model.get('forums', id), locale) };
  return page;
}
