import { readFileSync } from 'node:fs';
import { expect, test } from '../support/site-fixture.ts';
import { readGuides } from '../support/content.ts';

/** An independent numeric comparison (the site's own lives in src/lib/versions.ts). */
function newer(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.slice(1).split('.').map(Number)) as [number[], number[]];
  const differs = x.findIndex((part, i) => part !== y[i]);
  return differs === -1 ? 0 : x[differs]! - y[differs]!;
}

test('the guide table lists every guide, newest first, with severity and time', async ({ page }) => {
  const guides = readGuides().sort((a, b) => newer(b.to, a.to) || newer(b.from, a.from));
  await page.goto('./');
  const rows = page.locator('.guide-table tbody tr');
  await expect(rows).toHaveCount(guides.length);
  for (const [index, guide] of guides.entries()) {
    const cells = rows.nth(index).locator('td');
    await expect(cells.nth(0)).toHaveText(guide.from);
    await expect(cells.nth(1)).toHaveText(guide.to);
    await expect(cells.nth(3)).toContainText(new RegExp(guide.severity, 'i'));
    await expect(cells.nth(4)).toHaveText(`${guide.estimatedMinutes.min}–${guide.estimatedMinutes.max} minutes`);
  }
});

test('a guide link in the table opens that guide', async ({ page }) => {
  const [guide] = readGuides();
  await page.goto('./');
  await page.locator(`.guide-table tr[data-guide="${guide!.id}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`/guides/${guide!.id.replaceAll('.', '\\.')}/$`));
  await expect(page.locator('h1')).toHaveText(`${guide!.from} → ${guide!.to}`);
});

test('the impact matrix has the seed rows and values', async ({ page }) => {
  await page.goto('./');
  const seed = [
    ['Schema Changes', 'High', 'Complex', 'Difficult'],
    ['API Changes', 'Medium', 'Moderate', 'Moderate'],
    ['Configuration Changes', 'Low', 'Simple', 'Easy'],
    ['Data Format Changes', 'High', 'Complex', 'Difficult'],
    ['Infrastructure Changes', 'Medium', 'Moderate', 'Moderate'],
  ];
  const rows = page.locator('.impact-matrix tbody tr');
  await expect(rows).toHaveCount(seed.length);
  for (const [index, values] of seed.entries()) {
    await expect(rows.nth(index).locator('th, td')).toHaveText(values);
  }
});

test('every line of the original README is on the index page', async ({ page }) => {
  await page.goto('./');
  const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
  const seed = readFileSync('docs/seed-README.md', 'utf8')
    // The site's one deliberate rewording: it is a site, not a directory.
    .replace('This directory contains', 'This site contains');
  const lines = seed
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('|') && line.trim() !== '---')
    .map((line) =>
      line
        .replace(/^#+\s*|^-\s*(\[ \]\s*)?|^\d+\.\s*|\*\*|^\*|\*$/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  for (const line of lines) expect(text, line).toContain(line);
});

test('the index works without JavaScript: table, links and checklist are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('.guide-table tbody tr').first()).toBeVisible();
  await expect(page.locator('#check-backup-all-databases-and-configurations')).toBeVisible();
  await page.locator('.guide-table tbody tr a').first().click();
  await expect(page.locator('h1')).toContainText('→');
  await context.close();
});

test('a missing page answers 404 with search and the guide list', async ({ page }) => {
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('search').last()).toBeVisible();
  await expect(page.locator('.guide-table tbody tr')).toHaveCount(readGuides().length);
});

test("each of the index's common migration issues leads to its documented fixes", async ({ page }) => {
  const categories = {
    'Type Casting Errors': 'type-casting',
    'Memory Issues': 'memory',
    'Schema Conflicts': 'schema-conflicts',
    'Performance Degradation': 'performance',
    'Data Quality Issues': 'data-quality',
  };
  for (const [name, category] of Object.entries(categories)) {
    await page.goto('./');
    await page.getByRole('link', { name, exact: true }).click();
    const section = page.locator('section:has(> h2:target)');
    await expect(section.locator('h2')).toHaveText(name);
    await expect(section.locator(`.item--issue[data-issue-category="${category}"]`).first()).toBeVisible();
  }
});
