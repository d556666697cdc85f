import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';

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
    launchOptions: chromiumLaunchOptions(),
  },
});
