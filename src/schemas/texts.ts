import { z } from 'astro/zod';

/**
 * Text of an entry in one language: content/text/<locale>/<collection>/<id>.mdx.
 * It carries words only. Numbers, dates and references belong to the facts
 * file, so a fact field here is an error.
 */
export const textSchema = z
  .object({
    /** Title or name. */
    title: z.string().trim().min(1, { error: 'is empty (expected a title)' }).max(200, { error: (iss) => `is ${String((iss.input as string)?.length)} characters long (expected at most 200)` }),
    /** Short name used in lists and on maps, e.g. "RDF-AFR". */
    short: z.string().max(60).optional(),
    /** One-sentence summary for lists and search results. */
    summary: z.string().max(600).optional(),
    /** The stated theme (forums). */
    theme: z.string().max(600).optional(),
    /** Headings of the front blocks (documents only), keyed by block id. */
    blockTitles: z.record(z.string(), z.string()).optional(),
    /** Text of every block (documents only), keyed by block id. */
    blocks: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type Text = z.infer<typeof textSchema>;
