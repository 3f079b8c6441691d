import { z } from 'astro/zod';
import { BLOCK_KINDS, LOCALES } from './vocab.ts';
import { blockId, figure, partialDate, show, vocab, year } from './fields.ts';

/** One block of the document: a front block, heading, numbered paragraph, bullet or sub-bullet. */
export const blockSchema = z
  .object({
    /** Stable anchor id, used in URLs and by every `source` field. */
    id: blockId,
    /** What the block is. */
    kind: vocab(BLOCK_KINDS, 'a block kind'),
    /** The number the document prints, e.g. "3.3"; absent for bullets. */
    number: z
      .string({ error: (iss) => `${show(iss.input)} is not a paragraph number (expected a quoted number like "3" or "3.3")` })
      .regex(/^\d+(\.\d+)?$/, { error: (iss) => `${show(iss.input)} is not a paragraph number (expected a quoted number like "3" or "3.3")` })
      .optional(),
  })
  .strict();
export type Block = z.infer<typeof blockSchema>;

/** Facts of a Council document (language-neutral). Its text lives in content/text/<locale>/documents/. */
export const documentSchema = z
  .object({
    /** Council session the document was submitted to. */
    session: z.string().regex(/^C\d{2}$/, { error: (iss) => `"${String(iss.input)}" is not a Council session (expected like "C24")` }),
    /** Year of that session. */
    year,
    /** Date of the document, as precise as known. */
    date: partialDate,
    /** Official symbol; omitted when the source does not give it. */
    symbol: z.string().optional(),
    /** Language of the original text. */
    originalLanguage: vocab(LOCALES, 'a site language'),
    /** Languages this site publishes it in. */
    languages: z.array(vocab(LOCALES, 'a site language')).min(1, { error: 'needs at least one language' }),
    /** Figures the document states about the whole report, with the block stating each. */
    keyFigures: z.array(figure.extend({ /** Block that states it. */ block: blockId })).default([]),
    /** Every block, in document order. */
    blocks: z.array(blockSchema).min(1, { error: 'needs at least one block' }),
  })
  .strict();
export type DocumentFacts = z.infer<typeof documentSchema>;
