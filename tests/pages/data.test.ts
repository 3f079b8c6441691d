/** The data page of each language: every download exists with the size it states, the API examples, the calendars and the entries they leave out, the feeds. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { all, main, text } from '../helpers/html.ts';
import { realModel } from '../helpers/content.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { calendarEntries } from '../../src/presentation/calendar.ts';
import { entityUrl } from '../../src/presentation/urls.ts';
import { numberFormat } from '../../src/i18n/format.ts';

/** A number as the language writes it ("137,4" in French, "1,234.5" in English) read back. */
function parseNumber(s: string, locale: string): number {
  const parts = numberFormat(locale).formatToParts(1234.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? '';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const digits = s.replaceAll(group, '').replaceAll(/\s/g, '').replace(decimal, '.');
  return Number(digits.replace(/[^\d.]/g, ''));
}

describe.each(LOCALES.map((l) => [l]))('/%s/data/', (locale) => {
  const page = main(`${locale}/data/`);
  const hrefs = all('a', page).map((a) => String(a.properties.href));

  it('lists every download, each an existing file, with its size', () => {
    const rows = all('table.data-downloads tbody tr', page);
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const href = String(all('a', row)[0]?.properties.href);
      const file = join(DIST, href);
      expect(existsSync(file), href).toBe(true);
      const kb = statSync(file).size / 1024;
      const stated = parseNumber(text(all('td', row)[2]), locale);
      expect(Math.abs(stated - kb), `${href}: ${stated} kB`).toBeLessThanOrEqual(0.1);
    }
  });

  it('shows a preview, the API with examples, and the calendars', () => {
    expect(all('table.data-preview tbody tr', page).length).toBe(5);
    expect(text(page)).toMatch(/curl -s https?:\/\//);
    expect(text(page)).toContain('urllib.request');
    expect(text(page)).toContain('fetch(');
    expect(hrefs).toContain(`/data/calendar/${locale}.ics`);
    for (const r of realModel().regions) expect(hrefs).toContain(`/data/calendar/${locale}/${r.id}.ics`);
  });

  it('lists the feeds, the site’s and each region’s, each an existing file, with its items and size', () => {
    const rows = all('table.data-feeds tbody tr', page);
    const feeds = rows.map((row) => String(all('a', row)[0]?.properties.href));
    expect(feeds).toEqual([`/data/feeds/${locale}.xml`, ...realModel().regions.map((r) => `/data/feeds/${locale}/${r.id}.xml`)]);
    for (const row of rows) {
      const href = String(all('a', row)[0]?.properties.href);
      const file = join(DIST, href);
      expect(existsSync(file), href).toBe(true);
      const items = (readFileSync(file, 'utf8').match(/<item>/g) ?? []).length;
      expect(parseNumber(text(all('td', row)[1]), locale), `${href}: items`).toBe(items);
      const stated = parseNumber(text(all('td', row)[2]), locale);
      expect(Math.abs(stated - statSync(file).size / 1024), `${href}: ${stated} kB`).toBeLessThanOrEqual(0.1);
    }
  });

  it('lists the entries the calendar leaves out', () => {
    for (const e of calendarEntries(realModel()).undated) expect(hrefs).toContain(entityUrl(locale, e.collection, e.id));
  });
});
