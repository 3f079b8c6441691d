import { z } from 'astro/zod';
import { country, ref, source } from './fields.ts';

/** Facts of an ITU region (language-neutral). */
export const regionSchema = z
  .object({
    /** The code ITU uses: AFR, AMS, ARB, ASP, CIS or EUR. */
    code: z.enum(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'], {
      error: (iss) => `"${String(iss.input)}" is not a region code (known: AFR, AMS, ARB, ASP, CIS, EUR)`,
    }),
    /** The regional office. */
    office: ref('places'),
    /** Area offices under the regional office. */
    areaOffices: z.array(ref('places')).default([]),
    /** Member countries, as ISO codes (ITU-D regional grouping; not stated in the document). */
    members: z.array(country).min(1, { error: 'needs at least one member country' }),
    /** The paragraph of section 3 about this region's office. */
    source,
  })
  .strict();
export type RegionFacts = z.infer<typeof regionSchema>;
