import { z } from 'astro/zod';
import { ACTIVITY_KINDS, SECTORS, THEMES } from './vocab.ts';
import { checkDateOrder, country, figure, partialDate, ref, source, vocab } from './fields.ts';

/** Facts of an activity of section 3 (language-neutral). */
export const activitySchema = z
  .object({
    /** Regions it concerns; the first is the office that reports it. */
    regions: z.array(ref('regions')).min(1, { error: 'needs at least one region' }),
    /** Sectors involved. */
    sectors: z.array(vocab(SECTORS, 'a sector')).min(1, { error: 'needs at least one sector' }),
    /** What kind of activity. */
    kind: vocab(ACTIVITY_KINDS, 'an activity kind'),
    /** First day, month or year; absent when the document gives no date. */
    start: partialDate.optional(),
    /** Last day, month or year, when it differs from the start. */
    end: partialDate.optional(),
    /** City where it took place. */
    place: ref('places').optional(),
    /** Country where it took place. */
    country: country.optional(),
    /** Other countries concerned (beneficiaries, partners, participants named). */
    countries: z.array(country).default([]),
    /** Partner organizations. */
    organizations: z.array(ref('organizations')).default([]),
    /** Themes from the closed vocabulary. */
    themes: z.array(vocab(THEMES, 'a theme')).default([]),
    /** Resolutions it follows up. */
    resolutions: z.array(ref('resolutions')).default([]),
    /** Other documents it cites. */
    references: z.array(ref('references')).default([]),
    /** The forum it is linked to. */
    forum: ref('forums').optional(),
    /** Every figure its text gives, as stated. */
    figures: z.array(figure).default([]),
    /** The bullet(s) it comes from. */
    source,
  })
  .strict()
  .superRefine(checkDateOrder);
export type ActivityFacts = z.infer<typeof activitySchema>;
