import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';

/** The built site at the root, and the same site built for a sub-path (see npm test). */
export const ROOT_URL = 'http://127.0.0.1:4400/';
export const SUBPATH_URL = 'http://127.0.0.1:4401/docs/migrations/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: ROOT_URL,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: [
    { command: 'node tests/support/static-server.ts dist 4400 /', url: ROOT_URL, reuseExistingServer: false },
    { command: 'node tests/support/static-server.ts dist-subpath 4401 /docs/migrations/', url: SUBPATH_URL, reuseExistingServer: false },
  ],
});
