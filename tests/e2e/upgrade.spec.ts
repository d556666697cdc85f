import { expect, test } from '../support/site-fixture.ts';
import { guidesJsonSchema } from '../../src/lib/guides-json.ts';

test('the index picker goes to a plan, or to the guide that is the whole upgrade, and lists plans without JavaScript', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  await page.getByLabel('I am on').selectOption('v0.1.0');
  await page.getByLabel('and need').selectOption('v0.3.0');
  await page.getByRole('button', { name: 'Show upgrade plan' }).click();
  await expect(page).toHaveURL(/\/upgrade\/v0\.1\.0-to-v0\.3\.0\/$/);
  await page.goBack();
  await page.getByLabel('I am on').selectOption('v0.2.0');
  await expect(page.getByLabel('and need')).toHaveValue('v0.3.0');
  await page.getByRole('button', { name: 'Show upgrade plan' }).click();
  await expect(page).toHaveURL(/\/guides\/v0\.2\.0-to-v0\.3\.0\/$/);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('./');
  await expect(noJs.getByRole('button', { name: 'Show upgrade plan' })).toBeHidden();
  await noJs.getByRole('link', { name: 'v0.1.0 → v0.3.0' }).click();
  await expect(noJs.locator('h1')).toHaveText('Upgrade v0.1.0 → v0.3.0');
  // A single guide's /upgrade/ URL, which the picker used to open, still lands on the guide.
  await noJs.goto('./upgrade/v0.1.0-to-v0.2.0/');
  await expect(noJs).toHaveURL(/\/guides\/v0\.1\.0-to-v0\.2\.0\/$/);
  await context.close();
});

test('printed, a guide is a clean runbook: no header or search, link URLs shown, code unclipped', async ({ page }) => {
  await page.goto('./guides/v0.2.0-to-v0.3.0/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('.copy-button').first()).toBeHidden();
  const pre = page.locator('.prose pre').first();
  expect(await pre.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  expect(
    await page
      .locator('.item')
      .first()
      .evaluate((element) => getComputedStyle(element).breakInside),
  ).toBe('avoid');
  const link = page.locator('.prose a[href^="/"]').first();
  const href = await link.getAttribute('href');
  expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" (${href})"`);
  await page.screenshot({ path: 'test-results/print-guide.png', fullPage: true });
});

test('/guides.json matches its documented shape and the index table', async ({ page, request }) => {
  const json = guidesJsonSchema.parse(await (await request.get('./guides.json')).json());
  await page.goto('./');
  const rows = await page
    .locator('.guide-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-guide')));
  expect(json.guides.length).toBeGreaterThan(0);
  expect(json.guides.map((guide) => guide.id)).toEqual(rows);
  for (const guide of json.guides) {
    const row = page.locator(`.guide-table tr[data-guide="${guide.id}"] td`);
    await expect(row.nth(4)).toHaveText(`${guide.estimatedMinutes.min}–${guide.estimatedMinutes.max} minutes`);
    await expect(row.nth(3)).toContainText(new RegExp(guide.severity, 'i'));
    expect(new URL(guide.url).pathname).toBe(`/guides/${guide.id}/`);
  }
});
