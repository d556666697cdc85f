import { expect, test } from '../support/site-fixture.ts';
import { readGuides } from '../support/content.ts';

for (const guide of readGuides()) {
  // One page load per guide, checked four ways: the load costs more than the checks.
  test(`guide ${guide.id}: its facts, contents, highlighted code and impact matrix`, async ({ page, context }) => {
    await page.goto(`./guides/${guide.id}/`);

    await test.step('shows versions, severity, time, release date and summary', async () => {
      const header = page.locator('.guide-header');
      await expect(header.locator('h1')).toHaveText(`${guide.from} → ${guide.to}`);
      await expect(header.locator('.badge')).toContainText(new RegExp(guide.severity, 'i'));
      // The estimate is of the window: work before it (days ahead) is not in it.
      const estimate = header.locator('div:has(> [data-fact="estimatedMinutes"])');
      await expect(estimate.locator('dt')).toHaveText('Window time');
      await expect(estimate.locator('dd')).toHaveText(
        `${guide.estimatedMinutes.min}–${guide.estimatedMinutes.max} minutes`,
      );
      await expect(header.locator('time')).toHaveAttribute(
        'datetime',
        new Date(guide.releaseDate).toISOString().slice(0, 10),
      );
      await expect(header.locator('.summary')).toHaveText(guide.summary.trim());
    });

    await test.step('has a table of contents that reaches every section and step', async () => {
      const toc = page.getByRole('navigation', { name: 'On this page' });
      for (const section of [
        'Pre-migration checklist',
        'Breaking changes',
        'Migration steps',
        'Validation',
        'Rollback',
        'Troubleshooting',
      ]) {
        await expect(toc.getByRole('link', { name: section, exact: true })).toBeVisible();
      }
      const steps = page.locator('.item--step .item__title');
      await expect(toc.locator('ol ol a')).toHaveCount(await steps.count());
    });

    await test.step('code blocks are highlighted and their copy button copies the code', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const block = page.locator('.code-block').first();
      await expect(block.locator('pre[class*="language-"] .token').first()).toBeVisible();
      await block.hover();
      await block.locator('.copy-button').click();
      await expect(block.locator('.copy-button')).toHaveText('Copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe((await block.locator('pre').innerText()).replace(/\n$/, ''));
    });

    await test.step('marks and counts the change types of its breaking changes in the impact matrix', async () => {
      const counts = new Map<string, number>();
      for (const change of guide.breakingChanges) counts.set(change.type, (counts.get(change.type) ?? 0) + 1);
      for (const type of ['schema', 'api', 'configuration', 'data-format', 'infrastructure']) {
        const row = page.locator(`.impact-matrix tr[data-change-type="${type}"]`);
        await expect(row.locator('[data-count]')).toHaveAttribute('data-count', String(counts.get(type) ?? 0));
        if (counts.has(type)) {
          await row.getByRole('link').click();
          await expect(page.locator(':target')).toHaveAttribute('id', new RegExp(`^change-`));
          const id = await page.locator(':target').getAttribute('id');
          expect(guide.breakingChanges.find((change) => `change-${change.id}` === id)?.type).toBe(type);
        }
      }
    });
  });
}

test('a guide links the guides before and after it, and one plan across both', async ({ page }) => {
  await page.goto('./guides/v0.1.0-to-v0.2.0/');
  const chain = page.getByRole('navigation', { name: 'Other guides in the chain' });
  await expect(chain.getByRole('link')).toHaveText([
    /Next guide\s*v0\.2\.0 → v0\.3\.0/,
    /Going further\?\s*One plan for v0\.1\.0 → v0\.3\.0/,
  ]);
  await chain.getByRole('link', { name: /One plan/ }).click();
  await expect(page.locator('h1')).toHaveText('Upgrade v0.1.0 → v0.3.0');
  await page.goto('./guides/v0.2.0-to-v0.3.0/');
  await expect(chain.getByRole('link')).toHaveText([/Previous guide\s*v0\.1\.0 → v0\.2\.0/]);
});

test('on a phone the contents list shows sections, not every step', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('./guides/v0.2.0-to-v0.3.0/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Migration steps', exact: true })).toBeVisible();
  await expect(toc.locator('ol ol')).toBeHidden();
  await context.close();
});
