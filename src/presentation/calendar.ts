/**
 * iCalendar files (RFC 5545) of the forums and activities that the document
 * dates to the day, for the whole site and per region, in each language;
 * one file per entry for "add to calendar". Written with `ics`, then folded
 * at 75 octets (ics folds at 75 characters, which a line of Chinese or Arabic
 * exceeds in bytes). Each event is all-day with an exclusive DTEND, a stable
 * UID, a DTSTAMP from the entry's last commit (so that a build is
 * reproducible), LOCATION only where the document states a venue, and a URL
 * to its page. An entry dated only to a month or a year is not in the
 * calendar: `undatedEntries` lists those for the data page.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { Activity, Forum, Model } from '../model/model.ts';
import { parsePartialDate, dateStart } from '../model/dates.ts';
import { countryName } from '../model/countries.ts';
import { latestCommit } from '../model/git-dates.ts';
import type { Locale } from '../schemas/vocab.ts';
import { t } from '../i18n/ui.ts';
import { dataUrl } from './data-package.ts';
import { entityUrl } from './urls.ts';

type Dated = Forum | Activity;

/** Whether the document dates an entry to the day (start, and end if any). */
export function datedToTheDay(e: Dated): boolean {
  const { start, end } = e.facts;
  return !!start && parsePartialDate(start)?.precision === 'day' && (!end || parsePartialDate(end)?.precision === 'day');
}

/** Forums and activities, in date order: those in the calendar, and those dated less precisely (or not at all). */
export function calendarEntries(model: Model, region?: string): { dated: Dated[]; undated: Dated[] } {
  const all: Dated[] = [
    ...model.forums.filter((f) => !region || f.facts.region === region),
    ...model.activities.filter((a) => !region || a.facts.regions.includes(region)),
  ].sort((a, b) => (dateStart(a.facts.start ?? '9999') < dateStart(b.facts.start ?? '9999') ? -1 : a.id < b.id ? -1 : 1));
  return { dated: all.filter(datedToTheDay), undated: all.filter((e) => !datedToTheDay(e)) };
}

/** Calendar files: the site's, a region's, an entry's. */
export const calendarUrl = (locale: Locale, region?: string): string => dataUrl(`calendar/${locale}${region ? `/${region}` : ''}.ics`);
export const entryCalendarUrl = (locale: Locale, e: Dated): string => dataUrl(`calendar/${locale}/${e.collection}/${e.id}.ics`);

const dayArray = (s: string): [number, number, number] => {
  const d = parsePartialDate(s);
  if (d?.precision !== 'day' || d.month === undefined || d.day === undefined) throw new Error(`not a day: ${s}`);
  return [d.year, d.month, d.day];
};
/** The day after, for the exclusive DTEND of an all-day event. */
const nextDay = ([y, m, d]: [number, number, number]): [number, number, number] => {
  const n = new Date(Date.UTC(y, m - 1, d + 1));
  return [n.getUTCFullYear(), n.getUTCMonth() + 1, n.getUTCDate()];
};

/** The venue in words, only where the document states one (its place and country facts). */
function venue(model: Model, e: Dated, locale: Locale): string | undefined {
  const place = e.facts.place ? model.get('places', e.facts.place) : undefined;
  const country = e.facts.country ?? place?.facts.country;
  const parts = [place?.text[locale].title, country ? countryName(country, locale) : undefined].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}

function event(model: Model, e: Dated, locale: Locale, site: string, host: string): EventAttributes & { timestamp: string } {
  const start = dayArray(e.facts.start ?? '');
  const last = e.facts.end ? dayArray(e.facts.end) : start;
  const location = venue(model, e, locale);
  const stamp = latestCommit([e.file, e.textFile[locale]]) ?? `${dateStart(e.facts.start ?? '')}T00:00:00Z`;
  const text = e.text[locale];
  return {
    uid: `${e.collection}-${e.id}@${host}`,
    timestamp: new Date(stamp).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, ''),
    start,
    end: nextDay(last),
    title: text.title,
    ...(text.summary ? { description: text.summary } : {}),
    ...(location ? { location } : {}),
    url: new URL(entityUrl(locale, e.collection, e.id), site).href,
    categories: [t(locale, `entity.${e.collection}`)],
  };
}

/** Folds every content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 §3.1). */
function foldOctets(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const fold = (line: string) => {
    const out: string[] = [];
    let current = '';
    let bytes = 0;
    for (const ch of line) {
      const size = Buffer.byteLength(ch, 'utf8');
      const limit = out.length === 0 ? 75 : 74;
      if (bytes + size > limit) {
        out.push(current);
        current = '';
        bytes = 0;
      }
      current += ch;
      bytes += size;
    }
    out.push(current);
    return out.join('\r\n ');
  };
  return unfolded
    .split('\r\n')
    .map((l) => (l ? fold(l) : l))
    .join('\r\n');
}

/** An iCalendar file of some entries, in one language. */
export function calendarText(model: Model, entries: Dated[], locale: Locale, site: string, name: string): string {
  const host = new URL(site).host;
  const { error, value } = createEvents(
    entries.map((e) => event(model, e, locale, site, host)),
    { productId: `-//${host}//ITU regional presence//${locale.toUpperCase()}`, calName: name },
  );
  if (error || value === null) throw new Error(`calendar (${locale}): ${error?.message ?? 'no output'}`);
  // ics writes an empty calendar without its header for no events; the RFC needs VCALENDAR with PRODID and VERSION.
  return foldOctets(value);
}
