import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';

const browser = chromiumLaunchOptions();

/**
 * The specs drive the built site (`npm run build`) and its sub-path build (`npm run build:subpath`); each worker
 * serves them on free ports (tests/support/site-fixture.ts), so no port is fixed.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    // A test page lives a second or two: V8's top-tier compiler spends more CPU on it than it saves, while its
    // quick one (Maglev) pays for itself in axe and the search. See docs/decisions.md (Tests); the benchmark keeps
    // both on.
    launchOptions: { ...browser, args: [...browser.args, '--js-flags=--no-turbofan'] },
  },
});
