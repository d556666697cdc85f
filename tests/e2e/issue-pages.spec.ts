import { readFileSync } from 'node:fs';
import { expect, test } from '../support/site-fixture.ts';
import { readIssues } from '../support/content.ts';

const ISSUES = readIssues();

/** One walk: each issue's own page, then /issues/ and each guide once for all the links to them. */
test("every issue has its own page, in the sitemap, linked from /issues/ and from its guides' items", async ({
  page,
}) => {
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  for (const issue of ISSUES) {
    expect(sitemap, issue.id).toContain(`/issues/${issue.id}/</loc>`);
    await page.goto(`./issues/${issue.id}/`);
    await expect(page.locator('h1'), issue.id).toContainText(issue.title);
    await expect(page.locator('.issue__error'), issue.id).toContainText(issue.error);
    await expect(page.locator('.issue__related'), issue.id).toHaveText(/^Related: v\d/);
  }
  await page.goto('./issues/');
  for (const issue of ISSUES) await expect(page.locator(`a[href$="/issues/${issue.id}/"]`), issue.id).toHaveCount(1);
  for (const guide of new Set(ISSUES.map((issue) => issue.related[0]!.guide))) {
    await page.goto(`./guides/${guide}/`);
    for (const issue of ISSUES.filter((each) => each.related[0]!.guide === guide)) {
      await expect(page.locator(`.item:has(#issue-${issue.id}) a[href$="/issues/${issue.id}/"]`), issue.id).toHaveCount(
        1,
      );
    }
  }
});

test("an issue's links land on it: in its guide and in /issues/", async ({ page }) => {
  const issue = ISSUES[0]!;
  await page.goto(`./guides/${issue.related[0]!.guide}/#issue-${issue.id}`);
  await expect(page.locator(':target')).toBeInViewport();
  await expect(page.locator(`.item:has(:target) a[href$="/issues/${issue.id}/"]`)).toBeVisible();
  await page.goto(`./issues/#issue-${issue.id}`);
  await expect(page.locator(':target')).toBeInViewport();
});
