import { describe, expect, it } from 'vitest';
import { realModel } from '../helpers/content.ts';
import { sourcedFacts, textFragment } from '../../src/presentation/sourced-facts.ts';
import { forumFacts } from '../../src/presentation/present.ts';
import { t } from '../../src/i18n/ui.ts';

const model = realModel();
const ams = model.get('forums', 'rdf-ams-2023');

describe('facts with sources', () => {
  it('on the source language’s pages, gives the original, cited at its block, with a text fragment link', () => {
    const dates = sourcedFacts(model, ams, 'zh-cn').find((r) => r.label === t('zh-cn', 'fact.dates'))!;
    const s = dates.values[0].source!;
    expect(s).toMatchObject({ text: '2023年8月16日至18日', translated: false, original: '2023年8月16日至18日', originalLang: 'zh-CN' });
    expect(s.cite).toMatch(/\/zh-cn\/documents\/[^/]+\/#p2-4$/);
    expect(s.paragraph.href).toBe(`${s.cite}${textFragment(s.original)}`);
    expect(s.paragraph.label).toBe('第2.4段');
  });

  it('elsewhere, gives our translation marked as ours, the original and the paragraph on that language’s page', () => {
    const host = sourcedFacts(model, ams, 'en').find((r) => r.label === 'Host')!;
    expect(host.values[0].items.map((i) => i.text)).toEqual(['El Salvador']);
    expect(host.values[0].source).toMatchObject({
      text: 'hosted by the Government of El Salvador',
      translated: true,
      original: '萨尔瓦多政府承办',
    });
    expect(host.values[0].source!.paragraph.href).toMatch(/\/en\/documents\/[^/]+\/#p2-4$/);
  });

  it('labels a worldwide figure worldwide, with its date, in its own row, never among the forum’s figures', () => {
    for (const [locale, note] of [
      ['en', 'worldwide, as of 19 August 2023'],
      ['zh-cn', '全球，截至2023年8月19日'],
    ] as const) {
      const rows = sourcedFacts(model, ams, locale);
      const own = rows.find((r) => r.label === t(locale, 'fact.figures'))!;
      const world = rows.find((r) => r.label === t(locale, 'fact.figures.worldwide'))!;
      expect(world.values).toHaveLength(4);
      for (const v of world.values) expect(v.note).toBe(note);
      expect(own.values.every((v) => v.note === undefined)).toBe(true);
      const summary = forumFacts(model, ams, locale);
      expect(summary.find((r) => r.label === t(locale, 'fact.figures'))!.items).toHaveLength(3);
      for (const i of summary.find((r) => r.label === t(locale, 'fact.figures.worldwide'))!.items) expect(i.text).toContain(note);
    }
  });

  it('shows a host as the host, not as the venue', () => {
    const withHostOnly = [...model.forums, ...model.activities].filter((e) => e.facts.host && !e.facts.place && !e.facts.country);
    for (const e of withHostOnly) {
      const rows = sourcedFacts(model, e, 'en');
      expect(rows.some((r) => r.label === 'Venue')).toBe(false);
      expect(rows.some((r) => r.label === 'Host')).toBe(true);
    }
  });

  it('escapes what the text directive reserves, and ASCII, spaces and invisible characters, not other characters', () => {
    expect(textFragment('ITEC – 国际, a-b & c')).toBe(':~:text=ITEC%20–%20国际%2C%20a%2Db%20%26%20c');
    expect(textFragment('b\u200bc「d」#%')).toBe(':~:text=b%E2%80%8Bc「d」%23%25');
    // What the browser follows: the same percent-encoded URL as before.
    const href = `/zh-cn/documents/c24/#p1${textFragment('ITEC – 国际, a-b & c')}`;
    expect(new URL(href, 'https://x.example').hash).toBe('#p1:~:text=ITEC%20%E2%80%93%20%E5%9B%BD%E9%99%85%2C%20a%2Db%20%26%20c');
  });
});
