import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readIssues } from '../support/content.ts';

for (const issue of readIssues()) {
  test(`/issues/${issue.id}/ is the issue's own page, in the sitemap, linked from /issues/ and its guides`, async ({ page }) => {
    expect(readFileSync('dist/sitemap.xml', 'utf8')).toContain(`/issues/${issue.id}/</loc>`);
    await page.goto(`./issues/${issue.id}/`);
    await expect(page.locator('h1')).toContainText(issue.title);
    await expect(page.locator('.issue__error')).toContainText(issue.error);
    await page.goto('./issues/');
    await expect(page.locator(`a[href$="/issues/${issue.id}/"]`)).toHaveCount(1);
    await page.goto(`./guides/${issue.related[0]!.guide}/#issue-${issue.id}`);
    await expect(page.locator(':target')).toBeInViewport();
    await expect(page.locator(`.item:has(:target) a[href$="/issues/${issue.id}/"]`)).toBeVisible();
    await page.goto(`./issues/#issue-${issue.id}`);
    await expect(page.locator(':target')).toBeInViewport();
  });
}
