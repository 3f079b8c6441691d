/**
 * Phrase-level provenance: every date, venue, host, country, organization and
 * figure of a forum or activity carries the phrase of the original that
 * states it. This check proves, for every quote, that it is a verbatim span
 * of the entry's source blocks (after whitespace normalisation) and that it
 * states the fact's value; and that no umbrella activity holds the blocks of
 * its parts. Pure; run once, by `loadContent()` (load.ts), after integrity.
 */
import { extractNumbers } from '../model/numbers.ts';
import { countryName } from '../model/countries.ts';
import { language } from '../i18n/registry.ts';
import { parsePartialDate, SINGLE_QUOTE_KEYS } from '../schemas/fields.ts';
import { LOCALES, SOURCE_LOCALE } from '../schemas/vocab.ts';
import { currentDocumentId, type LineOf, type RawContentSet } from './integrity.ts';
import type { Problem } from './problems.ts';

/** Whitespace runs count as one space; the original has both "1 500" and tabs. */
export const normalizeSpace = (s: string) => s.replace(/\s+/gu, ' ').trim();

interface Quoted {
  start?: string;
  end?: string;
  place?: string;
  country?: string;
  host?: string;
  countries?: string[];
  beneficiaries?: string[];
  organizations?: string[];
  organizers?: string[];
  parts?: string[];
  sectors?: string[];
  merges?: string[];
  figures?: { key: string; value: number; qualifier?: string; quote?: string; asOf?: string }[];
  quotes?: {
    date?: string;
    end?: string;
    venue?: string;
    host?: string;
    alongside?: string;
    what?: string;
    sectors?: Record<string, string>;
    names?: Record<string, string>;
  };
  source?: { document?: string; blocks?: string[] };
}

/** The numbers of a partial date, as precise as it is: [2023, 8, 16]. */
function dateNumbers(d: string): number[] {
  const p = parsePartialDate(d);
  if (!p) return [];
  return [p.year, ...(p.month ? [p.month] : []), ...(p.day ? [p.day] : [])];
}

/** Names by which the original may name an organization, a place or a country, in the source language. */
function namer(set: RawContentSet) {
  const text = (collection: string, id: string) =>
    set.texts.find((t) => t.locale === SOURCE_LOCALE && t.collection === collection && t.id === id)?.data;
  const facts = (collection: 'organizations' | 'places', id: string) => set.facts[collection].find((e) => e.id === id)?.data;
  const strings = (...v: unknown[]) => v.filter((x): x is string => typeof x === 'string' && x.length > 0);
  const aliases = language(SOURCE_LOCALE).countryAliases ?? {};
  return {
    country: (code: string) => {
      let official: string[] = [];
      try {
        official = [countryName(code, SOURCE_LOCALE)];
      } catch {
        // An unknown code is reported by the schema; it has no name to find.
      }
      return [...official, ...(aliases[code] ?? [])];
    },
    organization: (id: string) => {
      // An organization whose facts did not validate is reported already: nothing to name it by.
      if ((set.invalid?.facts ?? []).some((f) => f.collection === 'organizations' && f.id === id)) return [];
      const t = text('organizations', id);
      return strings(t?.title, t?.short, facts('organizations', id)?.acronym, ...((t?.aliases as unknown[] | undefined) ?? []));
    },
    place: (id: string) => {
      const t = text('places', id);
      return strings(t?.title, t?.short, ...((t?.aliases as unknown[] | undefined) ?? []));
    },
  };
}

const SHOWN = 60;
const show = (s: string) => JSON.stringify(s.length > SHOWN ? `${s.slice(0, SHOWN)}…` : s);

