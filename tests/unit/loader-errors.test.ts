import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Loader, LoaderContext } from 'astro/loaders';
import { failOnLoaderErrors } from '../../src/lib/loader-errors.ts';

/** A loader that logs through its context as Astro's glob loader does; `later` runs once loading has ended. */
function loggingLoader(during: string[], later: { log?: () => void } = {}): Loader {
  return {
    name: 'fake',
    async load({ logger }) {
      logger.info('loaded');
      for (const message of during) logger.error(message);
      later.log = () => logger.error('Failed to reload issues/driver-oom.md: bad link');
    },
  };
}

function context() {
  const logged: string[] = [];
  const logger = {
    info: (message: string) => logged.push(`info ${message}`),
    error: (message: string) => logged.push(`error ${message}`),
  };
  return { logged, context: { logger } as unknown as LoaderContext };
}

test("errors logged while loading fail the load, each in the loader's words", async () => {
  const { logged, context: ctx } = context();
  const loader = failOnLoaderErrors(
    loggingLoader(['Error rendering a.md: a.md:3:5: Link "./x.md": no guide x', 'Error reading b.md: EACCES']),
  );
  await assert.rejects(loader.load(ctx), {
    message:
      'Content is invalid:\n- Error rendering a.md: a.md:3:5: Link "./x.md": no guide x\n- Error reading b.md: EACCES',
  });
  assert.deepEqual(logged, ['info loaded'], 'the errors are reported once, by the failure');
});

test('a clean load passes, and errors after it (astro dev reloading a file) are logged as before', async () => {
  const { logged, context: ctx } = context();
  const later: { log?: () => void } = {};
  await failOnLoaderErrors(loggingLoader([], later)).load(ctx);
  later.log!();
  assert.deepEqual(logged, ['info loaded', 'error Failed to reload issues/driver-oom.md: bad link']);
});
