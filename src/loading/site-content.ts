/**
 * The only module that calls getCollection. It validates the whole content
 * set (references, sources, translations) and fails the build with every
 * problem listed, then returns the ready-made model.
 */
import { getCollection, getEntry } from 'astro:content';
import { FACT_COLLECTIONS, type FactCollection } from '../schemas/index.ts';
import { checkIntegrity, type ContentSet, type FactEntry } from './integrity.ts';
import { buildModel, type Model } from '../model/model.ts';
import { ContentError } from './problems.ts';
import { contentRoot } from './content-root.ts';

let model: Promise<Model> | undefined;

async function load(): Promise<Model> {
  const root = contentRoot().replace(/^\.\//, '');
  const facts = {} as Record<FactCollection, FactEntry[]>;
  for (const c of FACT_COLLECTIONS) {
    const entries = await getCollection(c);
    facts[c] = entries.map((e) => ({ id: e.id, file: e.filePath ?? `${root}/${c}/${e.id}.yaml`, data: e.data as Record<string, unknown> }));
  }
  const texts = (await getCollection('texts')).map((e) => {
    const [locale, collection, ...rest] = e.id.split('/');
    return {
      locale,
      collection,
      id: rest.join('/'),
      file: e.filePath ?? `${root}/text/${e.id}.mdx`,
      data: e.data as Record<string, unknown>,
    };
  });
  const set: ContentSet = { facts, texts };
  const problems = checkIntegrity(set);
  if (problems.length) throw new ContentError(problems);
  return buildModel(set);
}

/** The site model, built once per build. */
export function getModel(): Promise<Model> {
  return (model ??= load());
}

/** The rendered MDX body of an entry's text in one language, if it has one. */
export async function getTextEntry(locale: string, collection: string, id: string) {
  return getEntry('texts', `${locale}/${collection}/${id}`);
}
