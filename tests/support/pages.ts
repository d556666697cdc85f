import { expect, type Page } from './site-fixture.ts';

/**
 * One page of every template. Checks of the page's markup and behaviour (axe, the Content-Security-Policy, names
 * read by a screen reader, the layout on a phone) run on these, so browser time does not grow with the content;
 * checks of facts every page must have (its title, its links) read all of `dist/` without a browser.
 */
export const TEMPLATES = [
  './',
  './guides/v0.2.0-to-v0.3.0/',
  './upgrade/v0.1.0-to-v0.3.0/',
  './issues/',
  './issues/executor-oomkilled-exit-137/',
  './report/',
  './search/?q=memory',
  './404.html',
];

/** The templates, and the other guide: its content (a wide table of environment variables) is not the first's. */
export const SAMPLE = [...TEMPLATES, './guides/v0.1.0-to-v0.2.0/'];

/** Opens a page, and for the search page waits until its results show, so checks see the page a reader sees. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (path.startsWith('./search'))
    await expect(page.locator('.search-results .hit').first()).toBeVisible({ timeout: 15_000 });
}
