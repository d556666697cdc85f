import { expect, test, type Page } from '../support/site-fixture.ts';
import { readIssues } from '../support/content.ts';

/** Results on /search/?q=…, as (href, page label) pairs, once they have rendered. */
async function searchPage(page: Page, query: string, params = '') {
  await page.goto(`./search/?q=${encodeURIComponent(query)}${params}`);
  await expect(page.locator('[data-search-status]')).toContainText('results for');
  return page.locator('.search-results .hit');
}

/** Follows a result and checks the page opens scrolled to the element the result promised. */
async function expectLandsOn(page: Page, result: ReturnType<Page['locator']>, text: RegExp) {
  await result.click();
  const target = page.locator(':target');
  await expect(target).toBeInViewport();
  await expect(page.locator('.item:has(:target)')).toContainText(text);
}

const SEED_ISSUES = [
  { query: 'type casting errors', category: 'type-casting' },
  { query: 'memory issues', category: 'memory' },
  { query: 'schema conflicts', category: 'schema-conflicts' },
  { query: 'performance degradation spark configuration', category: 'performance' },
  { query: 'data quality issues', category: 'data-quality' },
];

for (const { query, category } of SEED_ISSUES) {
  test(`"${query}" lands on a ${category} issue first`, async ({ page }) => {
    const first = (await searchPage(page, query)).first();
    await expect(first).toHaveAttribute('href', /#issue-/);
    await first.click();
    await expect(page.locator(':target')).toBeInViewport();
    await expect(page.locator('.item:has(:target)')).toHaveAttribute('data-issue-category', category);
  });
}

for (const issue of readIssues()) {
  test(`pasting the error of ${issue.id} finds it first`, async ({ page }) => {
    const first = (await searchPage(page, issue.error)).first();
    await expect(first).toHaveAttribute('href', new RegExp(`#issue-${issue.id}$`));
    await expectLandsOn(page, first, new RegExp(issue.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
}

test('a guide filter narrows results to that guide, and the address keeps it', async ({ page }) => {
  const all = await searchPage(page, 'memory');
  await expect(all.locator('.hit__page')).toContainText(['v0.1.0 → v0.2.0']);
  await page.getByLabel('Guide', { exact: true }).selectOption('v0.2.0 → v0.3.0');
  await expect(page).toHaveURL(/guide=v0\.2\.0/);
  await expect(page.locator('.search-results .hit__page').first()).toHaveText('v0.2.0 → v0.3.0');
  for (const label of await page.locator('.search-results .hit__page').allInnerTexts()) expect(label).toBe('v0.2.0 → v0.3.0');
});

test('/search/?q=memory shows results without typing', async ({ page }) => {
  const results = await searchPage(page, 'memory');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#search-query')).toHaveValue('memory');
});

test('keyboard only: / opens search, type, arrow down, Enter lands on the step', async ({ page }) => {
  await page.goto('./guides/v0.1.0-to-v0.2.0/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('checkpoint permissions');
  const options = page.locator('#search-results [role="option"]');
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const href = await options.first().locator('a').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.split('#')[1]}$`));
  await expect(page.locator(':target')).toBeInViewport();
});

test('Ctrl+K focuses search; Escape closes the results', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('OOMKilled');
  await expect(page.locator('[data-search-results]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-results]')).toBeHidden();
});

test('a guide page loads no search code until search is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('./guides/v0.2.0-to-v0.3.0/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /pagefind|search-ui/.test(url))).toEqual([]);
  await page.locator('#site-search').fill('ANSI');
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
  expect(requested.some((url) => url.includes('/pagefind/'))).toBe(true);
});
