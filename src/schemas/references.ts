import { z } from 'astro/zod';
import { REFERENCE_KINDS } from './vocab.ts';
import { source, vocab, year } from './fields.ts';

/** Facts of another document the report cites (language-neutral). */
export const referenceSchema = z
  .object({
    /** What kind of document. */
    kind: vocab(REFERENCE_KINDS, 'a reference kind'),
    /** Its symbol, e.g. "TDAG31-C002". */
    symbol: z.string().optional(),
    /** Year it was issued or adopted, when the document says. */
    year: year.optional(),
    /** Where the document cites it. */
    source,
  })
  .strict();
export type ReferenceFacts = z.infer<typeof referenceSchema>;
