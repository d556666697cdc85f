import type { Loader } from 'astro/loaders';
import { failOn } from './guide-rules.ts';

/**
 * Astro's glob loader logs a file it cannot read or render and keeps the entry without its text: a mistake in a
 * common issue's Markdown (a link to a guide that does not exist) shipped the issue without its fix, and the build
 * passed. Wrapped, the errors a loader logs while it loads stop the build, each in the loader's own words (the
 * file, the line and what was expected). Errors after that, when `astro dev` reloads an edited file, are logged as
 * before.
 */
export function failOnLoaderErrors(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const errors: string[] = [];
      let loading = true;
      const logger: typeof context.logger = Object.create(context.logger);
      logger.error = (message) => {
        if (loading) errors.push(message);
        else context.logger.error(message);
      };
      try {
        await loader.load({ ...context, logger });
      } finally {
        loading = false;
      }
      failOn(errors);
    },
  };
}
