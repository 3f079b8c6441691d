import { describe, expect, it } from 'vitest';
import {
  activityFacts,
  backlinkGroups,
  blockLabel,
  countryGroups,
  formatFigure,
  formatNumber,
  forumFacts,
  homeStats,
  hrefOf,
  linkItem,
  quotesFor,
  regionGroups,
  sourceItems,
} from '../../src/presentation/present.ts';
import { realModel } from '../helpers/content.ts';

const model = realModel();
const D = model.currentDocument.id;
/** A real forum, citing the given blocks of the current edition. */
const citing = (blocks: string[]) => {
  const f = model.get('forums', 'rdf-afr-2023');
  return { ...f, facts: { ...f.facts, source: { document: D, blocks } } };
};

describe('blockLabel', () => {
  it.each([
    ['p3', '¶ 3', '第3段'],
    ['p2-3', '¶ 2.3', '第2.3段'],
    ['p3-3-2', '¶ 3.3, bullet 2', '第3.3段第2项'],
    ['p3-6-2-4', '¶ 3.6, bullet 2.4', '第3.6段第2项第4分项'],
    ['p3-2-c1', '¶ 3.2, continued (1)', '第3.2段续1'],
    ['purpose', 'Purpose', '目的'],
    ['references', 'References', '参考文件'],
    // The document's "财务影响：" keeps no trailing colon in a label.
    ['financial', 'Financial implications', '财务影响'],
  ])('%s → "%s" / "%s"', (id, en, zh) => {
    expect(blockLabel(model, D, id, 'en')).toBe(en);
    expect(blockLabel(model, D, id, 'zh-cn')).toBe(zh);
  });
});

describe('sources and quotes', () => {
  it('links each source block to its anchor on the page of its edition, in the same language', () => {
    expect(sourceItems(model, citing(['p2-3', 'p3-3-1']), 'en')).toEqual([
      { text: '¶ 2.3', href: `/en/documents/${D}/#p2-3` },
      { text: '¶ 3.3, bullet 1', href: `/en/documents/${D}/#p3-3-1` },
    ]);
    expect(sourceItems(model, citing(['p2-3']), 'zh-cn')).toEqual([{ text: '第2.3段', href: `/zh-cn/documents/${D}/#p2-3` }]);
  });

  it('quotes the document’s own words in each language', () => {
    const [zh] = quotesFor(model, citing(['p2-4']), 'zh-cn');
    expect(zh.text).toContain('收到了二十七项捐款');
    const [en] = quotesFor(model, citing(['p2-4']), 'en');
    expect(en).toMatchObject({ label: '¶ 2.4', href: `/en/documents/${D}/#p2-4` });
    expect(en.text).toContain('Twenty-seven contributions');
  });
});

describe('numbers and figures', () => {
  it.each<[number, string, string]>([
    [1500, '1,500', '1,500'],
    [9_860_000_000, '9,860,000,000', '9,860,000,000'],
    [27, '27', '27'],
  ])('%d → "%s" / "%s"', (n, en, zh) => {
    expect(formatNumber(n, 'en')).toBe(en);
    expect(formatNumber(n, 'zh-cn')).toBe(zh);
  });

  it('formats a figure with its label and qualifier', () => {
    expect(formatFigure({ key: 'participants', value: 300, qualifier: 'about', quote: '…', scope: 'entry' }, 'en')).toBe(
      'Participants: about 300',
    );
    expect(formatFigure({ key: 'participants', value: 300, qualifier: 'about', quote: '…', scope: 'entry' }, 'zh-cn')).toBe(
      '与会者：近300',
    );
    expect(formatFigure({ key: 'stakeholders', value: 1500, qualifier: 'more-than', quote: '…', scope: 'entry' }, 'en')).toBe(
      'Stakeholders: more than 1,500',
    );
    expect(formatFigure({ key: 'stakeholders', value: 1500, qualifier: 'more-than', quote: '…', scope: 'entry' }, 'zh-cn')).toBe(
      '利益攸关方：1,500多',
    );
    expect(formatFigure({ key: 'contributions', value: 27, qualifier: 'exact', quote: '…', scope: 'entry' }, 'en')).toBe(
      'Contributions: 27',
    );
  });

  it('home: the document’s key figures with their source, then the site’s counts', () => {
    const stats = homeStats(model, 'en');
    expect(stats.slice(0, 2)).toEqual([
      { value: '6', label: 'Regional development forums', href: `/en/documents/${D}/#p2-2`, source: '¶ 2.2' },
      { value: 'more than 1,500', label: 'Stakeholders', href: `/en/documents/${D}/#p2-2`, source: '¶ 2.2' },
    ]);
    expect(stats[2]).toEqual({ value: String(model.activities.length), label: 'activities' });
    expect(stats[3]).toEqual({ value: String(model.resolutions.length), label: 'resolutions' });
  });
});

