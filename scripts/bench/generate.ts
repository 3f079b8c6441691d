/**
 * Synthetic activities for the benchmark. Everything they point at is real:
 * regions, places, organizations, resolutions, references, forums and the
 * section-3 blocks of the document; their words are assembled from the
 * document's own clauses and the site's vocabulary labels. They are written
 * only to a temporary content root, never to content/.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { loadContent } from '../../src/loading/load.ts';
import type { ContentSet } from '../../src/loading/content-set.ts';
import { currentDocumentId } from '../../src/loading/integrity.ts';
import { countryName } from '../../src/model/countries.ts';
import { VOCAB } from '../../src/i18n/ui.ts';
import { language } from '../../src/i18n/registry.ts';
import { ACTIVITY_KINDS, LOCALES, SECTORS, SOURCE_LOCALE, THEMES, type Locale } from '../../src/schemas/vocab.ts';
import { formatProblem } from '../../src/loading/problems.ts';

type Words = Record<Locale, string>;

/**
 * The facts of a real activity that the original states phrase by phrase
 * (dates, venue, roles, figures, their quotes and source), with our
 * translations of those quotes: a generated activity takes them whole, so
 * every quote stays verbatim in the blocks it cites.
 */
interface Template {
  facts: Record<string, unknown>;
  quotes: Partial<Record<Locale, unknown>>;
}
const QUOTED = [
  'sectors',
  'start',
  'end',
  'place',
  'country',
  'host',
  'beneficiaries',
  'countries',
  'organizers',
  'organizations',
  'figures',
  'quotes',
  'source',
] as const;

export interface Vocabulary {
  regions: { id: string; members: string[]; short: Words; blocks: string[]; forums: string[]; templates: Template[] }[];
  places: { id: string; country: string; title: Words }[];
  organizations: { id: string; title: Words }[];
  resolutions: string[];
  references: string[];
  /** Clauses of each section-3 block, per language. */
  clauses: Record<Locale, Map<string, string[]>>;
}

export interface GeneratedActivity {
  id: string;
  facts: Record<string, unknown>;
  text: Record<Locale, { title: string; short: string; summary: string; quotes?: unknown; body: string }>;
}

/**
 * Splits a block's text into clauses usable inside a sentence: sentences and
 * their comma-separated parts, without lead-ins to a list (ending in ":").
 */
