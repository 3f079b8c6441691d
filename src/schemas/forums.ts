import { z } from 'astro/zod';
import { checkDateOrder, country, figure, partialDate, ref, source } from './fields.ts';

/** Facts of a regional development forum (language-neutral). */
export const forumSchema = z
  .object({
    /** The region it served. */
    region: ref('regions'),
    /** First day, or the month when only that is given. */
    start: partialDate,
    /** Last day, when it differs from the start. */
    end: partialDate.optional(),
    /** City where it met, when the document names it. */
    place: ref('places').optional(),
    /** Country where it met, when the document names it. */
    country: country.optional(),
    /** Host country, when the document names one. */
    host: country.optional(),
    /** Events held with it (activities). */
    colocated: z.array(ref('activities')).default([]),
    /** Organizations named in the paragraph. */
    organizations: z.array(ref('organizations')).default([]),
    /** Other countries named in the paragraph (not the venue). */
    countries: z.array(country).default([]),
    /** Resolutions and documents it follows up. */
    resolutions: z.array(ref('resolutions')).default([]),
    /** Every figure the paragraph gives, as stated. */
    figures: z.array(figure).default([]),
    /** The paragraph(s) it comes from. */
    source,
  })
  .strict()
  .superRefine(checkDateOrder);
export type ForumFacts = z.infer<typeof forumSchema>;