/** Problems of the quotes of every forum and activity; figures of documents are checked by the fidelity tests. */
export function checkProvenance(set: RawContentSet, lineOf: LineOf = () => undefined): Problem[] {
  const problems: Problem[] = [];
  const current = currentDocumentId(set);
  const blockText = new Map<string, string>();
  for (const t of set.texts) {
    if (t.locale !== SOURCE_LOCALE || t.collection !== 'documents') continue;
    for (const [id, s] of Object.entries((t.data.blocks ?? {}) as Record<string, string>))
      blockText.set(`${t.id}#${id}`, normalizeSpace(s));
  }
  if (blockText.size === 0) return problems;
  const names = namer(set);
  const activities = new Map(set.facts.activities.map((a) => [a.id, a.data as Quoted]));

  // A document's key figures: each quote is in the block it names and states the figure with its qualifier.
  for (const d of set.facts.documents) {
    const keyFigures = (d.data.keyFigures ?? []) as { key: string; value: number; qualifier?: string; quote?: string; block: string }[];
    keyFigures.forEach((f, i) => {
      const text = blockText.get(`${d.id}#${f.block}`);
      if (text === undefined || f.quote === undefined) return; // integrity and the schema report these
      const field = `keyFigures[${i}].quote`;
      const n = normalizeSpace(f.quote);
      const line = lineOf(d.file, 'keyFigures', f.quote);
      if (!text.includes(n))
        problems.push({
          file: d.file,
          line,
          field,
          message: `${show(f.quote)} is not in the original (expected a verbatim phrase of ${d.id} ${f.block})`,
        });
      else if (!extractNumbers(n).some((x) => x.value === f.value && x.qualifier === (f.qualifier ?? 'exact')))
        problems.push({ file: d.file, line, field, message: `${show(f.quote)} does not state ${f.value} (${f.qualifier ?? 'exact'})` });
    });
  }

  for (const collection of ['forums', 'activities'] as const) {
    for (const entry of set.facts[collection]) {
      const e = entry.data as Quoted;
      const at = (field: string, value?: unknown): Pick<Problem, 'file' | 'line' | 'field'> => ({
        file: entry.file,
        line: lineOf(entry.file, field.split(/[.[]/)[0], value),
        field,
      });
      const document = e.source?.document ?? current;
      const blocks = e.source?.blocks ?? [];
      const texts = blocks.map((b) => blockText.get(`${document}#${b}`)).filter((s): s is string => s !== undefined);
      if (texts.length < blocks.length) continue; // a missing block is reported by integrity
      const where = `${document} ${blocks.join(', ')}`;

      /** Reports unless the quote is a verbatim span of a source block; returns the normalised quote. */
      const verbatim = (field: string, q: string | undefined, what: string): string | undefined => {
        if (q === undefined) {
          problems.push({ ...at(field), message: `is missing (expected the phrase of ${where} that states ${what})` });
          return undefined;
        }
        const n = normalizeSpace(q);
        if (!texts.some((t) => t.includes(n))) {
          problems.push({ ...at(field, q), message: `${show(q)} is not in the original (expected a verbatim phrase of ${where})` });
          return undefined;
        }
        return n;
      };
      const naming = (field: string, q: string | undefined, what: string, candidates: string[]) => {
        // No name to find: the id is unknown or its source-language text is missing, which integrity reports.
        if (candidates.length === 0) return;
        const n = verbatim(field, q, what);
        if (n === undefined || candidates.some((c) => n.includes(normalizeSpace(c)))) return;
        problems.push({
          ...at(field, q),
          message: `${show(q ?? '')} does not name ${what} (expected it to contain ${candidates.map((c) => `"${c}"`).join(' or ')})`,
        });
      };
      const quotes = e.quotes ?? {};

      // Date: the quote states every number of the start and the end, as precise as they are; the year may
      // be left out only where the entry's own block does not give it (a sub-bullet dated by its parent).
      const ownYear = (d: string) => extractNumbers(texts[0] ?? '').some((x) => x.value === dateNumbers(d)[0]);
      const states = (field: 'date' | 'end', q: string | undefined, dates: (string | undefined)[]) => {
        const n = verbatim(
          `quotes.${field}`,
          q,
          `its date ${dates
            .filter(Boolean)
            .map((d) => `"${d}"`)
            .join(' to ')}`,
        );
        if (n === undefined) return;
        const stated = new Set(extractNumbers(n).map((x) => x.value));
        const need = dates.flatMap((d) => (d ? dateNumbers(d).filter((_, i) => i > 0 || ownYear(d)) : []));
        const lacking = [...new Set(need)].filter((v) => !stated.has(v));
        if (lacking.length > 0)
          problems.push({
            ...at(`quotes.${field}`, q),
            message: `${show(q ?? '')} does not state the date ${dates
              .filter(Boolean)
              .map((d) => `"${d}"`)
              .join(' to ')} (${lacking.join(', ')} not in it)`,
          });
      };
      if (e.start !== undefined) {
        if (quotes.end !== undefined && e.end !== undefined) {
          states('date', quotes.date, [e.start]);
          states('end', quotes.end, [e.end]);
        } else states('date', quotes.date, [e.start, e.end]);
        if (quotes.end !== undefined && e.end === undefined)
          problems.push({
            ...at('quotes.end', quotes.end),
            message: `quotes an end date, but the entry has no end (remove it, or add end)`,
          });
      } else if (quotes.date !== undefined) {
        problems.push({
          ...at('quotes.date', quotes.date),
          message: `quotes a date, but the entry has no start (remove it, or add start)`,
        });
      }

      // Venue: the quote names the city, or the country when no city is given.
      if (e.place !== undefined || e.country !== undefined) {
        const candidates = e.place ? names.place(e.place) : names.country(e.country ?? '');
        naming('quotes.venue', quotes.venue, `the venue ${e.place ?? e.country ?? ''}`, candidates);
      } else if (quotes.venue !== undefined) {
        problems.push({
          ...at('quotes.venue', quotes.venue),
          message: `quotes a venue, but the entry has no place or country (remove it, or add the venue it states)`,
        });
      }

      // Host.
      if (e.host !== undefined) naming('quotes.host', quotes.host, `the host ${e.host}`, names.country(e.host));
      else if (quotes.host !== undefined)
        problems.push({ ...at('quotes.host', quotes.host), message: `quotes a host, but the entry has no host (remove it, or add host)` });

      // What it is: stated by the phrase itself.
      if (quotes.what !== undefined) verbatim('quotes.what', quotes.what, 'what the activity is');

      // Sectors: each comes from the document's words for its Bureau or Sector, or it is absent.
      const sectorTerms = language(SOURCE_LOCALE).documentTerms?.sectors ?? {};
      for (const s of e.sectors ?? []) naming(`quotes.sectors.${s}`, quotes.sectors?.[s], `the sector ${s}`, [...(sectorTerms[s] ?? [])]);
      for (const s of Object.keys(quotes.sectors ?? {}))
        if (!(e.sectors ?? []).includes(s))
          problems.push({
            ...at(`quotes.sectors.${s}`),
            message: `"${s}" is not a sector of the entry (known: ${(e.sectors ?? []).join(', ') || 'none'})`,
          });

      // An event it was held alongside: stated by the phrase itself.
      if (quotes.alongside !== undefined) verbatim('quotes.alongside', quotes.alongside, 'the event it was held alongside');

      // Every country and organization named in a role.
      const named = new Map<string, string[]>();
      for (const c of [...(e.countries ?? []), ...(e.beneficiaries ?? [])]) named.set(c, names.country(c));
      for (const o of [...(e.organizations ?? []), ...(e.organizers ?? [])]) named.set(o, names.organization(o));
      for (const [id, candidates] of named) naming(`quotes.names.${id}`, quotes.names?.[id], id, candidates);
      for (const id of Object.keys(quotes.names ?? {}))
        if (!named.has(id))
          problems.push({
            ...at(`quotes.names.${id}`),
            message: `"${id}" is not a country or organization of the entry (known: ${[...named.keys()].join(', ') || 'none'})`,
          });

      // Figures: the quote states the value with its qualifier, and the date it stands at.
      (e.figures ?? []).forEach((f, i) => {
        const field = `figures[${i}].quote`;
        const n = verbatim(field, f.quote, `${f.key} ${f.value}`);
        if (n === undefined) return;
        const qualifier = f.qualifier ?? 'exact';
        // A number right before 年, 月 or 日 is part of a date, not a count.
        const found = extractNumbers(n).filter((x) => !/^[年月日]/u.test(n.slice(x.index + x.raw.length)));
        if (!found.some((x) => x.value === f.value && x.qualifier === qualifier)) {
          const near = found.find((x) => x.value === f.value);
          problems.push({
            ...at(field, f.quote),
            message: near
              ? `${show(f.quote ?? '')} states ${f.value} as "${near.qualifier}", not "${qualifier}" (expected the qualifier the phrase gives)`
              : `${show(f.quote ?? '')} does not state ${f.value} (expected a phrase containing the figure)`,
          });
        }
        if (f.asOf !== undefined) {
          const stated = new Set(extractNumbers(n).map((x) => x.value));
          if (!dateNumbers(f.asOf).every((v) => stated.has(v)))
            problems.push({ ...at(field, f.quote), message: `${show(f.quote ?? '')} does not state its date "${f.asOf}" (asOf)` });
        }
      });

      // An umbrella holds its own paragraph only; its parts keep theirs.
      if (collection === 'activities') {
        // A merge names the blocks that each mention the event: at least two, all of them cited.
        const merges = e.merges ?? [];
        if (merges.length === 1)
          problems.push({
            ...at('merges', merges[0]),
            message: 'names one block (expected the two or more blocks that each mention this event, or none)',
          });
        for (const m of merges)
          if (!blocks.includes(m))
            problems.push({ ...at('merges', m), message: `"${m}" is not in source.blocks (a merged block is also a source)` });
        for (const part of e.parts ?? []) {
          const p = activities.get(part);
          if (!p) continue; // integrity reports an unknown id
          const own = p.source?.blocks?.[0];
          if (own !== undefined && blocks.includes(own))
            problems.push({
              ...at('source.blocks', own),
              message: `holds ${own}, the own block of its part ${part}: every count would include that part twice (cite only this activity's own blocks)`,
            });
        }
        // An activity's own block is its first; the others give context. Holding another's own block,
        // without naming it as a part, makes this activity an undeclared umbrella.
        for (const [otherId, other] of activities) {
          const own = other.source?.blocks?.[0];
          if (otherId === entry.id || (e.parts ?? []).includes(otherId) || (other.parts ?? []).includes(entry.id)) continue;
          if (own === undefined || own === blocks[0]) continue;
          if ((other.source?.document ?? current) !== document || !blocks.includes(own)) continue;
          problems.push({
            ...at('source.blocks', own),
            message: `holds ${own}, the own block of ${otherId}: that activity would be counted twice (list it in parts and cite only this activity's own blocks)`,
          });
        }
      }
    }
  }
  return [...problems, ...checkRegionQuotes(set, blockText, names, lineOf), ...checkTranslatedQuotes(set)];
}

/** A region's office quotes are verbatim spans of its source blocks that name the office's place; a quoted office is not also "outside". */
function checkRegionQuotes(set: RawContentSet, blockText: Map<string, string>, names: ReturnType<typeof namer>, lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  const current = currentDocumentId(set);
  for (const entry of set.facts.regions) {
    const r = entry.data as {
      office?: string;
      areaOffices?: string[];
      quotes?: { office?: string; areaOffices?: Record<string, string> };
      source?: { document?: string; blocks?: string[] };
    };
    const document = r.source?.document ?? current;
    const blocks = r.source?.blocks ?? [];
    const texts = blocks.map((b) => blockText.get(`${document}#${b}`)).filter((s): s is string => s !== undefined);
    if (texts.length < blocks.length) continue; // a missing block (or document) is reported by integrity
    const check = (field: string, place: string | undefined, q: string) => {
      const at = { file: entry.file, line: lineOf(entry.file, 'quotes', q), field };
      const n = normalizeSpace(q);
      if (!texts.some((t) => t.includes(n))) {
        problems.push({ ...at, message: `${show(q)} is not in the original (expected a verbatim phrase of its source blocks)` });
        return;
      }
      const candidates = place ? names.place(place) : [];
      if (!candidates.some((c) => n.includes(normalizeSpace(c))))
        problems.push({ ...at, message: `${show(q)} does not name ${place ?? 'the office'} (expected it to contain its name)` });
    };
    if (r.quotes?.office !== undefined) check('quotes.office', r.office, r.quotes.office);
    for (const [place, q] of Object.entries(r.quotes?.areaOffices ?? {})) {
      if (!(r.areaOffices ?? []).includes(place)) {
        problems.push({ file: entry.file, field: `quotes.areaOffices.${place}`, message: `"${place}" is not one of its areaOffices` });
        continue;
      }
      check(`quotes.areaOffices.${place}`, place, q);
    }
  }
  return problems;
}

/** Every quote of the facts has our translation in every other language, and no translation lacks its quote. */
function checkTranslatedQuotes(set: RawContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ['forums', 'activities'] as const) {
    for (const entry of set.facts[collection]) {
      const e = entry.data as Quoted;
      const keys = [
        ...SINGLE_QUOTE_KEYS.filter((k) => e.quotes?.[k] !== undefined),
        ...Object.keys(e.quotes?.names ?? {}).map((k) => `names.${k}`),
        ...Object.keys(e.quotes?.sectors ?? {}).map((k) => `sectors.${k}`),
        ...(e.figures ?? []).filter((f) => f.quote !== undefined).map((f) => `figures.${f.key}`),
      ];
      for (const locale of LOCALES) {
        if (locale === SOURCE_LOCALE) continue;
        const t = set.texts.find((x) => x.locale === locale && x.collection === collection && x.id === entry.id);
        if (!t) continue; // integrity reports a missing text
        const q = (t.data.quotes ?? {}) as Record<string, unknown>;
        const has = (k: string) => {
          const dot = k.indexOf('.');
          const v: unknown = dot < 0 ? q[k] : (q[k.slice(0, dot)] as Record<string, unknown> | undefined)?.[k.slice(dot + 1)];
          return typeof v === 'string' && v.trim().length > 0;
        };
        for (const k of keys)
          if (!has(k))
            problems.push({
              file: t.file,
              field: `quotes.${k}`,
              message: `is missing (expected our ${locale} translation of the quoted phrase)`,
            });
        const extra = [
          ...SINGLE_QUOTE_KEYS.filter((k) => q[k] !== undefined),
          ...Object.keys(q.names ?? {}).map((k) => `names.${k}`),
          ...Object.keys(q.sectors ?? {}).map((k) => `sectors.${k}`),
          ...Object.keys(q.figures ?? {}).map((k) => `figures.${k}`),
        ].filter((k) => !keys.includes(k));
        for (const k of extra)
          problems.push({
            file: t.file,
            field: `quotes.${k}`,
            message: `translates a quote that ${collection}/${entry.id}.yaml does not have (remove it)`,
          });
      }
    }
  }
  return problems;
}