export function clausesOf(text: string, locale: Locale): string[] {
  // Languages written with spaces end sentences with ". "; those without (Chinese) with "。".
  const en = language(locale).search.segmentScript === undefined;
  const sentences = en ? text.split(/(?<=[.;:])\s+/) : text.split(/(?<=[。；：])/);
  const out: string[] = [];
  for (const sentence of sentences) {
    if (/[:：]\s*$/.test(sentence)) continue;
    const parts = en ? sentence.split(/,\s+/) : sentence.split('，');
    for (const p of parts) {
      const c = p
        .replace(/["“”]/g, '')
        .replace(/[,;.:，；。：\s]+$/, '')
        .trim();
      if (c.length >= (en ? 25 : 8) && c.length <= (en ? 200 : 80)) out.push(en ? lowerFirst(c) : c);
    }
  }
  return out;
}

/** "The office" → "the office", but "ITU-T" stays. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The real entities and words the generator draws from. */
export function vocabularyFrom(set: ContentSet): Vocabulary {
  const text = (collection: string, id: string, locale: Locale) => {
    const found = set.texts.find((t) => t.collection === collection && t.id === id && t.locale === locale);
    if (!found) throw new Error(`no ${locale} text for ${collection}/${id}`);
    return found.data as { title: string; short?: string; blocks?: Record<string, string> };
  };
  const words = (collection: string, id: string, field: 'title' | 'short' = 'title'): Words =>
    Object.fromEntries(LOCALES.map((l) => [l, text(collection, id, l)[field] ?? text(collection, id, l).title]));

  const doc = set.facts.documents.find((d) => d.id === currentDocumentId(set)) ?? set.facts.documents[0];
  const section3 = (doc.data.blocks as { id: string }[]).map((b) => b.id).filter((id) => id.startsWith('p3-'));
  const umbrellas = set.facts.activities.filter((a) => a.data.parts.length > 0);
  const regions = set.facts.regions.map((r) => {
    // A region's own source paragraph in section 3 ("p3-3" for Africa) and every block under it.
    const para = (r.data.source as { blocks: string[] }).blocks.find((b) => /^p3-\d+$/.test(b));
    const blocks = para ? section3.filter((b) => b === para || b.startsWith(`${para}-`)) : [];
    return {
      id: r.id,
      members: r.data.members,
      short: words('regions', r.id, 'short'),
      blocks: blocks.length ? blocks : section3,
      forums: set.facts.forums.filter((f) => f.data.region === r.id).map((f) => f.id),
      templates: set.facts.activities
        // Not an umbrella or its parts: a copy would hold a block of theirs without being one of them.
        .filter((a) => a.data.regions[0] === r.id && a.data.parts.length === 0 && !umbrellas.some((u) => u.data.parts.includes(a.id)))
        .map((a) => ({
          facts: Object.fromEntries(QUOTED.filter((k) => a.data[k] !== undefined).map((k) => [k, a.data[k]])),
          quotes: Object.fromEntries(
            LOCALES.map((l) => [
              l,
              set.texts.find((t) => t.collection === 'activities' && t.id === a.id && t.locale === l)?.data.quotes,
            ]).filter(([, q]) => q !== undefined),
          ) as Template['quotes'],
        })),
    };
  });
  const clauses = {} as Record<Locale, Map<string, string[]>>;
  for (const l of LOCALES) {
    const blocks = text('documents', doc.id, l).blocks ?? {};
    clauses[l] = new Map(section3.map((b) => [b, clausesOf(blocks[b] ?? '', l)]));
  }
  return {
    regions,
    places: set.facts.places.map((p) => ({ id: p.id, country: p.data.country, title: words('places', p.id) })),
    organizations: set.facts.organizations.map((o) => ({ id: o.id, title: words('organizations', o.id) })),
    resolutions: set.facts.resolutions.map((r) => r.id),
    references: set.facts.references.map((r) => r.id),
    clauses,
  };
}

/** A small seeded PRNG (mulberry32), so every run generates the same content. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)];
  const some = <T>(a: readonly T[], lo: number, hi: number): T[] => {
    const pool = [...a];
    const out: T[] = [];
    for (let k = Math.min(int(lo, hi), pool.length); k > 0; k--) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  return { next, int, pick, some };
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Dates 2021–2024 with the document's mixed precision: none, year, month or day, sometimes a range. */
function dates(r: ReturnType<typeof random>): { start?: string; end?: string } {
  const p = r.next();
  const y = r.int(2021, 2024);
  if (p < 0.1) return {};
  if (p < 0.3) return r.next() < 0.1 && y < 2024 ? { start: `${y}`, end: `${y + 1}` } : { start: `${y}` };
  const m = r.int(1, 12);
  if (p < 0.6)
    return r.next() < 0.15 && m < 12
      ? { start: `${y}-${pad(m)}`, end: `${y}-${pad(Math.min(12, m + r.int(1, 2)))}` }
      : { start: `${y}-${pad(m)}` };
  const d = r.int(1, lastDay(y, m));
  const e = Math.min(lastDay(y, m), d + r.int(1, 4));
  return r.next() < 0.4 && e > d
    ? { start: `${y}-${pad(m)}-${pad(d)}`, end: `${y}-${pad(m)}-${pad(e)}` }
    : { start: `${y}-${pad(m)}-${pad(d)}` };
}

// Synthetic words: the original's in Chinese, every translation's in English (the bench measures volume, not wording).
const SOURCE_VERBS = ['组织', '参加', '支持', '协办', '主持'];
const TRANSLATED_VERBS = ['organized', 'took part in', 'supported', 'co-organized', 'chaired'];

/** Generates `n` activities, deterministic for a seed. */
export function generateActivities(v: Vocabulary, n: number, seed = 2024): GeneratedActivity[] {
  const r = random(seed);
  const out: GeneratedActivity[] = [];
  for (let i = 1; i <= n; i++) {
    const region = r.pick(v.regions);
    const kind = r.pick(ACTIVITY_KINDS);
    const themes = r.some(THEMES, 1, 3);
    // What the original states phrase by phrase comes whole from a real activity of the region, with its quotes;
    // a region without one gets dates, venue and names at random, and no quotes (the provenance check would fail).
    const template = region.templates.length ? r.pick(region.templates) : undefined;
    const t = template?.facts;
    const local = v.places.filter((p) => region.members.includes(p.country));
    const roll = r.next();
    const place = t ? v.places.find((p) => p.id === t.place) : roll < 0.7 && local.length ? r.pick(local) : undefined;
    const country = t
      ? ((t.country as string | undefined) ?? place?.country)
      : (place?.country ?? (roll < 0.8 ? r.pick(region.members) : undefined));
    const organizations = t ? v.organizations.filter((o) => (t.organizations as string[]).includes(o.id)) : r.some(v.organizations, 0, 3);
    const blocks = t ? (t.source as { blocks: string[] }).blocks : r.some(region.blocks, 1, 2);
    const when = t ? { start: t.start as string | undefined, end: t.end as string | undefined } : dates(r);
    const random: Record<string, unknown> = {
      ...when,
      ...(place ? { place: place.id } : {}),
      ...(country ? { country } : {}),
      countries: r.some(
        region.members.filter((c) => c !== country),
        0,
        3,
      ),
      organizations: organizations.map((o) => o.id),
      figures: r.next() < 0.25 ? [{ key: 'participants', value: r.int(20, 2000), qualifier: r.pick(['exact', 'about', 'more-than']) }] : [],
      source: { blocks },
    };
    const facts: Record<string, unknown> = {
      regions:
        r.next() < 0.1
          ? [
              region.id,
              ...r.some(
                v.regions.filter((x) => x.id !== region.id).map((x) => x.id),
                1,
                2,
              ),
            ]
          : [region.id],
      sectors: r.some(SECTORS, 1, 2),
      kind,
      themes,
      resolutions: r.some(v.resolutions, 0, 2),
      references: r.some(v.references, 0, 1),
      ...(region.forums.length && r.next() < 0.25 ? { forum: r.pick(region.forums) } : {}),
      ...(t ?? random),
    };
    const id = `bench-${region.id}-${String(i).padStart(5, '0')}`;
    const year = when.start?.slice(0, 4);
    const text = {} as GeneratedActivity['text'];
    for (const l of LOCALES) {
      const voc = VOCAB[l];
      const theme = voc.theme[themes[0]];
      const kindLabel = voc.kind[kind];
      const where = place?.title[l] ?? (country ? countryName(country, l) : region.short[l]);
      const own = blocks.flatMap((b) => v.clauses[l].get(b) ?? []);
      const near = region.blocks.flatMap((b) => v.clauses[l].get(b) ?? []);
      const used = new Set<string>();
      // A clause of the cited blocks (or of the region's paragraph), not repeated within one text.
      const clause = () => {
        let c = '';
        for (let k = 0; k < 4 && (!c || used.has(c)); k++) c = r.pick(own.length && r.next() < 0.6 ? own : near.length ? near : [theme]);
        used.add(c);
        return c;
      };
      const partner = organizations[0]?.title[l];
      const verb = r.pick(l === SOURCE_LOCALE ? SOURCE_VERBS : TRANSLATED_VERBS);
      if (l === SOURCE_LOCALE) {
        const title = `${year ? `${year}年` : ''}${where}${theme}${kindLabel}（第${i}期）`;
        const sentences = [
          `${clause()}，${clause()}。`,
          partner ? `该活动与${partner}合作举办，${clause()}。` : `${clause()}。`,
          `${region.short[l]}区域的${themes.map((t) => voc.theme[t]).join('、')}工作因此得到加强。`,
        ];
        text[l] = {
          title,
          short: `${theme}${kindLabel}（${where}）`,
          summary: `国际电联区域代表处${verb}了在${where}举行的${title}，${clause()}。`.slice(0, 600),
          ...(template?.quotes[l] ? { quotes: template.quotes[l] } : {}),
          body: `${sentences.slice(0, 2).join('')}\n\n${sentences[2]}${clause()}。\n`,
        };
      } else {
        const title = `${kindLabel} on ${lowerFirst(theme)}, ${where}${year ? ` ${year}` : ''} (no. ${i})`;
        const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
        const sentences = [
          `${cap(clause())}, ${clause()}.`,
          partner ? `It was held with ${partner}; ${clause()}.` : `${cap(clause())}.`,
          `It strengthened the work on ${themes.map((t) => lowerFirst(voc.theme[t])).join(', ')} in the ${region.short[l]} region.`,
        ];
        text[l] = {
          title,
          short: `${theme} ${lowerFirst(kindLabel)} (${where})`.slice(0, 60),
          summary: `The ITU regional office ${verb} the ${title} held in ${where}; ${clause()}.`.slice(0, 600),
          ...(template?.quotes[l] ? { quotes: template.quotes[l] } : {}),
          body: `${sentences.slice(0, 2).join(' ')}\n\n${sentences[2]} ${cap(clause())}.\n`,
        };
      }
    }
    out.push({ id, facts, text });
  }
  return out;
}

/** Escapes what MDX would read as syntax (expressions, JSX, emphasis, links, headings). */
export function escapeMdx(s: string): string {
  return (
    s
      .replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`)
      // A line starting "import " or "export " is ESM to MDX: its first letter as a character reference is text.
      .replace(/^(?=(?:import|export)\b)[ie]/gm, (c) => `&#${c.charCodeAt(0)};`)
  );
}

const dump = (data: unknown) => yaml.dump(data, { lineWidth: -1, noRefs: true });

/** Writes the activities' facts and texts under a content root. */
function writeActivities(root: string, list: GeneratedActivity[]): void {
  mkdirSync(join(root, 'activities'), { recursive: true });
  for (const l of LOCALES) mkdirSync(join(root, 'text', l, 'activities'), { recursive: true });
  for (const a of list) {
    writeFileSync(
      join(root, 'activities', `${a.id}.yaml`),
      `# Synthetic activity for the benchmark (scripts/bench.ts); not in the document.\n${dump(a.facts)}`,
    );
    for (const l of LOCALES) {
      const { body, ...front } = a.text[l];
      writeFileSync(join(root, 'text', l, 'activities', `${a.id}.mdx`), `---\n${dump(front)}---\n\n${escapeMdx(body)}`);
    }
  }
}

/**
 * Copies the real content root to `dest` and adds activities until the site
 * has `total` of them (the real ones count). Returns how many were generated.
 */
export function benchContent(source: string, dest: string, total: number, seed = 2024): number {
  const { set, problems } = loadContent(source);
  if (problems.length) throw new Error(`the real content has problems:\n${problems.map(formatProblem).join('\n')}`);
  cpSync(source, dest, { recursive: true });
  const n = Math.max(0, total - set.facts.activities.length);
  writeActivities(dest, generateActivities(vocabularyFrom(set), n, seed));
  return n;
}
