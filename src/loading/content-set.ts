/**
 * The validated content set, typed per collection from the zod schemas
 * (src/schemas/index.ts): what `loadContent()` returns, what the content
 * loader stores and what `buildModel()` reads, with no cast in between.
 */
import type { FactCollection, FactsOf } from '../schemas/index.ts';
import type { Text } from '../schemas/texts.ts';
import type { Locale } from '../schemas/vocab.ts';

export type { FactsOf };

export interface FactEntry<C extends FactCollection = FactCollection> {
  id: string;
  /** Source file, relative to the current directory (the project root in a build). */
  file: string;
  data: FactsOf<C>;
}

export interface TextEntry {
  locale: Locale;
  collection: FactCollection;
  id: string;
  file: string;
  data: Text;
  /** The MDX body below the frontmatter ('' when there is none). */
  body?: string;
}

/** Every collection's entries, each typed by its own schema. */
export type FactSets = { [C in FactCollection]: FactEntry<C>[] };

export interface ContentSet {
  facts: FactSets;
  texts: TextEntry[];
}

/** An empty set of every collection, to fill. */
export function emptyFactSets(): FactSets {
  return { documents: [], regions: [], places: [], organizations: [], resolutions: [], references: [], forums: [], activities: [] };
}
