/** Every collection's facts schema, by collection name. */
import { activitySchema } from './activities.ts';
import { documentSchema } from './documents.ts';
import { forumSchema } from './forums.ts';
import { organizationSchema } from './organizations.ts';
import { placeSchema } from './places.ts';
import { referenceSchema } from './references.ts';
import { regionSchema } from './regions.ts';
import { resolutionSchema } from './resolutions.ts';

export const FACT_SCHEMAS = {
  documents: documentSchema,
  regions: regionSchema,
  places: placeSchema,
  organizations: organizationSchema,
  resolutions: resolutionSchema,
  references: referenceSchema,
  forums: forumSchema,
  activities: activitySchema,
} as const;

export type FactCollection = keyof typeof FACT_SCHEMAS;
export const FACT_COLLECTIONS = Object.keys(FACT_SCHEMAS) as FactCollection[];
export { textSchema } from './texts.ts';
