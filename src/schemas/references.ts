import { z } from 'astro/zod';
import { REFERENCE_KINDS } from './vocab.ts';
import { doc, source, vocab, year } from './fields.ts';

/** Facts of another document the report cites (language-neutral). */
export const referenceSchema = z
  .object({
    kind: vocab(REFERENCE_KINDS, 'a reference kind').meta(doc('What kind of document', '文件类型')),
    symbol: z.string().optional().meta(doc('Its symbol, e.g. "TDAG31-C002"', '文号，如 "TDAG31-C002"')),
    year: year.optional().meta(doc('Year it was issued or adopted, when the document says', '发布或通过的年份（文件有写明时）')),
    source: source.meta(doc('Where the document cites it', '出处：文件引用它的段落')),
  })
  .strict()
  .meta(doc('Another document the report cites', '报告引用的其他文件'));
export type ReferenceFacts = z.infer<typeof referenceSchema>;
