import { expect, test, type Page } from '../support/site-fixture.ts';
import { buildFixture } from '../support/build-fixture.ts';
import { readGuides } from '../support/content.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

const ITEMS = {
  step: '.item--step > .item__head > .item__title',
  change: '.item--change > .item__head > h3',
  rollback: '.item--rollback > .item__head > .item__title',
  check: 'li.task-list-item',
  issue: '.item--issue > .item__head > h3',
};

/**
 * Opens a deep link as a new tab does, a document of its own: `goto` to another fragment of the page already open
 * would only scroll it, and a reload puts the reader back where they were instead.
 */
async function openFresh(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Nothing sticky (header, progress bar) may cover the target, and the target's item must be highlighted. */
async function expectLandedOn(page: Page, id: string) {
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  const stickyBottom = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const covering = [...document.querySelectorAll('body *')].filter((other) => {
      const rect = other.getBoundingClientRect();
      return (
        getComputedStyle(other).position === 'sticky' &&
        rect.left < box.right &&
        rect.right > box.left &&
        rect.top < 100
      );
    });
    return Math.max(0, ...covering.map((other) => other.getBoundingClientRect().bottom));
  });
  expect((await target.boundingBox())!.y).toBeGreaterThanOrEqual(stickyBottom - 1);
  const highlighted = page.locator('.item:has(:target), li:target, li:has(.alias:target)').first();
  await expect(highlighted).toHaveCSS('outline-style', 'solid');
}

for (const guide of readGuides()) {
  test(`every linkable item of ${guide.id} has a unique, prefixed id`, async ({ page }) => {
    await page.goto(`./guides/${guide.id}/`);
    for (const [kind, selector] of Object.entries(ITEMS)) {
      const ids = await page.locator(selector).evaluateAll((elements) => elements.map((element) => element.id));
      expect(ids.length, `${kind} items`).toBeGreaterThan(0);
      for (const id of ids) expect(id).toMatch(new RegExp(`^${kind}-[a-z0-9]+(-[a-z0-9]+)*$`));
    }
    const all = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(all.length).toBe(new Set(all).size);
    await expect(page.locator('.item--step .item__number').first()).toHaveText('Step 1:');
  });
}

test('Copy link and Copy Markdown link put the exact ticket text on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./guides/v0.2.0-to-v0.3.0/');
  const step = page.locator('.item--step').nth(5);
  const id = await step.locator('.item__title').getAttribute('id');
  const title = await step.locator('.item__title').innerText();
  const url = `${page.url()}#${id}`;
  await step.locator('.item__title').hover();
  await step.getByRole('button', { name: `Actions for ${title}` }).click();
  await step.getByRole('button', { name: `Copy link to ${title}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await step.getByRole('button', { name: `Copy Markdown link to ${title}` }).click();
  expect(title).toMatch(/^Step 6: /);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[v0.2.0 → v0.3.0 · ${title}](${url})`);
});

test('a deep link to a step lands below the sticky header, highlighted', async ({ page }) => {
  await page.goto('./guides/v0.2.0-to-v0.3.0/#step-migrate-catalog');
  await expectLandedOn(page, 'step-migrate-catalog');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('deep links to a step and to an issue land fully visible', async ({ page }) => {
    await page.goto('./guides/v0.2.0-to-v0.3.0/#step-migrate-catalog');
    await expectLandedOn(page, 'step-migrate-catalog');
    await openFresh(page, './guides/v0.2.0-to-v0.3.0/#issue-ansi-cast-invalid-input');
    await expectLandedOn(page, 'issue-ansi-cast-invalid-input');
  });
});

test('a deep link to a checklist item and to a common issue land too; the issue unfolds its fix', async ({ page }) => {
  const [check] = await (async () => {
    await page.goto('./guides/v0.2.0-to-v0.3.0/');
    return page.locator(ITEMS.check).evaluateAll((elements) => elements.map((element) => element.id));
  })();
  await page.goto(`./guides/v0.2.0-to-v0.3.0/#${check}`);
  await expectLandedOn(page, check!);

  const issue = await page.locator(ITEMS.issue).first().getAttribute('id');
  const details = page.locator(`.item:has([id="${issue}"]) details`);
  await expect(details).not.toHaveAttribute('open');
  await openFresh(page, `./guides/v0.2.0-to-v0.3.0/#${issue}`);
  await expect(details).toHaveAttribute('open');
  await expectLandedOn(page, issue!);
  await expect(details.locator('.issue__fix')).toBeVisible();

  // Read on, then reload (a dropped connection in the window): the reader stays where they were reading.
  await page.evaluate(() => document.getElementById('rollback')!.scrollIntoView());
  const reading = await page.evaluate(() => scrollY);
  await page.reload();
  await expect(details).toHaveAttribute('open');
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(reading);
});

test('with JavaScript off, item links still navigate to their item', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./guides/v0.2.0-to-v0.3.0/');
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: /Stop the platform services/ })
    .click();
  await expect(page).toHaveURL(/#step-migrate-catalog$/);
  await expectLandedOn(page, 'step-migrate-catalog');
  await page.locator('.item:has(#step-upgrade-images) a.permalink').click();
  await expect(page).toHaveURL(/#step-upgrade-images$/);
  await context.close();
});

test('the seed-style link ./v0.2.0-to-v0.3.0.md resolves to the guide page', async ({ page }) => {
  await page.goto('./guides/v0.1.0-to-v0.2.0/');
  const link = page.locator('.prose a[href*="/guides/v0.2.0-to-v0.3.0/"]').first();
  await link.click();
  await expect(page.locator('h1')).toHaveText('v0.2.0 → v0.3.0');
});

test.describe('a step renamed with an alias', () => {
  let site: StaticSite;
  test.beforeAll(async () => {
    const { status, output, outDir } = await buildFixture('good/renamed-with-alias');
    expect(status, output).toBe(0);
    site = await serveStatic(outDir);
  });
  test.afterAll(() => site.close());

  test('the old link lands on the renamed step', async ({ page }) => {
    await page.goto(`${site.url}guides/v0.1.0-to-v0.2.0/#step-update-config`);
    await expect(page.locator('.item:has(.alias:target) .item__title')).toHaveId('step-migrate-config');
    await expectLandedOn(page, 'step-update-config');
  });
});
