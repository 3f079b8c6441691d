import { z } from 'astro/zod';
import { text } from './fields.ts';

/**
 * Text of an entry in one language: content/text/<locale>/<collection>/<id>.mdx.
 * It carries words only. Numbers, dates and references belong to the facts
 * file, so a fact field here is an error.
 */
export const textSchema = z
  .object({
    /** Title or name. */
    title: text(200, 'a title').trim().min(1, { error: 'is empty (expected a title)' }),
    /** Short name used in lists and on maps, e.g. "RDF-AFR". */
    short: text(60, 'a short name').optional(),
    /** One-sentence summary for lists and search results. */
    summary: text(600, 'a summary').optional(),
    /** The stated theme (forums). */
    theme: text(600, 'a theme').optional(),
    /** Headings of the front blocks (documents only), keyed by block id. */
    blockTitles: z.record(z.string(), z.string()).optional(),
    /** Text of every block (documents only), keyed by block id. */
    blocks: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type Text = z.infer<typeof textSchema>;
