/**
 * The Astro Content Layer loader of the site's content: one reader for
 * everyone. It stores what `loadContent()` (src/loading/load.ts) read and
 * validated, through the same memoised run as the build's check at config
 * setup (src/integrations/content-check.ts), so a build reads, validates and
 * integrity-checks the content once however many collections use it. Any
 * problem fails the sync with one error that lists every problem, as
 * `file:line field: message`.
 *
 * Text bodies are Markdown (the check forbids imports and components in
 * them): they are rendered here with `renderMarkdown`, so that `render(entry)`
 * works on a text entry.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { FactCollection } from '../schemas/index.ts';
import { checkContentOnce, forgetContentRun, type CheckOptions } from '../editor/check.ts';
import { ContentError, type Problem } from './problems.ts';
import type { Loaded } from './load.ts';

/** What a loader reads: a collection of facts, or every text (ids `<locale>/<collection>/<id>`). */
export type LoaderCollection = FactCollection | 'texts';

export interface ContentLoaderOptions extends CheckOptions {
  /** The run to store; by default the shared, memoised `checkContentOnce(options)`. */
  run?: (options: CheckOptions) => Promise<{ loaded: Loaded; problems: Problem[] }>;
}

/** The id of a text entry in the `texts` collection. */
export const textId = (locale: string, collection: string, id: string) => `${locale}/${collection}/${id}`;

/** The error that fails the build: every problem, and no stack trace into the loader (the problems say where to look). */
export function contentError(problems: Problem[]): ContentError {
  const error = new ContentError(problems);
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

export function contentLoader(collection: LoaderCollection, options: ContentLoaderOptions = {}): Loader {
  const { run = checkContentOnce, ...check } = options;
  const sync = async (context: LoaderContext) => {
    const { loaded, problems } = await run(check);
    if (problems.length) throw contentError(problems);
    await store(context, collection, loaded, check.cwd ?? process.cwd());
  };
  return {
    name: 'itu-content',
    async load(context) {
      await sync(context);
      const watcher = context.watcher;
      if (!watcher) return;
      const root = resolve(check.cwd ?? process.cwd(), check.root ?? './content');
      watcher.add(root);
      const onChange = (path: string) => {
        if (!resolve(path).startsWith(root)) return;
        forgetContentRun(check);
        sync(context).catch((e: unknown) => context.logger.error(e instanceof Error ? e.message : String(e)));
      };
      watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
  };
}

async function store(context: LoaderContext, collection: LoaderCollection, loaded: Loaded, cwd: string): Promise<void> {
  const { store } = context;
  // Astro wants file paths relative to the project root (they name the files to edit, too).
  const projectRoot = fileURLToPath(context.config.root);
  const filePath = (file: string) => relative(projectRoot, resolve(cwd, file)).split(/[\\/]/).join('/');
  store.clear();
  if (collection !== 'texts') {
    for (const e of loaded.set.facts[collection]) {
      store.set({ id: e.id, data: e.data, filePath: filePath(e.file), digest: context.generateDigest(e.data) });
    }
    return;
  }
  for (const t of loaded.set.texts) {
    const body = t.body ?? '';
    const rendered = body.trim() ? await context.renderMarkdown(body, { fileURL: pathToFileURL(resolve(cwd, t.file)) }) : undefined;
    store.set({
      id: textId(t.locale, t.collection, t.id),
      data: t.data,
      body,
      filePath: filePath(t.file),
      rendered,
      digest: context.generateDigest({ data: t.data, body }),
    });
  }
}
