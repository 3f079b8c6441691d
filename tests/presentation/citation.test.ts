import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { realModel, DOCUMENT_ID } from '../helpers/content.ts';
import { citationParts, documentCitation, entryCitation, restsOn } from '../../src/presentation/citation.ts';
import { bibEscape, bibtex, citationFormats, cslItem, plainText, type CitationParts } from '../../src/presentation/citation-format.ts';
import { blockLabel } from '../../src/presentation/present.ts';
import { LOCALES } from '../../src/schemas/vocab.ts';
import { t, VOCAB } from '../../src/i18n/ui.ts';

const model = realModel();
const doc = model.get('documents', DOCUMENT_ID);
const ORIGIN = 'https://example.org';

/** The entries of a BibTeX text, which must parse without an error. */
function bib(text: string) {
  const lib = parse(text);
  expect(lib.errors).toEqual([]);
  return lib.entries;
}

describe('the document’s bibliographic facts', () => {
  it('are written once, in its facts file: the Council, session C24, 2024, and no symbol (the original gives none)', () => {
    expect([doc.facts.body, doc.facts.session, doc.facts.year, doc.facts.date, doc.facts.symbol]).toEqual([
      'council',
      'C24',
      2024,
      '2024',
      undefined,
    ]);
  });
});

describe('a citation in each language', () => {
  it.each(LOCALES)('%s: the body, the title, the session, the year and the paragraph, in that language', (locale) => {
    const p = citationParts(model, doc, ['p2-3'], locale, ORIGIN);
    expect(p).toMatchObject({
      key: `${DOCUMENT_ID}_p2-3`,
      body: VOCAB[locale].body.council,
      title: doc.text[locale].title,
      session: 'C24',
      date: '2024',
      where: [blockLabel(model, DOCUMENT_ID, 'p2-3', locale)],
      url: `${ORIGIN}/${locale}/documents/${DOCUMENT_ID}/#p2-3`,
    });
    const text = plainText(p);
    for (const part of [p.body, p.title, 'C24', p.dateText, p.where[0], p.url]) expect(text).toContain(part);
    const [entry] = bib(bibtex(p));
    expect(entry).toMatchObject({ type: 'misc', key: `${DOCUMENT_ID}_p2-3` });
    expect(entry.fields.author).toEqual([{ name: p.body }]);
    expect(entry.fields.title).toBe(p.title);
    expect(entry.fields.url).toBe(p.url);
    expect(entry.fields.langid).toBe(p.langid);
    expect(entry.fields.note).toBe(`C24${p.comma}${p.where[0]}`);
    expect(cslItem(p)).toMatchObject({
      type: 'report',
      title: p.title,
      author: [{ literal: p.body }],
      issued: { 'date-parts': [[2024]] },
      URL: p.url,
      language: p.lang,
    });
  });

  it.each<[string, string, string, string]>([
    [
      'en',
      'english',
      "ITU Council, “Contribution of the ITU regional offices to the fulfilment of ITU's mandate” (C24), 2024, ¶ 2.3.",
      '¶ 2.3',
    ],
    ['zh-cn', 'chinese', '国际电联理事会，《国际电联区域代表处对履行国际电联职责的贡献》（C24），2024年，第2.3段。', '第2.3段'],
    ['ar', 'arabic', 'مجلس الاتحاد، «', 'الفقرة 2.3'],
    ['es', 'spanish', 'Consejo de la UIT, «', '§ 2.3'],
    ['fr', 'french', 'Conseil de l’UIT, «\u00a0', '§ 2.3'],
    ['ru', 'russian', 'Совет МСЭ, «', 'п. 2.3'],
  ])('%s: langid %s, and the plain text reads as the language writes it', (locale, langid, start, label) => {
    const p = citationParts(model, doc, ['p2-3'], locale, ORIGIN);
    expect(p.langid).toBe(langid);
    expect(plainText(p).startsWith(start), plainText(p)).toBe(true);
    expect(p.where).toEqual([label]);
  });
});

