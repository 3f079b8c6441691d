import { z } from 'astro/zod';
import { BLOCK_KINDS, DOCUMENT_STATUSES, LOCALES, RESOLUTION_BODIES } from './vocab.ts';
import { show } from './errors.ts';
import { blockId, doc, figure, partialDate, vocab, year } from './fields.ts';

/** One block of the document: a front block, heading, numbered paragraph, bullet or sub-bullet. */
export const blockSchema = z
  .object({
    id: blockId.meta(
      doc('Stable anchor id, used in page addresses and by every source field', '稳定的锚点编号，用于网址和所有 source 字段'),
    ),
    kind: vocab(BLOCK_KINDS, 'a block kind').meta(doc('What the block is', '段落类型')),
    number: z
      .string({ error: (iss) => `${show(iss.input)} is not a paragraph number (expected a quoted number like "3" or "3.3")` })
      .regex(/^\d+(\.\d+)?$/, {
        error: (iss) => `${show(iss.input)} is not a paragraph number (expected a quoted number like "3" or "3.3")`,
      })
      .optional()
      .meta(doc('The number the document prints, e.g. "3.3"; absent for bullets', '文件印出的编号，如 "3.3"；条目无编号时省略')),
  })
  .strict();
export type Block = z.infer<typeof blockSchema>;

/** Facts of a Council document (language-neutral). Its text lives in content/text/<locale>/documents/. */
export const documentSchema = z
  .object({
    body: vocab(RESOLUTION_BODIES, 'an ITU body')
      .default('council')
      .meta(
        doc(
          'The ITU body the document is submitted to, which citations name as its author (default "council": a Council document)',
          '文件提交的国际电联机构，引用时作为其作者（默认 "council"：理事会文件）',
        ),
      ),
    session: z
      .string()
      .regex(/^C\d{2}$/, { error: (iss) => `"${String(iss.input)}" is not a Council session (expected like "C24")` })
      .meta(doc('Council session the document was submitted to, like "C24"', '文件提交的理事会会议，如 "C24"')),
    year: year.meta(doc('Year of that session', '该届会议的年份')),
    date: partialDate.meta(doc('Date of the document, as precise as known', '文件日期，尽可能精确')),
    symbol: z.string().optional().meta(doc('Official symbol; omitted when the source does not give it', '正式文号；原文未给出时省略')),
    originalLanguage: vocab(LOCALES, 'a site language').meta(doc('Language of the original text', '原文语言')),
    languages: z
      .array(vocab(LOCALES, 'a site language'))
      .min(1, { error: 'needs at least one language' })
      .meta(doc('Languages this site publishes it in', '本站发布的语言')),
    status: vocab(DOCUMENT_STATUSES, 'a document status')
      .default('previous')
      .meta(
        doc(
          '"current" for the edition the site presents first (exactly one document is current), else "previous"',
          '本站首先呈现的版本写 "current"（有且只有一份文件为当前版本），其他写 "previous"',
        ),
      ),
    keyFigures: z
      .array(figure.extend({ block: blockId.meta(doc('Block that states it', '陈述该数据的段落')) }))
      .default([])
      .meta(
        doc(
          'Figures the document states about the whole report, with the block stating each',
          '文件就整份报告给出的数据，以及陈述每项数据的段落',
        ),
      ),
    blocks: z
      .array(blockSchema)
      .min(1, { error: 'needs at least one block' })
      .meta(doc('Every block, in document order', '全部段落，按文件顺序')),
  })
  .strict()
  .meta(doc('A Council document: its structure; its words are in the text files', '理事会文件：其结构；文字在文本文件中'));
export type DocumentFacts = z.infer<typeof documentSchema>;
