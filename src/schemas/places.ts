import { z } from 'astro/zod';
import { coordinates, country } from './fields.ts';

/** Facts of a city or site (language-neutral); names live in the texts. */
export const placeSchema = z
  .object({
    /** Country the place is in. */
    country,
    /** [longitude, latitude]. */
    coordinates,
  })
  .strict();
export type PlaceFacts = z.infer<typeof placeSchema>;
