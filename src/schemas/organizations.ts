import { z } from 'astro/zod';
import { ORGANIZATION_KINDS } from './vocab.ts';
import { country, text, vocab } from './fields.ts';

/** Facts of a partner organization (language-neutral). */
export const organizationSchema = z
  .object({
    /** Acronym as written in both languages, e.g. "CITEL". */
    acronym: text(20, 'an acronym').optional(),
    /** What kind of body it is. */
    kind: vocab(ORGANIZATION_KINDS, 'an organization kind'),
    /** Home country, for national bodies. */
    country: country.optional(),
  })
  .strict();
export type OrganizationFacts = z.infer<typeof organizationSchema>;
