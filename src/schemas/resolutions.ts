import { z } from 'astro/zod';
import { RESOLUTION_BODIES } from './vocab.ts';
import { ref, required, show, source, vocab, wholeNumber, year } from './fields.ts';

/** One revision of a resolution by a conference. */
export const revisionSchema = z
  .object({
    /** The conference or session, e.g. "PP-22". */
    conference: z
      .string({ error: (iss) => (iss.input === undefined ? required('a conference, like "PP-22"') : `${show(iss.input)} is not a conference (expected its short name, like "PP-22")`) })
      .min(2, { error: (iss) => `${show(iss.input)} is not a conference (expected its short name, like "PP-22")` }),
    /** Where it met. */
    place: ref('places'),
    /** The year. */
    year,
  })
  .strict();

/** Facts of a resolution the document cites (language-neutral). */
export const resolutionSchema = z
  .object({
    /** The body that adopted it. */
    body: vocab(RESOLUTION_BODIES, 'a resolution body'),
    /** Its number. */
    number: wholeNumber('a resolution number', 1),
    /** Revisions the document cites, oldest first. */
    revisions: z.array(revisionSchema).default([]),
    /** Where the document cites it. */
    source,
  })
  .strict();
export type ResolutionFacts = z.infer<typeof resolutionSchema>;
