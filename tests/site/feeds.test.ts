/**
 * The RSS feeds of the built site (/data/feeds/): each language's feed has
 * one item per forum and activity of the model, each region's feed exactly
 * that region's, every link resolves to a built page, the text is in the
 * feed's language, and every page of a language links its feeds in its head.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { DIST } from '../helpers/dist.ts';
import { realModel } from '../helpers/content.ts';
import { builtPages, fileOf, localeOf, pageKind } from '../helpers/site.ts';
import { LOCALES, type Locale } from '../../src/schemas/vocab.ts';
import { language } from '../../src/i18n/registry.ts';
import { t } from '../../src/i18n/ui.ts';
import { entityUrl } from '../../src/presentation/urls.ts';

interface Item {
  title: string;
  link: string;
  guid: string;
  description: string;
  pubDate?: string;
  category: string;
}
interface Channel {
  title: string;
  description: string;
  link: string;
  language: string;
  'atom:link': { '@_href': string };
  item: Item[];
}

const model = realModel();
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item', textNodeName: '#text' });
const read = (path: string): Channel => {
  const file = join(DIST, path);
  expect(existsSync(file), path).toBe(true);
  const doc = parser.parse(readFileSync(file, 'utf8')) as { rss: { '@_version': string; channel: Channel } };
  expect(doc.rss['@_version']).toBe('2.0');
  return doc.rss.channel;
};
/** The built file a same-site absolute URL is served from. */
const servedFrom = (url: string) => fileOf(new URL(url).pathname);
const key = (collection: string, id: string) => `${collection}/${id}`;
/** The entry an item's link names: /<locale>/<collection>/<id>/. */
const entryOf = (link: string) => {
  const [, , collection, id] = new URL(link).pathname.split('/');
  return key(collection, id);
};
const entries = (region?: string) => [
  ...model.forums.filter((f) => !region || f.facts.region === region),
  ...model.activities.filter((a) => !region || a.facts.regions.includes(region)),
];

describe.each(LOCALES.map((l) => [l]))('/data/feeds/%s', (locale: Locale) => {
  const channel = read(`data/feeds/${locale}.xml`);

  it('has exactly one item per forum and activity, each linking its built page', () => {
    expect(channel.item.map((i) => entryOf(i.link)).sort()).toEqual(
      entries()
        .map((e) => key(e.collection, e.id))
        .sort(),
    );
    for (const item of channel.item) {
      expect(existsSync(servedFrom(item.link)), item.link).toBe(true);
      expect(item.guid).toMatchObject({ '#text': item.link, '@_isPermaLink': 'true' });
    }
  });

  it('is in the feed’s language: channel, titles, summaries and kinds', () => {
    expect(channel.language).toBe(language(locale).tag);
    expect(channel.title).toBe(t(locale, 'calendar.name'));
    expect(channel.description).toBe(t(locale, 'feed.description'));
    expect(channel['atom:link']['@_href']).toMatch(new RegExp(`/data/feeds/${locale}\\.xml$`));
    for (const e of entries()) {
      const item = channel.item.find((i) => new URL(i.link).pathname === entityUrl(locale, e.collection, e.id));
      expect(item, key(e.collection, e.id)).toBeDefined();
      expect(String(item?.title)).toBe(e.text[locale].title);
      expect(String(item?.description)).toContain(e.text[locale].summary ?? '');
      expect(item?.category).toBe(t(locale, `entity.${e.collection}`));
    }
  });

  it('dates an item (pubDate) only where the document gives the day, and then with that day', () => {
    for (const e of entries()) {
      const item = channel.item.find((i) => entryOf(i.link) === key(e.collection, e.id));
      const start = e.facts.start;
      if (start?.length === 10) expect(item?.pubDate, e.id).toBe(new Date(`${start}T00:00:00Z`).toUTCString());
      else expect(item?.pubDate, e.id).toBeUndefined();
    }
  });

  it.each(model.regions.map((r) => [r.id]))('the %s feed has exactly that region’s entries', (region) => {
    const feed = read(`data/feeds/${locale}/${region}.xml`);
    expect(feed.title).toBe(t(locale, 'calendar.region', { region: model.get('regions', region).text[locale].title }));
    expect(feed.item.map((i) => entryOf(i.link)).sort()).toEqual(
      entries(region)
        .map((e) => key(e.collection, e.id))
        .sort(),
    );
    for (const item of feed.item) expect(existsSync(servedFrom(item.link)), item.link).toBe(true);
  });
});

describe('every page of a language links its feeds (rel="alternate")', () => {
  // The root chooser and the 404 page are in no language; /<locale>/document/ is Astro's redirect page.
  const pages = builtPages().filter((p) => localeOf(p) !== undefined && pageKind(p) !== 'redirect');
  const feedLinks = (path: string) => {
    const head = /<head>[\s\S]*?<\/head>/.exec(readFileSync(fileOf(path), 'utf8'))?.[0] ?? '';
    return [...head.matchAll(/<link\b[^>]*\btype="application\/rss\+xml"[^>]*>/g)].map((m) => ({
      rel: /\brel="([^"]*)"/.exec(m[0])?.[1],
      href: /\bhref="([^"]*)"/.exec(m[0])?.[1] ?? '',
      title: /\btitle="([^"]*)"/.exec(m[0])?.[1],
    }));
  };

  it('checks every page of every language', () => {
    expect(new Set(pages.map(localeOf))).toEqual(new Set(LOCALES));
  });

  it('each page links its language’s feed, titled, and each link is a built feed', () => {
    const bad: string[] = [];
    for (const path of pages) {
      const locale = localeOf(path)!;
      const links = feedLinks(path);
      if (!links.some((l) => l.href === `/data/feeds/${locale}.xml`)) bad.push(`${path}: no link to its language's feed`);
      for (const l of links) {
        if (l.rel !== 'alternate' || !l.title) bad.push(`${path}: ${l.href} without rel="alternate" and a title`);
        if (!new RegExp(`^/data/feeds/${locale}(/[a-z]+)?\\.xml$`).test(l.href) || !existsSync(join(DIST, l.href)))
          bad.push(`${path}: ${l.href} is not a built feed of its language`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('a region’s page and its forums’ and activities’ pages link the region’s feed', () => {
    for (const locale of LOCALES)
      for (const r of model.regions) {
        const feed = `/data/feeds/${locale}/${r.id}.xml`;
        const hrefs = (path: string) => feedLinks(path).map((l) => l.href);
        expect(hrefs(entityUrl(locale, 'regions', r.id))).toContain(feed);
        for (const e of entries(r.id)) expect(hrefs(entityUrl(locale, e.collection, e.id)), e.id).toContain(feed);
        // Another region's page does not.
        for (const other of model.regions.filter((o) => o.id !== r.id))
          expect(hrefs(entityUrl(locale, 'regions', other.id))).not.toContain(feed);
      }
  });
});
