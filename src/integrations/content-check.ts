/**
 * Fails `astro build` when `npm run check` would find a content problem, with
 * every problem listed, before Astro loads any content. Without it, stray
 * files (foo.yml, Foo.yaml) would be skipped and an MDX error would surface
 * as a stack trace: the site would be built silently incomplete. It runs
 * for `astro build` and for `astro sync`/`astro check` (so they list every
 * problem, not Astro's first one); in `astro dev` the problems are printed
 * and the server keeps running.
 *
 * It is the same run as the content loader's (src/loading/content-loader.ts):
 * `checkContentOnce` is memoised per content tree, so the loader stores what
 * this check read, and the content is read and checked once per build. The
 * check stays here, before Astro syncs, because it also covers what the
 * loader does not store (the guides in src/content/docs) and fails in
 * seconds, before Vite starts.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentOnce } from '../editor/check.ts';
import { contentRoot } from '../loading/content-root.ts';
import { formatProblem } from '../loading/problems.ts';
import { contentError } from '../loading/content-loader.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const { problems } = await checkContentOnce({ root: contentRoot(), cwd: root, projectRoot: root });
        if (problems.length === 0) {
          logger.info('content: no problems');
          return;
        }
        if (command === 'dev') {
          for (const p of problems) logger.warn(formatProblem(p));
          return;
        }
        throw contentError(problems);
      },
    },
  };
}
