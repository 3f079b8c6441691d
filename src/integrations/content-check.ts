/**
 * Fails `astro build` when `npm run check` would find a content problem, with
 * every problem listed, before Astro loads any content. Without it, stray
 * files (foo.yml, Foo.yaml) would be skipped and an MDX error would surface
 * as a stack trace: the site would be built silently incomplete. It runs
 * for `astro build` and for `astro sync`/`astro check` (so they list every
 * problem, not Astro's first one); in `astro dev` the problems are printed
 * and the server keeps running.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../editor/check.ts';
import { contentRoot } from '../loading/content-root.ts';
import { ContentError, formatProblem } from '../loading/problems.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const { problems } = await checkContent({ root: contentRoot(), cwd: root, projectRoot: root });
        if (problems.length === 0) {
          logger.info('content: no problems');
          return;
        }
        if (command === 'dev') {
          for (const p of problems) logger.warn(formatProblem(p));
          return;
        }
        const error = new ContentError(problems);
        // The problems say where to look; a stack trace into this file would only distract.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
    },
  };
}
