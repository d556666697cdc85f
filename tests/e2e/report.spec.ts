import { expect, test, type Locator, type Page } from '../support/site-fixture.ts';

/**
 * "Report a problem": the report names the guide, the item and its permalink, the versions, the phase, the items
 * ticked in this browser and the commands that collect logs. With a tracker (SUPPORT_URL, injected here as the build
 * writes it: data-support-url on the page's report section) it opens there; without, the same report is copied.
 */
const GUIDE = 'v0.2.0-to-v0.3.0';
const TRACKER = 'https://tracker.example/issues/new?title={title}&body={body}';

/** With JavaScript an item's report link sits in its actions menu: open the menu (if closed) and return the link. */
async function reportLink(item: Locator) {
  const toggle = item.getByRole('button', { name: /^Actions for / });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return item.getByRole('link', { name: /^Report a problem with / });
}

async function tickFirstChecklistItemAndHealthCheck(page: Page) {
  const first = page.locator('.task-list-item input[type="checkbox"]').first();
  await first.check();
  await page.getByRole('checkbox', { name: /^Done: Validation check 1: Health/ }).check();
  return (await first.getAttribute('aria-label'))!.replace(/^Done: /, '');
}

test('the report on a step opens the tracker with guide, permalink and ticked items, and is the one copied without a tracker', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./guides/${GUIDE}/`);
  const checklistItem = await tickFirstChecklistItemAndHealthCheck(page);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const step = page.locator('.item--step', { has: page.locator('#step-migrate-catalog') });
  const stepLabel = (await step.locator('a.permalink').getAttribute('data-label'))!;
  const link = await reportLink(step);
  await expect(link).toHaveAccessibleName(`Report a problem with ${stepLabel}`);

  // No tracker configured: the report goes to the clipboard as Markdown.
  await link.click();
  await expect(link).toHaveText(/Report copied as Markdown/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    new RegExp(`^# v0\\.2\\.0 → v0\\.3\\.0: problem with ${stepLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`),
  );
  expect(copied).toContain(`- Link: ${canonical}#step-migrate-catalog`);
  expect(copied).toContain('- Upgrading from v0.2.0 to v0.3.0');
  expect(copied).toContain(`- [x] Checklist: ${checklistItem}`);
  expect(copied).toContain('- [x] Validation check 1: Health, version and catalog schema');
  expect(copied).toContain(`curl -fsSO ${canonical}validate.sh`);
  expect(copied).toContain('kubectl -n platform logs deployment/"$d" --since=2h');

  // A tracker configured: the same report opens there, as title and body.
  await page
    .locator('[data-report]')
    .evaluate((section, tracker) => section.setAttribute('data-support-url', tracker), TRACKER);
  await context.route('https://tracker.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>tracker</title>' }),
  );
  await reportLink(step);
  const [tracker] = await Promise.all([context.waitForEvent('page'), link.click()]);
  const opened = new URL(tracker.url());
  expect(opened.origin + opened.pathname).toBe('https://tracker.example/issues/new');
  const title = opened.searchParams.get('title')!;
  expect(title).toBe(`v0.2.0 → v0.3.0: problem with ${stepLabel}`);
  expect(`# ${title}\n\n${opened.searchParams.get('body')}\n`).toBe(copied);
  await expect(page).toHaveURL(new RegExp(`/guides/${GUIDE.replaceAll('.', '\\.')}/$`));
});

test("a validation check's report says its phase", async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./guides/${GUIDE}/`);
  const link = await reportLink(page.locator('.item', { has: page.locator('#verify-scheduled-runs') }));
  await expect(link).toHaveAccessibleName(/^Report a problem with Validation check 6: /);
  await link.click();
  // The report module loads on the first click: read the clipboard once it says it copied.
  await expect(link).toHaveText(/Report copied as Markdown/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('#verify-scheduled-runs');
  expect(copied).toContain('- Phase: after the window');
  expect(copied).toContain('Nothing ticked in this browser.');
});

test('common issues and the upgrade plan have the link too; an issue page and a plan link the log commands', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./issues/');
  await expect(await reportLink(page.locator('.item--issue').first())).toBeVisible();
  // Issue pages and plans, several per guide, do not repeat the log commands: they and their reports link /report/.
  const linked = (canonical: string) =>
    `Run the commands listed at ${new URL('/report/#report-a-problem', canonical).href} and attach the files they write.`;
  await page.goto('./issues/executor-oomkilled-exit-137/');
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const issueLink = await reportLink(page.locator('.item--issue'));
  await issueLink.click();
  await expect(issueLink).toHaveText(/Report copied as Markdown/);
  const issueReport = await page.evaluate(() => navigator.clipboard.readText());
  expect(issueReport).toMatch(
    /^# Common issues: problem with Executor pods OOMKilled with exit code 137 after the upgrade\n/,
  );
  expect(issueReport).toContain(`- Link: ${canonical}#issue-executor-oomkilled-exit-137`);
  expect(issueReport).toContain(linked(canonical));
  await page.goto('./upgrade/v0.1.0-to-v0.3.0/');
  const planLink = page.getByRole('link', { name: 'Report a problem with this page' });
  await planLink.click();
  await expect(planLink).toHaveText(/Report copied as Markdown/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('- Upgrading from v0.1.0 to v0.3.0');
  expect(copied).toContain(linked(canonical));
  await page.locator('[data-report]').getByRole('link', { name: 'the log commands' }).click();
  await expect(page).toHaveURL(/\/report\/#report-a-problem$/);
  await expect(page.locator('[data-report] pre').first()).toContainText('kubectl -n platform logs');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link lands on the section that says what to report and lists the log commands', async ({ page }) => {
    await page.goto(`./guides/${GUIDE}/`);
    await page
      .locator('.item--step')
      .first()
      .getByRole('link', { name: /^Report a problem with / })
      .click();
    await expect(page).toHaveURL(/#report-a-problem$/);
    const section = page.locator('[data-report]');
    await expect(section.getByRole('heading', { name: 'Report a problem' })).toBeInViewport();
    await expect(section.locator('pre').first()).toContainText('sh validate.sh 2>&1 | tee validate.log');
  });
});
