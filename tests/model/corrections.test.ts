/**
 * The fidelity corrections of the content against the Chinese original, one
 * test each, on the real model. Every one of them failed on the content as it
 * was before (a host or a beneficiary read as a venue, a Bureau the document
 * does not name, a qualifier dropped, a global total read as the forum's own,
 * an umbrella that counted its parts twice).
 */
import { describe, expect, it } from 'vitest';
import { realModel } from '../helpers/content.ts';
import type { Activity, Forum } from '../../src/model/model.ts';
import { locationOf, worldMapView } from '../../src/figures/map-view.ts';
import { allTimelineView } from '../../src/figures/timeline-view.ts';

const model = realModel();
const activity = (id: string) => model.get('activities', id);
const pinned = new Set(worldMapView(model, 'en').marks.map((m) => m.key));

/** No place, no venue country, no pin on the map. */
function expectNoVenue(collection: 'forums' | 'activities', id: string) {
  const e: Forum | Activity = collection === 'forums' ? model.get('forums', id) : model.get('activities', id);
  expect(e.facts.place, `${id} place`).toBeUndefined();
  expect(e.facts.country, `${id} country`).toBeUndefined();
  expect(locationOf(model, e.facts), `${id} location`).toBeUndefined();
  expect(model.venueCountryOf(e), `${id} venue country`).toBeUndefined();
  expect(pinned.has(`${collection}-${id}`), `${id} pinned`).toBe(false);
}

describe('corrections against the original', () => {
  it('RDF-ARB 2023 names a host (Bahrain), not a venue (¶2.5)', () => {
    const f = model.get('forums', 'rdf-arb-2023');
    expectNoVenue('forums', 'rdf-arb-2023');
    expect(f.facts.host).toBe('BH');
    expect(model.countriesOf(f)).toContain('BH');
  });

  it('the NTFA workshop of 2024 was hosted by Ethiopia, at no venue the document names, by no Bureau it names', () => {
    const a = activity('afr-ntfa-workshop-2024');
    expectNoVenue('activities', 'afr-ntfa-workshop-2024');
    expect(a.facts.host).toBe('ET');
    expect(a.facts.sectors).toEqual([]);
    expect(model.countriesOf(a)).toContain('ET');
  });

  it.each([
    ['ams-colombia-5g-auction-assistance', 'CO'],
    ['arb-comoros-spectrum-assistance', 'KM'],
    ['eur-5g-executive-training-ukraine-2024', 'UA'],
  ])('%s served %s: a beneficiary, not a venue', (id, iso) => {
    const a = activity(id);
    expectNoVenue('activities', id);
    expect(a.facts.beneficiaries).toEqual([iso]);
    // It still concerns the country: its page lists the activity.
    expect(model.countriesOf(a)).toContain(iso);
    expect(model.countryLinks(iso)).toContainEqual(expect.objectContaining({ collection: 'activities', id }));
  });

  it.each([
    'ams-giga-oecs-school-connectivity',
    'arb-comoros-spectrum-assistance',
    'arb-wrc-23-preparation',
    'arb-wtsa-24-preparatory-meetings',
    'afr-ntfa-workshop-2024',
  ])('%s has no sector: the document names no Bureau for it', (id) => {
    expect(activity(id).facts.sectors).toEqual([]);
  });

  it('Giga and the OECS reached more than 18 057 students and more than 1 382 teachers (超过…和…)', () => {
    const figures = activity('ams-giga-oecs-school-connectivity').facts.figures;
    expect(figures.find((f) => f.key === 'students')).toMatchObject({ value: 18057, qualifier: 'more-than' });
    expect(figures.find((f) => f.key === 'teachers')).toMatchObject({ value: 1382, qualifier: 'more-than' });
  });

  it('the P2C totals of ¶2.4 are worldwide, as of 19 August 2023; the forum’s own figures stay its own', () => {
    const figures = model.get('forums', 'rdf-ams-2023').facts.figures;
    const worldwide = figures.filter((f) => f.scope === 'worldwide');
    expect(worldwide.map((f) => [f.key, f.value, f.asOf])).toEqual([
      ['p2c-commitments', 147, '2023-08-19'],
      ['entities', 91, '2023-08-19'],
      ['countries', 39, '2023-08-19'],
      ['p2c-value-usd', 9_860_000_000, '2023-08-19'],
    ]);
    const own = figures.filter((f) => f.scope === 'entry');
    expect(own.map((f) => f.key)).toEqual(['contributions', 'participants', 'member-states']);
    expect(own.every((f) => f.asOf === undefined)).toBe(true);
  });

  it('the organizations that organized an event are its organizers, not only named', () => {
    const organized: Record<string, string[]> = {
      'ams-open-networks-seminar-2023': ['anatel', 'japan-embassy-brazil'],
      'ams-spectrum-management-conference-2024': ['anatel'],
      'arb-future-networked-car-symposium-2023': ['unece'],
      'asp-apac-spectrum-conference-2024': ['forum-global'],
      'asp-g20-standards-dialogue-2023': ['bis'],
      'asp-sg3-sg5-regional-groups-2023': ['nbtc'],
    };
    for (const [id, organizers] of Object.entries(organized)) {
      const a = activity(id);
      expect(a.facts.organizers, id).toEqual(organizers);
      expect(
        a.facts.organizations.filter((o) => organizers.includes(o)),
        `${id}: an organizer is not listed twice`,
      ).toEqual([]);
    }
  });
});

