import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '../support/site-fixture.ts';
import { listBuiltFiles, readBuiltPages, readRegistry } from '../../src/integrations/site-checks.ts';
import { withNewPermalinks } from '../../src/lib/dist-pages.ts';
import { SAMPLE, openPage } from '../support/pages.ts';

/** Records Content-Security-Policy violations in the page, to read back after browsing. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

/**
 * One walk through a page of every template, as a reader clicking around would make it, checked two ways at once
 * (each page load costs more than the checks): no Content-Security-Policy violation, no request to another
 * origin, and hashed files served to be kept. Search runs too, since it loads Pagefind's code and WebAssembly.
 */
test('every template works under the Content-Security-Policy, asks nothing of another origin, and is cached', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
  await watchCsp(page);
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  // Files named by their content's hash are kept by the browser (public/_headers), so the next page loads none again.
  const hashed: string[] = [];
  const uncached: string[] = [];
  page.on('response', (response) => {
    if (!/\/_astro\/|\/pagefind\/(index|filter|fragment)\//.test(response.url())) return;
    hashed.push(response.url());
    if (!response.headers()['cache-control']?.includes('immutable')) uncached.push(response.url());
  });
  for (const path of SAMPLE) {
    await openPage(page, path);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
  }
  await page.locator('#site-search').fill('relation already exists');
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
  expect(elsewhere).toEqual([]);
  expect(hashed.length).toBeGreaterThan(0);
  expect(uncached).toEqual([]);
});

test('every page has a title and a description of its own', async () => {
  const files = (await listBuiltFiles('dist')).filter((file) => file.endsWith('.html'));
  expect(files.length).toBeGreaterThan(5);
  const titles = new Map<string, string>();
  for (const file of files) {
    const html = readFileSync(`dist/${file}`, 'utf8');
    // Astro's redirects (the /upgrade/ URL of a single guide) are passed through, not read: they have no description.
    if (/<meta http-equiv="refresh"/.test(html)) continue;
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    expect(title, file).toBeTruthy();
    expect(titles.get(title!), `${file}: "${title}" is also the title of`).toBeUndefined();
    titles.set(title!, file);
    expect(/<meta name="description" content="([^"]{21,})"/.exec(html), `${file}: a description`).not.toBeNull();
  }
});

test('no page has inline scripts, inline event handlers or inline styles', async () => {
  const files = (await listBuiltFiles('dist')).filter((file) => file.endsWith('.html'));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const html = readFileSync(`dist/${file}`, 'utf8');
    expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html, file).not.toMatch(/\son[a-z]+="/);
    expect(html, file).not.toMatch(/\sstyle="|<style[\s>]/);
  }
});

test('content/permalinks.json records every published item link (else run npm run permalinks and commit it)', async () => {
  const registry = await readRegistry('content');
  const pages = readBuiltPages('dist', await listBuiltFiles('dist'));
  expect(registry).toEqual(withNewPermalinks(registry, pages));
});

// axe runs once per template, at both widths, colour contrast in both colour schemes: tests/e2e/a11y.spec.ts.

test('keyboard only: index → guide → step link → search', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  // From the skip link's target, tab to the first guide link in the table.
  for (
    let i = 0;
    i < 40 &&
    !(await page
      .locator('.guide-table a')
      .first()
      .evaluate((link) => link === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('v0.2.0 → v0.3.0');
  // The contents' step list starts folded: open it from the keyboard, then tab to its first step.
  const contents = page.getByRole('navigation', { name: 'On this page' });
  for (const target of [contents.locator('summary').first(), contents.locator('ol ol a').first()]) {
    for (let i = 0; i < 40 && !(await target.evaluate((element) => element === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator(':target')).toBeInViewport();
  await page.keyboard.press('/');
  await page.keyboard.type('Cannot up cast');
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // The first result is the fix: the common issue's own page.
  await expect(page).toHaveURL(/\/issues\/view-cannot-up-cast-decimal\//);
  await expect(page.locator('main')).toContainText('Cannot up cast');
});

test('with JavaScript off: index → guide → step, all readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await page.getByRole('link', { name: /Migration Guide v0\.2\.0 → v0\.3\.0/ }).click();
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: /Back up the catalog/ })
    .click();
  await expect(page.locator(':target')).toBeInViewport();
  await expect(page.locator('.item:has(:target) pre').first()).toBeVisible();
  await expect(page.locator('.copy-button')).toHaveCount(0);
  await context.close();
});
