/** Every collection's facts schema, by collection name. */
import type { z } from 'astro/zod';
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
export const isFactCollection = (s: string): s is FactCollection => Object.hasOwn(FACT_SCHEMAS, s);

/** The validated facts of one collection (zod's output type of its schema). */
export type FactsOf<C extends FactCollection> = z.output<(typeof FACT_SCHEMAS)[C]>;
/** Each schema, typed by its own output: indexing it with a generic collection keeps the type. */
const TYPED_SCHEMAS: { [C in FactCollection]: z.ZodType<FactsOf<C>> } = FACT_SCHEMAS;
export const factSchema = <C extends FactCollection>(collection: C): z.ZodType<FactsOf<C>> => TYPED_SCHEMAS[collection];
export { textSchema } from './texts.ts';
