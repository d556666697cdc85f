import { expect, test, type Page } from '../support/site-fixture.ts';

/** Results on /search/?q=…, as (href, page label) pairs, once they have rendered. */
async function searchPage(page: Page, query: string, params = '') {
  await page.goto(`./search/?q=${encodeURIComponent(query)}${params}`);
  await expect(page.locator('[data-search-status]')).toContainText(/results? for/);
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

test("the seed README's example searches each land on an issue of their category first", async ({ page }) => {
  for (const { query, category } of SEED_ISSUES) {
    const first = (await searchPage(page, query)).first();
    await expect(first, query).toHaveAttribute('href', /\/issues\/[a-z0-9-]+\/$/);
    await first.click();
    await expect(page.locator('.item--issue'), query).toHaveAttribute('data-issue-category', category);
  }
});

// Each issue's own error text, and pasted variants of it, are ranked by the relevance suite (tests/relevance/);
// the browser proves the pages and the box show that ranking and land where it points.
test('a guide filter narrows results to that guide, and the address keeps it', async ({ page }) => {
  await searchPage(page, 'memory');
  await expect(page.locator('.search-results h2')).toContainText(['v0.1.0 → v0.2.0']);
  await page.getByLabel('Guide', { exact: true }).selectOption('v0.2.0 → v0.3.0');
  await expect(page).toHaveURL(/guide=v0\.2\.0/);
  await expect(page.locator('.search-results h2')).not.toContainText(['v0.1.0 → v0.2.0']);
  for (const href of await page
    .locator('.search-results .hit')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    expect(href).toMatch(/\/guides\/v0\.2\.0-to-v0\.3\.0\/|\/issues\//);
  }
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
  const href = await options.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.split('#')[1]}$`));
  await expect(page.locator(':target')).toBeInViewport();
});

test('an arrow key pressed while a search runs keeps its choice when the results come, and Enter opens it', async ({
  page,
}) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('Cannot up');
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
  // The last keystroke and the arrow key in one task: the arrow always comes before that keystroke's results.
  const href = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
    input.value = 'Cannot up cast';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    return document.querySelector('#search-results [aria-selected="true"]')?.getAttribute('href');
  });
  expect(href).toMatch(/\/issues\/view-cannot-up-cast-decimal\/$/);
  await expect(page.locator('.search-box__note')).toContainText('cast');
  await expect(page.locator('#search-results [aria-selected="true"]')).toHaveAttribute('href', href!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === href);
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

/** Issue 13's examples, pasted as a reader would: each opens its fix as the first result. */
const EXAMPLES = [
  {
    query: 'java.util.concurrent.TimeoutException: Futures timed out after [300 seconds]',
    href: /\/issues\/broadcast-timeout-without-partition-pruning\/$/,
    lands: /broadcast timeout/,
  },
  {
    query:
      "[LOCATION_ALREADY_EXISTS] Cannot name the managed table as `spark_catalog`.`analytics`.`orders__v3`, as its associated location 's3a://platform-warehouse/analytics/orders__v3' already exists. Please pick a different table name, or remove the existing location first.",
    href: /\/issues\/rewrite-table-already-exists\/$/,
    lands: /v3 copy already exists/,
  },
  {
    query: 'ingest_date is not a valid partition column',
    href: /\/guides\/v0\.2\.0-to-v0\.3\.0\/#change-fact-table-layout$/,
    lands: /ingest_date is not a valid partition column/,
  },
  {
    query: 'unknown field "pipeline"',
    href: /\/guides\/v0\.1\.0-to-v0\.2\.0\/#change-job-submission-payload$/,
    lands: /unknown field/,
  },
  {
    query: 'FATAL catalog schema version 7 is older than required (9)',
    href: /\/guides\/v0\.2\.0-to-v0\.3\.0\/#change-catalog-pipeline-runs$/,
    lands: /older than required/,
  },
  {
    query: 'point of no return',
    href: /\/guides\/v0\.2\.0-to-v0\.3\.0\/#step-finalize-migration$/,
    lands: /point of no return/,
  },
];

test("/search/?q= opens the fix first and lands on it, for each of issue 13's examples", async ({ page }) => {
  for (const { query, href, lands } of EXAMPLES) {
    const first = (await searchPage(page, query)).first();
    await expect(first, query).toHaveAttribute('href', href);
    if (href.source.includes('#')) await expectLandsOn(page, first, lands);
    else {
      await first.click();
      await expect(page.locator('main'), query).toContainText(lands);
    }
  }
});

// Where a result lands depends only on its address, which the walk above follows for each example; here one page
// load checks the box's ranking of all six (on a guide page, whose own items it prefers), and Enter lands once.
test("the header box opens the fix first for each of issue 13's examples, and Enter lands on it", async ({ page }) => {
  await page.goto('./guides/v0.1.0-to-v0.2.0/');
  const first = page.locator('#search-results a[role="option"]').first();
  for (const { query, href } of EXAMPLES) {
    await page.locator('#site-search').fill(query);
    await expect(first, query).toHaveAttribute('href', href);
  }
  const last = EXAMPLES.at(-1)!;
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator(':target')).toBeInViewport();
  await expect(page.locator('.item:has(:target)')).toContainText(last.lands);
});

test('the words searched are shown; a typo gets "Did you mean", never a one-letter match', async ({ page }) => {
  await searchPage(page, 'java.util.concurrent.TimeoutException: Futures timed out after [300 seconds]');
  await expect(page.locator('[data-search-note]')).toContainText('timeoutexception');
  await expect(page.locator('[data-search-note]')).not.toContainText('300');
  await searchPage(page, 'memmory');
  await expect(page.locator('[data-search-note]')).toContainText('Did you mean “memory”');
  await expect(page.locator('.search-results .hit__excerpt mark').first()).toHaveText(/^memory/i);
  await page.goto('./search/?q=m');
  await expect(page.locator('[data-search-status]')).toContainText('No results');
});

test('filters narrow items, not pages: a kind filter leaves only that kind, a change-type filter only its changes', async ({
  page,
}) => {
  await searchPage(page, 'catalog', '&item=Step');
  const kinds = await page.locator('.search-results .hit__page').allInnerTexts();
  expect(kinds.length).toBeGreaterThan(1);
  for (const kind of kinds) expect(kind).toBe('Step');
  await page.goto(`./search/?q=401&${new URLSearchParams({ 'change type': 'Infrastructure Changes' })}`);
  await expect(page.locator('[data-search-status]')).toContainText(/results? for|No results/);
  await expect(page.locator('.search-results .hit[href*="change-bearer-token-auth"]')).toHaveCount(0);
  await searchPage(page, '401');
  // Unfiltered, 401 opens the bearer-auth change or the check that proves it (its expected output is the 401).
  await expect(page.locator('.search-results .hit').first()).toHaveAttribute(
    'href',
    /#(change-bearer-token-auth|verify-bearer-auth)$/,
  );
});

test('a result list shows at most 10 items, grouped by guide', async ({ page }) => {
  await searchPage(page, 'catalog');
  await expect(page.locator('.search-results .hit')).toHaveCount(10);
  const groups = await page.locator('.search-results h2').allInnerTexts();
  expect(new Set(groups).size).toBe(groups.length);
});

test('on a guide page, "rollback" ranks that guide\'s rollback first', async ({ page }) => {
  for (const guide of ['v0.1.0-to-v0.2.0', 'v0.2.0-to-v0.3.0']) {
    await page.goto(`./guides/${guide}/`);
    await page.locator('#site-search').fill('rollback');
    // A page's first search loads Pagefind, which can take seconds on a busy machine.
    await expect(page.locator('#search-results a[role="option"]').first()).toHaveAttribute(
      'href',
      new RegExp(`/guides/${guide.replace(/\./g, '\\.')}/#rollback`),
      { timeout: 15_000 },
    );
  }
});
