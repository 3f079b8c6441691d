import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { LANGUAGES } from './i18n/registry.ts';
import { FACT_SCHEMAS, textSchema } from './schemas/index.ts';
import { contentRoot } from './loading/content-root.ts';
import { contentLoader } from './loading/content-loader.ts';

const root = contentRoot();

/*
 * Facts: one language-neutral YAML file per entry. Every collection is filled
 * by the same loader from the same run of `loadContent()` (src/loading/content-loader.ts);
 * the schemas give the entries their types (the loader stores data they validated already).
 */
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  /** Starlight's interface strings, corrected where a language entry says so (src/i18n/language.ts `starlight`). */
  i18n: defineCollection({
    loader: {
      name: 'language-registry',
      load: async (context) => {
        context.store.clear();
        for (const l of LANGUAGES) context.store.set({ id: l.tag, data: await context.parseData({ id: l.tag, data: { ...l.starlight } }) });
      },
    },
    schema: i18nSchema(),
  }),
  documents: defineCollection({ loader: contentLoader('documents', { root }), schema: FACT_SCHEMAS.documents }),
  regions: defineCollection({ loader: contentLoader('regions', { root }), schema: FACT_SCHEMAS.regions }),
  places: defineCollection({ loader: contentLoader('places', { root }), schema: FACT_SCHEMAS.places }),
  organizations: defineCollection({ loader: contentLoader('organizations', { root }), schema: FACT_SCHEMAS.organizations }),
  resolutions: defineCollection({ loader: contentLoader('resolutions', { root }), schema: FACT_SCHEMAS.resolutions }),
  references: defineCollection({ loader: contentLoader('references', { root }), schema: FACT_SCHEMAS.references }),
  forums: defineCollection({ loader: contentLoader('forums', { root }), schema: FACT_SCHEMAS.forums }),
  activities: defineCollection({ loader: contentLoader('activities', { root }), schema: FACT_SCHEMAS.activities }),
  /** Words: one MDX file per entry and language, content/text/<locale>/<collection>/<id>.mdx, stored as `<locale>/<collection>/<id>`. */
  texts: defineCollection({ loader: contentLoader('texts', { root }), schema: textSchema }),
};
