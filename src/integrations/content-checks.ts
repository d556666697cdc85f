import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check.ts';
import { contentError } from '../lib/content-error.ts';

/**
 * `astro build` checks all of content/ before anything is compiled: MDX is compiled to code that runs during the
 * build, so a guide with `{process.env.SECRET}` must be refused before that, and checks that span files must not
 * wait for (or be blamed on) the page that renders them.
 */
export function contentChecks({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const problems = await checkContent({
          contentDir,
          publicDir: fileURLToPath(config.publicDir),
          firstBuild: process.env.PERMALINKS_FIRST_BUILD === '1',
        });
        if (problems.length === 0) {
          logger.info(`content/ checks out (${path.relative(process.cwd(), contentDir) || '.'})`);
          return;
        }
        logger.error(`Content is invalid (${problems.length}):\n- ${problems.join('\n- ')}`);
        // Short on purpose: Astro guesses hints from the error's words ("document", "window") and prints a stack.
        throw contentError(`content is invalid: ${problems.length} problem${problems.length === 1 ? '' : 's'}, listed above`);
      },
    },
  };
}