describe('links', () => {
  it('hrefOf sends a place to its country and the document to its page', () => {
    expect(hrefOf(model, { collection: 'places', id: 'havana' }, 'en')).toBe('/en/countries/cu/');
    expect(hrefOf(model, { collection: 'documents', id: D }, 'zh-cn')).toBe(`/zh-cn/documents/${D}/`);
    expect(hrefOf(model, { collection: 'forums', id: 'rdf-afr-2023' }, 'en')).toBe('/en/forums/rdf-afr-2023/');
  });

  it('linkItem carries the title and the dates', () => {
    expect(linkItem(model, { collection: 'forums', id: 'rdf-afr-2023' }, 'en')).toEqual({
      label: model.get('forums', 'rdf-afr-2023').text.en.title,
      href: '/en/forums/rdf-afr-2023/',
      meta: '3–5 October 2023',
    });
    expect(linkItem(model, { collection: 'forums', id: 'rdf-afr-2023' }, 'zh-cn').meta).toBe('2023年10月3日至5日');
    expect(linkItem(model, { collection: 'organizations', id: 'citel' }, 'en').meta).toBeUndefined();
  });

  it('a region lists its forum, its activities and its partners', () => {
    const groups = regionGroups(model, model.get('regions', 'ams'), 'en');
    expect(groups.map((g) => g.heading)).toEqual(['Regional development forum', 'Activities', 'Partner organizations']);
    expect(groups[0].items.map((i) => i.href)).toEqual(['/en/forums/rdf-ams-2023/']);
    expect(groups[1].items.map((i) => i.href)).toEqual(
      model.activities.filter((a) => a.facts.regions.includes('ams')).map((a) => `/en/activities/${a.id}/`),
    );
    expect(groups[2].items.map((i) => i.href)).toContain('/en/organizations/citel/');
  });

  it('backlink groups are per collection and leave out places and the document', () => {
    const groups = backlinkGroups(model, model.backlinks('resolutions', 'pp-25'), 'en');
    expect(groups.map((g) => g.heading)).not.toContain('Places');
    for (const g of groups) for (const i of g.items) expect(i.href).not.toMatch(/\/document\/|\/countries\//);
  });

  it('a country lists the forums and activities concerning it, and organizations based there', () => {
    const [concerning, ...rest] = countryGroups(model, 'ET', 'en');
    expect(concerning.heading).toBe('Forums and activities concerning it');
    expect(concerning.items.map((i) => i.href)).toEqual(
      expect.arrayContaining(['/en/forums/rdf-afr-2023/', '/en/activities/afr-ntfa-workshop-2024/']),
    );
    expect(rest.every((g) => g.items.length > 0)).toBe(true);
    // A country nothing concerns still shows the (empty) group, so the page says so.
    const lonely = model.countries.find((c) => model.countryLinks(c).length === 0)!;
    expect(countryGroups(model, lonely, 'en')[0]).toEqual({ heading: 'Forums and activities concerning it', items: [] });
  });
});

describe('fact rows', () => {
  it('an activity’s dates carry datetime values as precise as the source', () => {
    const rows = activityFacts(model, model.get('activities', 'afr-ntfa-workshop-2024'), 'en');
    const dates = rows.find((r) => r.label === 'Dates')!;
    expect(dates.items).toEqual([{ text: '20–23 May 2024', datetime: { start: '2024-05-20', end: '2024-05-23' } }]);
  });

  it('an undated activity says so', () => {
    const undated = model.activities.find((a) => !a.facts.start)!;
    expect(activityFacts(model, undated, 'en').find((r) => r.label === 'Dates')!.items).toEqual([{ text: 'Not dated in the document' }]);
    expect(activityFacts(model, undated, 'zh-cn').find((r) => r.label === '日期')!.items).toEqual([{ text: '文件未注明日期' }]);
  });

  it('a month-precision forum keeps its month', () => {
    const rows = forumFacts(model, model.get('forums', 'rdf-cis-2024'), 'en');
    expect(rows.find((r) => r.label === 'Dates')!.items).toEqual([{ text: 'March 2024', datetime: { start: '2024-03', end: undefined } }]);
  });

  it('a forum’s figures come from its facts, formatted per language', () => {
    const rows = forumFacts(model, model.get('forums', 'rdf-ams-2023'), 'en');
    // The forum's own figures; ¶2.4's P2C totals are worldwide, as of 19 August 2023: a row of their own, labelled so.
    expect(rows.find((r) => r.label === 'Figures')!.items.map((i) => i.text)).toEqual([
      'Contributions: 27',
      'Participants: 268',
      'Member States: 22',
    ]);
    expect(rows.find((r) => r.label === 'Worldwide figures the paragraph gives')!.items.map((i) => i.text)).toEqual([
      'P2C pledges: 147 (worldwide, as of 19 August 2023)',
      'Entities: 91 (worldwide, as of 19 August 2023)',
      'Countries: 39 (worldwide, as of 19 August 2023)',
      'Value of P2C pledges (USD): 9,860,000,000 (worldwide, as of 19 August 2023)',
    ]);
  });
});
