import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes the guide pages (their data-pagefind-body) as the last step of `astro build`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only guide pages carry data-pagefind-body; not parsing the rest (upgrade plans, lists) saves build time.
        const added = await index.addDirectory({ path: root, glob: 'guides/**/*.html' });
        const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
        await pagefind.close();
        const problems = [...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