describe('umbrella activities', () => {
  const umbrella = activity('asp-rdf-side-events-2023');
  const ownBlock = (a: { facts: { source: { blocks: string[] } } }) => a.facts.source.blocks[0];

  it('the TSB events around RDF-ASP 2023 hold their own paragraph only, and list their parts', () => {
    expect(umbrella.facts.source.blocks).toEqual(['p3-6-2-9', 'p3-6-2']);
    expect(umbrella.facts.parts).toEqual(['asp-dfs-security-clinic-2023', 'asp-fg-costing-models-2023', 'asp-fido-session-2023']);
    for (const p of umbrella.facts.parts) {
      const part = activity(p);
      expect(umbrella.facts.source.blocks, p).not.toContain(ownBlock(part));
    }
  });

  it('no activity holds the own block of another, unless they are umbrella and part', () => {
    // Two activities may share one bullet as their own (two trainings stated together); what double-counts
    // is an activity citing another's own bullet as if it were context.
    const related = (a: string, b: string) => activity(a).facts.parts.includes(b) || activity(b).facts.parts.includes(a);
    const held: string[] = [];
    for (const a of model.activities)
      for (const b of model.activities) {
        if (a.id === b.id || related(a.id, b.id) || ownBlock(b) === ownBlock(a)) continue;
        if (a.facts.source.document === b.facts.source.document && a.facts.source.blocks.includes(ownBlock(b)))
          held.push(`${a.id} holds ${ownBlock(b)} of ${b.id}`);
      }
    expect(held).toEqual([]);
  });

  it('no umbrella holds the own block of any activity but its own', () => {
    for (const a of model.activities.filter((x) => x.facts.parts.length > 0)) {
      const others = model.activities.filter((x) => x.id !== a.id).map(ownBlock);
      expect(
        a.facts.source.blocks.filter((b) => others.includes(b)),
        a.id,
      ).toEqual([]);
    }
  });

  it('the paragraph of a part lists that part, not its umbrella too', () => {
    for (const p of umbrella.facts.parts) {
      const part = activity(p);
      const links = model.blockLinks(part.facts.source.document ?? model.currentDocument.id, ownBlock(part));
      const activities = links.filter((l) => l.collection === 'activities').map((l) => l.id);
      expect(activities, p).toContain(p);
      expect(activities, p).not.toContain(umbrella.id);
    }
  });

  it('the timeline shows the umbrella and each of its parts once', () => {
    const items = allTimelineView(model, 'en')
      .items.map((i) => i.item)
      .filter((i) => i.collection === 'activities');
    const keys = items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of [umbrella.id, ...umbrella.facts.parts])
      expect(
        items.filter((i) => i.id === id),
        id,
      ).toHaveLength(1);
    // One row per dated activity and region it concerns, nothing more.
    const expected = model.activities.filter((a) => a.facts.start).reduce((n, a) => n + a.facts.regions.length, 0);
    expect(items).toHaveLength(expected);
  });
});

