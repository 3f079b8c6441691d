/**
 * RSS 2.0 feeds of the forums and activities, one per language and one per
 * language and region, at /data/feeds/<locale>.xml and
 * /data/feeds/<locale>/<region>.xml (beside the calendars), written with
 * @astrojs/rss by src/pages/data/feeds/. Every forum and activity is an item,
 * dated or not, linked to its page, its text in the feed's language.
 *
 * The date rule: pubDate is the entry's start day, given only where the
 * document dates the start to the day. An entry dated to a month or a year
 * only, or not at all, has no pubDate (a reader would show an invented day);
 * every item's description begins with the date as the document states it.
 * The channel description says so in the feed's language.
 */
import { getRssString, type RSSOptions } from '@astrojs/rss';
import { byDate, type Activity, type Forum, type Model } from '../model/model.ts';
import { formatRange, parsePartialDate } from '../model/dates.ts';
import { language } from '../i18n/registry.ts';
import { t } from '../i18n/ui.ts';
import type { Locale } from '../schemas/vocab.ts';
import { dataUrl } from './data-package.ts';
import { base, entityUrl, pageUrl } from './urls.ts';

type Dated = Forum | Activity;

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

/** A feed of one language: the site's, or one region's. */
export const feedUrl = (locale: Locale, region?: string): string => dataUrl(`feeds/${locale}${region ? `/${region}` : ''}.xml`);

/** The feed's title, as its calendar is named. */
const feedTitle = (model: Model, locale: Locale, region?: string): string =>
  region ? t(locale, 'calendar.region', { region: model.get('regions', region).text[locale].title }) : t(locale, 'calendar.name');

/** The date rule: the start day where the document gives the day, else none. */
export function feedPubDate(start: string | undefined): Date | undefined {
  if (!start) return undefined;
  const d = parsePartialDate(start);
  if (!d) throw new Error(`feeds: "${start}" is not a date`);
  return d.precision === 'day' ? new Date(`${start}T00:00:00Z`) : undefined;
}

/** The date as the document states it (its precision kept), or "not dated". */
const dateText = (e: Dated, locale: Locale): string =>
  e.facts.start ? formatRange(e.facts.start, e.facts.end, locale) : t(locale, 'fact.undated');

export function feedItem(e: Dated, locale: Locale, site: string): FeedItem {
  const text = e.text[locale];
  const date = dateText(e, locale);
  const pubDate = feedPubDate(e.facts.start);
  return {
    title: text.title,
    link: new URL(entityUrl(locale, e.collection, e.id), site).href,
    description: text.summary ? t(locale, 'feed.item', { date, summary: text.summary }) : date,
    ...(pubDate ? { pubDate } : {}),
    categories: [t(locale, `entity.${e.collection}`)],
  };
}

/** The forums and activities of the site or of one region: the latest start first, the undated last. */
export function feedEntries(model: Model, region?: string): Dated[] {
  const dated: Dated[] = [
    ...model.forums.filter((f) => !region || f.facts.region === region),
    ...model.activities.filter((a) => !region || a.facts.regions.includes(region)),
  ];
  const undated = dated.filter((e) => !e.facts.start).sort(byDate);
  return [...dated.filter((e) => e.facts.start).sort((a, b) => byDate(b, a)), ...undated];
}

/** The options of one feed for @astrojs/rss. */
function feedOptions(model: Model, locale: Locale, site: string, region?: string): RSSOptions {
  const self = new URL(feedUrl(locale, region), site).href;
  return {
    title: feedTitle(model, locale, region),
    description: t(locale, 'feed.description'),
    site: new URL(region ? entityUrl(locale, 'regions', region) : pageUrl(locale, ''), site).href,
    items: feedEntries(model, region).map((e) => feedItem(e, locale, site)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${language(locale).tag}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  };
}

/** Feeds every page of the language links (rel="alternate"); a region's page, and its forums' and activities' pages, add the region's. */
export function pageFeeds(model: Model, locale: Locale, pathname: string): { title: string; href: string }[] {
  const [, kind, id] = pathname.slice(base().length).split('/').filter(Boolean);
  const regions = (() => {
    if (!id) return [];
    if (kind === 'regions' && model.regions.some((r) => r.id === id)) return [id];
    if (kind === 'forums') return model.forums.filter((f) => f.id === id).map((f) => f.facts.region);
    if (kind === 'activities') return model.activities.find((a) => a.id === id)?.facts.regions ?? [];
    return [];
  })();
  return [undefined, ...regions].map((r) => ({ title: feedTitle(model, locale, r), href: feedUrl(locale, r) }));
}

/** One feed's XML. */
export const feedText = (model: Model, locale: Locale, site: string, region?: string): Promise<string> =>
  getRssString(feedOptions(model, locale, site, region));
