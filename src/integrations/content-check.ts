/**
 * Validates the whole content tree before Astro syncs it, with the same
 * loader, schemas and integrity checks as `npm run validate` and the tests.
 * Astro alone stops at the first bad entry and cannot say on which line it
 * is; this lists every problem as `file:line field: message` and fails the
 * build (and `astro sync`/`astro check`). In `astro dev` it only logs, so the
 * server stays up while the editor fixes the file.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../lib/load.ts';
import { contentRoot } from '../lib/paths.ts';
import { ContentError, formatProblem } from '../lib/problems.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        const { problems } = loadContent(contentRoot(), fileURLToPath(config.root));
        if (problems.length === 0) return;
        if (command === 'dev') {
          for (const p of problems) logger.error(formatProblem(p));
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
