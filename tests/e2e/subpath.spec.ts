import { expect, test } from '../support/site-fixture.ts';

/** The same site built with SITE_BASE=/docs/migrations/ (npm run build:subpath) and served only under it. */
test.use({ site: 'subpath' });

test('pages, styles and links work under the sub-path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto('./');
  await expect(page.locator('.site-header')).toHaveCSS('position', 'sticky');
  await page.locator('.guide-table tbody tr a').first().click();
  await expect(page).toHaveURL(/\/docs\/migrations\/guides\/v0\.2\.0-to-v0\.3\.0\/$/);
  await page.getByRole('link', { name: 'Common issues' }).first().click();
  await expect(page).toHaveURL(/\/docs\/migrations\/issues\/$/);
  expect(failed).toEqual([]);
});

test('a deep link to a step lands on it under the sub-path', async ({ page }) => {
  await page.goto('./guides/v0.2.0-to-v0.3.0/#step-migrate-catalog');
  await expect(page.locator('#step-migrate-catalog')).toBeInViewport();
  await expect(page.locator('.item:has(:target)')).toHaveCSS('outline-style', 'solid');
  const seedLink = page.locator('.prose a[href*="v0.1.0-to-v0.2.0"]').first();
  await expect(seedLink).toHaveAttribute('href', /^\/docs\/migrations\/guides\/v0\.1\.0-to-v0\.2\.0\//);
});

test('copy link gives the sub-path URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./guides/v0.1.0-to-v0.2.0/');
  const step = page.locator('.item--step').first();
  await step.locator('.item__title').hover();
  await step.getByRole('button', { name: /^Actions for / }).click();
  await step.getByRole('button', { name: /^Copy link to / }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/docs\/migrations\/guides\/v0\.1\.0-to-v0\.2\.0\/#step-/,
  );
});

test('search finds and links within the sub-path', async ({ page }) => {
  await page.goto('./');
  await page.locator('#site-search').fill('OutOfMemoryError');
  // Issue results open the issue's own page, under the sub-path.
  const first = page.locator('#search-results a[role="option"]').first();
  await expect(first).toHaveAttribute('href', /^\/docs\/migrations\/issues\/driver-heap-after-env-rename\/$/);
  await first.click();
  await expect(page.locator('h1')).toContainText('Driver runs out of heap');
});

test("guides.json, the index's picker and upgrade plans carry the sub-path", async ({ page, request }) => {
  const json = await (await request.get('./guides.json')).json();
  expect(json.guides.length).toBeGreaterThan(0);
  for (const guide of json.guides) expect(guide.url).toContain('/docs/migrations/guides/');
  await page.goto('./');
  await page.getByLabel('I am on').selectOption('v0.1.0');
  await page.getByLabel('and need').selectOption('v0.3.0');
  await page.getByRole('button', { name: 'Show upgrade plan' }).click();
  await expect(page).toHaveURL(/\/docs\/migrations\/upgrade\/v0\.1\.0-to-v0\.3\.0\/$/);
  await expect(page.locator('.plan-hop').first()).toHaveAttribute(
    'data-guide-url',
    '/docs/migrations/guides/v0.1.0-to-v0.2.0/',
  );
  await expect(page.locator('.plan-item > a').first()).toHaveAttribute(
    'href',
    /^\/docs\/migrations\/guides\/v0\.1\.0-to-v0\.2\.0\/#check-/,
  );
});
