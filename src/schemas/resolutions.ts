import { z } from 'astro/zod';
import { RESOLUTION_BODIES } from './vocab.ts';
import { ref, source, vocab } from './fields.ts';

/** One revision of a resolution by a conference. */
export const revisionSchema = z
  .object({
    /** The conference or session, e.g. "PP-22". */
    conference: z.string().min(2),
    /** Where it met. */
    place: ref('places'),
    /** The year. */
    year: z.number().int().min(1865).max(2100),
  })
  .strict();

/** Facts of a resolution the document cites (language-neutral). */
export const resolutionSchema = z
  .object({
    /** The body that adopted it. */
    body: vocab(RESOLUTION_BODIES, 'a resolution body'),
    /** Its number. */
    number: z.number().int().positive(),
    /** Revisions the document cites, oldest first. */
    revisions: z.array(revisionSchema).default([]),
    /** Where the document cites it. */
    source,
  })
  .strict();
export type ResolutionFacts = z.infer<typeof resolutionSchema>;
