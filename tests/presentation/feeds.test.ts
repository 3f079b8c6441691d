import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { feedEntries, feedItem, feedPubDate, feedText, feedUrl, pageFeeds } from '../../src/presentation/feeds.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { t } from '../../src/i18n/ui.ts';
import { realModel } from '../helpers/content.ts';

const model = realModel();
const SITE = 'https://example.org';
const forum = model.get('forums', 'rdf-afr-2023');
const activity = model.activities[0];
/** A real activity with other dates (an activity's dates are optional, a forum's start is not). */
const dated = (start?: string, end?: string) => ({ ...activity, facts: { ...activity.facts, start, end } });

describe('feedPubDate: the start day, only where the document gives the day', () => {
  it.each([
    ['2023-10-03', '2023-10-03T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2023-10', undefined],
    ['2023', undefined],
    [undefined, undefined],
  ])('%s → %s', (start, iso) => {
    expect(feedPubDate(start)?.toISOString()).toBe(iso);
  });
  it('refuses what is not a date', () => {
    expect(() => feedPubDate('October')).toThrow('feeds: "October" is not a date');
  });
});

describe('feedItem', () => {
  it.each([
    // start, end, pubDate, English date text at the document's precision
    ['2023-10-03', '2023-10-05', 'Tue, 03 Oct 2023 00:00:00 GMT', '3–5 October 2023'],
    ['2023-10-03', undefined, 'Tue, 03 Oct 2023 00:00:00 GMT', '3 October 2023'],
    ['2024-03', undefined, undefined, 'March 2024'],
    ['2023', '2024', undefined, '2023–2024'],
    // A day start with a month end: the pubDate is the start day; the text stays at the coarser precision.
    ['2023-05-22', '2023-06', 'Mon, 22 May 2023 00:00:00 GMT', 'May\u2009–\u2009June 2023'],
    [undefined, undefined, undefined, 'Not dated in the document'],
  ])('%s–%s: pubDate %s, "%s"', (start, end, pub, date) => {
    const item = feedItem(dated(start, end), 'en', SITE);
    expect(item.pubDate?.toUTCString()).toBe(pub);
    expect(item.description).toBe(`${date}. ${activity.text.en.summary ?? ''}`);
  });

  it('links the page absolutely, in the feed’s language, and names the kind', () => {
    for (const locale of LOCALES) {
      const item = feedItem(forum, locale, SITE);
      expect(item.link).toBe(`${SITE}/${locale}/forums/rdf-afr-2023/`);
      expect(item.title).toBe(forum.text[locale].title);
      expect(item.description).toContain(forum.text[locale].summary ?? '');
      expect(item.categories).toEqual([t(locale, 'entity.forums')]);
    }
  });

  it('is the date alone when the entry has no summary', () => {
    const bare = { ...forum, text: { ...forum.text, en: { ...forum.text.en, summary: undefined } } };
    expect(feedItem(bare, 'en', SITE).description).toBe('3–5 October 2023');
  });
});

describe('feedEntries', () => {
  it('holds every forum and activity once: the latest first, the undated last', () => {
    const all = feedEntries(model);
    expect(all.map((e) => `${e.collection}/${e.id}`).sort()).toEqual(
      [...model.forums, ...model.activities].map((e) => `${e.collection}/${e.id}`).sort(),
    );
    const starts = all.map((e) => e.facts.start);
    const firstUndated = starts.indexOf(undefined);
    if (firstUndated >= 0) expect(starts.slice(firstUndated).every((s) => s === undefined)).toBe(true);
  });

  it('holds exactly a region’s forums and activities', () => {
    for (const r of model.regions) {
      const ids = feedEntries(model, r.id).map((e) => e.id);
      const expected = [
        ...model.forums.filter((f) => f.facts.region === r.id),
        ...model.activities.filter((a) => a.facts.regions.includes(r.id)),
      ].map((e) => e.id);
      expect(ids.sort()).toEqual(expected.sort());
    }
  });
});

describe('feedText', () => {
  it('is RSS 2.0 with the language, a self link and one item per entry', async () => {
    const xml = await feedText(model, 'fr', SITE, 'afr');
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: { '@_version': string; channel: { language: string; 'atom:link': { '@_href': string }; item: unknown[] } };
    };
    expect(rss.rss['@_version']).toBe('2.0');
    expect(rss.rss.channel.language).toBe('fr');
    expect(rss.rss.channel['atom:link']['@_href']).toBe(`${SITE}/data/feeds/fr/afr.xml`);
    expect(rss.rss.channel.item).toHaveLength(feedEntries(model, 'afr').length);
  });
});

describe('pageFeeds', () => {
  const regionOf = model.activities.find((a) => a.facts.regions.length > 1);
  it.each([
    ['/en/', []],
    ['/en/map/', []],
    ['/en/regions/', []],
    ['/en/regions/afr/', ['afr']],
    ['/en/forums/rdf-cis-2024/', ['cis']],
    ['/en/organizations/citel/', []],
    ['/en/regions/nowhere/', []],
  ])('%s: the language feed and %j', (path, regions) => {
    expect(pageFeeds(model, 'en', path).map((f) => f.href)).toEqual([feedUrl('en'), ...regions.map((r) => feedUrl('en', r))]);
  });
  it('an activity of several regions links each region’s feed', () => {
    expect(regionOf, 'an activity of more than one region').toBeDefined();
    if (!regionOf) return;
    expect(pageFeeds(model, 'es', `/es/activities/${regionOf.id}/`).map((f) => f.href)).toEqual([
      feedUrl('es'),
      ...regionOf.facts.regions.map((r) => feedUrl('es', r)),
    ]);
  });
});