describe('the English says what the original says', () => {
  const zh = (e: { text: Record<string, { title: string; summary?: string }> }) =>
    `${e.text['zh-cn'].title} ${e.text['zh-cn'].summary ?? ''}`;
  const en = (e: { text: Record<string, { title: string; summary?: string }> }) => `${e.text.en.title} ${e.text.en.summary ?? ''}`;
  const doc = model.currentDocument;
  const blocks = Object.keys(doc.text['zh-cn'].blocks ?? {});
  const entries = [...model.forums, ...model.activities];

  it('the Bangkok forum of ¶3.6 is "South Asia – East Asia" (南亚 – 东亚)', () => {
    const a = activity('asp-ai-multistakeholder-forum-2023');
    expect(zh(a)).toContain('南亚 – 东亚');
    expect(a.text.en.title).toContain('South Asia – East Asia');
    expect(en(a)).not.toMatch(/South-East\/East/);
  });

  it('what the document announces stays planned: the NTFA workshop (将于) and the end of the DFAT project (现计划于)', () => {
    expect(activity('afr-ntfa-workshop-2024').text.en.summary).toMatch(/to be hosted by the administration of Ethiopia/);
    const dfat = activity('asp-dfat-critical-technologies-project').text.en.summary ?? '';
    expect(dfat).toMatch(/will strengthen/);
    expect(dfat).toMatch(/now planned to end in June 2024/);
  });

  it('专题研讨会 is a symposium, in the document and on every entry', () => {
    const inDoc = blocks.filter((b) => doc.text['zh-cn'].blocks?.[b]?.includes('专题研讨会'));
    expect(inDoc.length).toBeGreaterThan(2);
    for (const b of inDoc) expect(doc.text.en.blocks?.[b], b).toMatch(/[Ss]ymposium/);
    for (const e of entries.filter((x) => zh(x).includes('专题研讨会'))) expect(en(e), e.id).toMatch(/[Ss]ymposium/);
  });

  it('特别会议 is a special meeting, never an ad hoc meeting or a special session', () => {
    const inDoc = blocks.filter((b) => doc.text['zh-cn'].blocks?.[b]?.includes('特别会议'));
    expect(inDoc.length).toBe(2);
    for (const b of inDoc) {
      expect(doc.text.en.blocks?.[b], b).toMatch(/special meeting/);
      expect(doc.text.en.blocks?.[b], b).not.toMatch(/ad hoc|special session/i);
    }
    for (const e of entries.filter((x) => zh(x).includes('特别会议'))) {
      expect(en(e), e.id).toMatch(/special meeting/);
      expect(en(e), e.id).not.toMatch(/ad hoc|special session/i);
    }
  });
});

describe('what the document states is on the site', () => {
  it('RDF-AMS ran alongside ITEC (¶2.4) and RDF-EUR back to back with CEPT Com-ITU (¶2.8): each quotes it', () => {
    expect(model.get('forums', 'rdf-ams-2023').facts.quotes.alongside).toContain('ITEC');
    expect(model.get('forums', 'rdf-eur-2023').facts.quotes.alongside).toContain('Com-ITU');
  });

  it('the P2C Digital Coalition round table of RDF-CIS (¶2.7) names its organization', () => {
    expect(model.get('forums', 'rdf-cis-2024').facts.organizations).toContain('p2c-digital-coalition');
  });

  it('no organization is an orphan: each is named by a forum or an activity (un-regional-commissions by the six forums, ¶2.2)', () => {
    for (const o of model.organizations) expect(model.backlinks('organizations', o.id).length, o.id).toBeGreaterThan(0);
    expect(model.backlinks('organizations', 'un-regional-commissions').map((l) => l.id)).toEqual(model.forums.map((f) => f.id));
  });

  it('the link to the Strategic Plan (summary and 与《战略规划》的关联) is an entry of its own, cited at those blocks', () => {
    const doc = model.currentDocument.id;
    for (const b of ['purpose', 'strategic-plan'])
      expect(
        model.blockLinks(doc, b).map((l) => `${l.collection}/${l.id}`),
        b,
      ).toContain('references/itu-strategic-plan');
  });

  it('merges are said, not hidden in a comment: RRS-23-Americas and the interregional cyberdrill name the blocks they merge', () => {
    expect(activity('ams-rrs-23-americas').facts.merges).toEqual(['p3-4-4', 'p3-4-7']);
    expect(activity('asp-eur-interregional-cyberdrill-2023').facts.merges).toEqual(['p3-6-2-13', 'p3-8-4']);
  });
});