describe('edge cases', () => {
  const base = citationParts(model, doc, ['p2-3'], 'en', ORIGIN);

  it.each<[string, string]>([
    ['TeX specials', 'R&D: 100% of #1 {core} ~ $5 _x_ ^y \\z'],
    ['Chinese', '国际电联《战略规划》（2024-2027年）& 区域性举措'],
    ['Arabic', 'مساهمة المكاتب الإقليمية للاتحاد & 100%'],
    ['Spanish', 'Contribución de las oficinas regionales de la UIT — {nota} & «cita»'],
    ['French', 'Contribution des bureaux régionaux de l’UIT : « 50 % » & #1'],
    ['Russian', 'Вклад региональных отделений МСЭ — 100% & {примечание}'],
    ['English', 'ITU’s mandate: “One ITU” & the $ sign'],
  ])('a title with %s parses back to itself', (_name, title) => {
    const p: CitationParts = { ...base, title, body: `${title} body` };
    const [entry] = bib(bibtex(p));
    expect(entry.fields.title).toBe(title);
    expect(entry.fields.author).toEqual([{ name: `${title} body` }]);
    expect((JSON.parse(citationFormats([p]).csl) as { title: string }[])[0].title).toBe(title);
  });

  it('escapes each of TeX’s special characters', () => {
    expect(bibEscape('\\{}#$%&_~^')).toBe('\\textbackslash{}\\{\\}\\#\\$\\%\\&\\_\\textasciitilde{}\\textasciicircum{}');
    expect(bibEscape('平文 نص текст')).toBe('平文 نص текст');
  });

  it('a page resting on several paragraphs cites them all, in document order, linked to the first', () => {
    const ref = model.get('references', 'itu-strategic-plan');
    expect(ref.facts.source.blocks).toEqual(['purpose', 'strategic-plan', 'p1-1', 'p3-2-c1']);
    const f = entryCitation(model, 'references', ref.id, 'en', ORIGIN);
    const labels = ref.facts.source.blocks.map((b) => blockLabel(model, DOCUMENT_ID, b, 'en'));
    expect(f.text).toContain(labels.join('; '));
    const [entry] = bib(f.bibtex);
    expect(entry.key).toBe(`${DOCUMENT_ID}_purpose_strategic-plan_p1-1_p3-2-c1`);
    expect(entry.fields.note).toBe(`C24, ${labels.join('; ')}`);
    expect(entry.fields.url).toBe(`${ORIGIN}/en/documents/${DOCUMENT_ID}/#purpose`);
  });

  it('blocks that several entries cite are cited once, in document order', () => {
    const org = model.organizations.find((o) => model.backlinks('organizations', o.id).length > 1)!;
    const rests = restsOn(model, 'organizations', org.id);
    expect(rests).toHaveLength(1);
    const order = doc.facts.blocks.map((b) => b.id);
    expect(rests[0].blocks).toEqual([...rests[0].blocks].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(new Set(rests[0].blocks).size).toBe(rests[0].blocks.length);
  });

  it('an organization, which has no source, rests on the sources of the entries that name it', () => {
    for (const o of model.organizations) {
      const blocks = new Set(restsOn(model, 'organizations', o.id).flatMap((c) => c.blocks));
      const named = model.backlinks('organizations', o.id).flatMap((l) => {
        const e = model.get(l.collection, l.id);
        return 'source' in e.facts ? e.facts.source.blocks : [];
      });
      expect(blocks.size, o.id).toBeGreaterThan(0);
      expect([...blocks].sort(), o.id).toEqual([...new Set(named)].sort());
    }
  });

  it('a date at month or day precision is issued at that precision; a symbol, when given, is the number', () => {
    const p: CitationParts = { ...base, date: '2024-05-20', symbol: 'C24/99', session: 'C24/99' };
    expect(cslItem(p)).toMatchObject({ issued: { 'date-parts': [[2024, 5, 20]] }, number: 'C24/99' });
    const [entry] = bib(bibtex(p));
    expect(entry.fields).toMatchObject({ year: '2024', date: '2024-05-20', number: 'C24/99' });
    expect(cslItem({ ...base, date: '2024-05' }).issued).toEqual({ 'date-parts': [[2024, 5]] });
    expect(cslItem(base)).not.toHaveProperty('number');
  });

  it('the whole document: no paragraph, the document page’s address', () => {
    const { formats, parts } = documentCitation(model, doc, 'en', ORIGIN);
    expect(parts.where).toEqual([]);
    expect(formats.text).toBe(`ITU Council, “${doc.text.en.title}” (C24), 2024. ${ORIGIN}/en/documents/${DOCUMENT_ID}/`);
    expect(bib(formats.bibtex)[0].fields.note).toBe('C24');
  });

  it('a block’s citation written in the browser from the document’s parts is the one the build writes', () => {
    const { parts } = documentCitation(model, doc, 'ar', ORIGIN);
    const label = blockLabel(model, DOCUMENT_ID, 'p3-6-2-4', 'ar');
    const browser = citationFormats([{ ...parts, key: `${parts.key}_p3-6-2-4`, where: [label], url: `${parts.url}#p3-6-2-4` }]);
    expect(browser).toEqual(citationFormats([citationParts(model, doc, ['p3-6-2-4'], 'ar', ORIGIN)]));
  });

  it('every block label of every language needs no escaping in BibTeX or JSON (the browser inserts it as it is)', () => {
    for (const locale of LOCALES)
      for (const b of doc.facts.blocks) {
        const label = blockLabel(model, DOCUMENT_ID, b.id, locale);
        expect(bibEscape(label), `${locale} ${b.id}`).toBe(label);
        expect(JSON.stringify(label), `${locale} ${b.id}`).toBe(`"${label}"`);
      }
  });

  it('the plain-text pattern of every language has every slot', () => {
    for (const locale of LOCALES)
      for (const slot of ['{body}', '{title}', '{session}', '{year}', '{where}', '{url}']) expect(t(locale, 'cite.plain')).toContain(slot);
  });
});
