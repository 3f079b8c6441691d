/**
 * The iCalendar files of the built site, parsed back with ical.js: CRLF line
 * endings and lines folded at 75 octets, a stable UID and a DTSTAMP per
 * event, all-day events with an exclusive DTEND, LOCATION only where the
 * document states a venue, a URL to the page, the text in the calendar's
 * language; one event per entry dated to the day, and none for the others.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { DIST } from '../helpers/dist.ts';
import { realModel } from '../helpers/content.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { calendarEntries, datedToTheDay } from '../../src/presentation/calendar.ts';
import { dateEnd } from '../../src/model/dates.ts';
import { entityUrl } from '../../src/presentation/urls.ts';

const model = realModel();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

function check(path: string, locale: string, expected: ReturnType<typeof calendarEntries>['dated']) {
  const text = read(path);
  expect(text.endsWith('\r\n'), `${path} ends with CRLF`).toBe(true);
  expect(/[^\r]\n/.test(text), `${path}: a line ends without CR`).toBe(false);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), `${path}: ${line}`).toBeLessThanOrEqual(75);
  const cal = ICAL.Component.fromString(text);
  expect(cal.name).toBe('vcalendar');
  expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.length, `${path}: events`).toBe(expected.length);
  const uids = new Set<string>();
  events.forEach((ev, i) => {
    const e = expected[i];
    const v = cal.getAllSubcomponents('vevent')[i];
    const host = new URL(String(v.getFirstPropertyValue('url'))).host;
    expect(ev.uid).toBe(`${e.collection}-${e.id}@${host}`);
    expect(uids.has(ev.uid)).toBe(false);
    uids.add(ev.uid);
    expect(v.getFirstPropertyValue('dtstamp'), `${ev.uid}: DTSTAMP`).toBeTruthy();
    expect(ev.startDate.isDate, `${ev.uid}: all-day`).toBe(true);
    expect(ev.startDate.toString()).toBe(e.facts.start);
    // DTEND is the day after the last day.
    const last = new Date(`${dateEnd(e.facts.end ?? e.facts.start ?? '')}T00:00:00Z`);
    last.setUTCDate(last.getUTCDate() + 1);
    expect(ev.endDate.toString()).toBe(last.toISOString().slice(0, 10));
    expect(ev.summary).toBe(e.text[locale].title);
    expect(String(v.getFirstPropertyValue('url'))).toMatch(new RegExp(`${entityUrl(locale, e.collection, e.id)}$`));
    const stated = !!e.facts.place || !!e.facts.country;
    expect(!!ev.location, `${ev.uid}: LOCATION only where the document states a venue`).toBe(stated);
    if (e.facts.place) expect(ev.location).toContain(model.get('places', e.facts.place).text[locale].title);
  });
}

describe('calendars', () => {
  it.each(LOCALES.map((l) => [l]))('%s: the site calendar has an event per entry dated to the day', (locale) => {
    const { dated, undated } = calendarEntries(model);
    expect(dated.length + undated.length).toBe(model.forums.length + model.activities.length);
    expect(
      undated.some((e) => e.facts.start && /^\d{4}-\d{2}$/.test(e.facts.start)),
      'a month-dated entry is left out',
    ).toBe(true);
    check(`data/calendar/${locale}.ics`, locale, dated);
  });

  it.each(LOCALES.flatMap((l) => model.regions.map((r) => [l, r.id])))('%s/%s: the region calendar', (locale, region) => {
    check(`data/calendar/${locale}/${region}.ics`, locale, calendarEntries(model, region).dated);
  });

  it('each forum and activity page offers "add to calendar", or says why not', () => {
    for (const locale of LOCALES)
      for (const e of [...model.forums, ...model.activities]) {
        const html = read(`${entityUrl(locale, e.collection, e.id).slice(1)}index.html`);
        const file = `data/calendar/${locale}/${e.collection}/${e.id}.ics`;
        if (datedToTheDay(e)) {
          expect(html).toContain(`href="/${file}"`);
          check(file, locale, [e]);
        } else {
          expect(existsSync(join(DIST, file))).toBe(false);
          expect(html).toMatch(/class="meta add-to-calendar">[^<]/);
        }
      }
  });
});
