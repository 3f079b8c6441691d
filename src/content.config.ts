import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { FACT_SCHEMAS, type FactCollection, textSchema } from './schemas/index.ts';
import { contentRoot } from './loading/content-root.ts';

const root = contentRoot();

/** Facts: one language-neutral YAML file per entry. */
const facts = <C extends FactCollection>(name: C) =>
  defineCollection({
    loader: glob({ base: `${root}/${name}`, pattern: '*.yaml' }),
    schema: FACT_SCHEMAS[name],
  });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  documents: facts('documents'),
  regions: facts('regions'),
  places: facts('places'),
  organizations: facts('organizations'),
  resolutions: facts('resolutions'),
  references: facts('references'),
  forums: facts('forums'),
  activities: facts('activities'),
  /** Words: one MDX file per entry and language, content/text/<locale>/<collection>/<id>.mdx. */
  texts: defineCollection({
    loader: glob({ base: `${root}/text`, pattern: '**/*.mdx' }),
    schema: textSchema,
  }),
};
