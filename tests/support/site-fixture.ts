/**
 * The built sites the browser tests drive, each served on a free port: `npm run build` at the root and
 * `npm run build:subpath` under /docs/migrations/. Every Playwright worker starts its own servers, so two test
 * runs (two checkouts, or a test run beside `npm start`) never share or fight over a port.
 * Specs import `test` and `expect` from here; `test.use({ site: 'subpath' })` points `baseURL` at the sub-path build.
 */
import { test as base } from '@playwright/test';
import { serveStatic, type StaticSite } from './static-server.ts';

export const SITES = {
  root: { dir: 'dist', base: '/' },
  subpath: { dir: 'dist-subpath', base: '/docs/migrations/' },
} as const;
export type SiteName = keyof typeof SITES;

export const test = base.extend<{ site: SiteName }, { servers: Record<SiteName, StaticSite> }>({
  site: ['root', { option: true }],
  servers: [
    // Playwright reads a fixture's dependencies from its first parameter, so it must be a (here empty) pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const [root, subpath] = await Promise.all(
        [SITES.root, SITES.subpath].map((site) => serveStatic(site.dir, site.base)),
      );
      await use({ root: root!, subpath: subpath! });
      await Promise.all([root!.close(), subpath!.close()]);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ site, servers }, use) => use(servers[site].url),
});

export { expect, type Locator, type Page } from '@playwright/test';
