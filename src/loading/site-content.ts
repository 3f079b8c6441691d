/**
 * The only module that reads Astro's content store. The content loader
 * (src/loading/content-loader.ts) stored it validated and integrity-checked,
 * once per build; this builds the site model from it, typed per collection,
 * and gives pages the rendered bodies of texts.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { isFactCollection } from '../schemas/index.ts';
import { isLocale, type Locale } from '../schemas/vocab.ts';
import type { ContentSet, TextEntry } from './content-set.ts';
import { buildModel, type Model } from '../model/model.ts';
import { contentRoot } from './content-root.ts';
import { textId } from './content-loader.ts';

let model: Promise<Model> | undefined;

/** A stored facts entry as the model reads it. */
const fact = <D>(e: { id: string; filePath?: string; collection: string; data: D }) => ({
  id: e.id,
  file: e.filePath ?? `${contentRoot().replace(/^\.\//, '')}/${e.collection}/${e.id}.yaml`,
  data: e.data,
});

async function load(): Promise<Model> {
  const set: ContentSet = {
    facts: {
      documents: (await getCollection('documents')).map(fact),
      regions: (await getCollection('regions')).map(fact),
      places: (await getCollection('places')).map(fact),
      organizations: (await getCollection('organizations')).map(fact),
      resolutions: (await getCollection('resolutions')).map(fact),
      references: (await getCollection('references')).map(fact),
      forums: (await getCollection('forums')).map(fact),
      activities: (await getCollection('activities')).map(fact),
    },
    texts: (await getCollection('texts')).flatMap((e): TextEntry[] => {
      const [locale, collection, ...rest] = e.id.split('/');
      if (!isLocale(locale) || !isFactCollection(collection)) throw new Error(`texts: unexpected id "${e.id}"`);
      return [{ locale, collection, id: rest.join('/'), file: e.filePath ?? `${contentRoot()}/text/${e.id}.mdx`, data: e.data }];
    }),
  };
  return buildModel(set);
}

/** The site model, built once per build. */
export function getModel(): Promise<Model> {
  return (model ??= load());
}

/** The rendered body of an entry's text in one language, if it has one: a component for the page to place. */
export async function textBody(locale: Locale, collection: string, id: string) {
  const entry = await getEntry('texts', textId(locale, collection, id));
  return entry?.body?.trim() ? (await render(entry)).Content : undefined;
}
