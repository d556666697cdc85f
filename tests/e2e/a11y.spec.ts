import { axeViolations } from '../support/axe.ts';
import { SAMPLE, TEMPLATES, openPage } from '../support/pages.ts';
import { expect, test, type Page } from '../support/site-fixture.ts';

/**
 * Reading on a phone, a laptop and with a screen reader (issue 15). Each template's page (home, guide, upgrade
 * plan, issues, an issue, report, search, 404) is loaded once per width and checked every way at once, since the
 * load costs more than the checks: axe, colour contrast in both colour schemes, the names a screen reader reads,
 * and no sideways scrolling. The other guide's content is checked for names and layout too.
 */
const GUIDE = './guides/v0.2.0-to-v0.3.0/';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const OTHER_PAGES = SAMPLE.filter((path) => !TEMPLATES.includes(path));

/**
 * What a screen reader gets: the accessible name of every heading and button, from Chromium's tree. The tree is
 * fetched once for both roles: on a long guide it is 2.3 MB of JSON and takes about 0.3 s to serialize.
 */
async function accessibleNames(page: Page): Promise<Record<'heading' | 'button', string[]>> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await session.detach();
  const named = (role: string) =>
    nodes.filter((node) => !node.ignored && node.role?.value === role).map((node) => node.name?.value ?? '');
  return { heading: named('heading'), button: named('button') };
}

/** Every heading is named exactly its visible text, and no two buttons (copy lists opened) share a name. */
async function expectNamesAsShown(page: Page, path: string) {
  await page.evaluate(() =>
    document.querySelectorAll<HTMLElement>('.item-actions__menu').forEach((menu) => (menu.hidden = false)),
  );
  const visible = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings
        .filter((heading) => heading.checkVisibility())
        .map((heading) => (heading as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
  const { heading, button: buttons } = await accessibleNames(page);
  const named = heading.map((name) => name.replace(/\s+/g, ' ').trim());
  // Chromium lists a section's labelling heading first, so compare as sets of names.
  expect(named.sort(), `${path}: headings`).toEqual(visible.sort());
  expect(
    buttons.filter((name, index) => buttons.indexOf(name) !== index),
    `${path}: buttons named alike`,
  ).toEqual([]);
  expect(
    buttons.filter((name) => name === ''),
    `${path}: buttons without a name`,
  ).toEqual([]);
}

/** Narrowing the window reflows the page as a narrower phone shows it, without loading it again. */
async function expectNoSidewaysScroll(page: Page, path: string) {
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} at ${width} px`).toBe(0);
  }
  await page.setViewportSize(PHONE.viewport);
}

// At the laptop width every rule runs in the light scheme, then colour contrast again in the dark one; on a phone
// the rules that depend on the layout run (the colours are the same CSS). See docs/decisions.md (Tests).
for (const path of TEMPLATES) {
  test(`${path} at 1280 px: axe finds nothing, light and dark, and headings and buttons are named as shown`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    await openPage(page, path);
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'contrast'), 'dark').toEqual([]);
    await expectNamesAsShown(page, path);
    await context.close();
  });

  test(`${path} at 390 px: axe finds nothing, and it never scrolls sideways down to 320 px`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ ...PHONE, colorScheme: 'dark' });
    const page = await context.newPage();
    await openPage(page, path);
    expect(await axeViolations(page, 'layout')).toEqual([]);
    await expectNoSidewaysScroll(page, path);
    await context.close();
  });
}

test('the other guide: headings and buttons are named as shown, and it never scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  for (const path of OTHER_PAGES) {
    await openPage(page, path);
    await expectNoSidewaysScroll(page, path);
    await expectNamesAsShown(page, path);
  }
  await context.close();
});

test('with JavaScript off, no page scrolls sideways at 390 or 320 px', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of SAMPLE) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, path);
  }
  await context.close();
});

// The page around them is checked at this width above; here axe looks only at what the taps opened.
test(`axe finds nothing in an item's copy list and the phone search, open`, async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(GUIDE);
  const step = page.locator('.item--step').first();
  await step.getByRole('button', { name: /^Actions for / }).click();
  await expect(step.locator('.item-actions__menu')).toBeVisible();
  expect(await axeViolations(page, 'all', '.item--step:has(.item-actions__menu:not([hidden]))')).toEqual([]);
  await page.getByRole('button', { name: 'Open search' }).click();
  await page.getByRole('combobox').fill('memory');
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible({ timeout: 15_000 });
  expect(await axeViolations(page, 'all', '[data-search-box]')).toEqual([]);
  await context.close();
});

test('a wide table scrolls in a named, focusable box and never breaks an identifier', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('./guides/v0.1.0-to-v0.2.0/');
  // The environment-variable table: long names in a column of their own.
  const table = page.locator('.prose table:has-text("PLATFORM_DB_URL")').first();
  expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await expect(table).toHaveAttribute('tabindex', '0');
  await expect(table).toHaveAttribute('aria-label', /\(table, scrolls sideways\)$/);
  const split = await table
    .locator('td code')
    .evaluateAll((codes) => codes.filter((code) => code.getClientRects().length > 1).map((code) => code.textContent));
  expect(split).toEqual([]);
  await table.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await context.close();
});

test('code blocks take focus only when they scroll; their copy button never covers code', async ({ page }) => {
  await page.goto(GUIDE);
  const blocks = await page
    .locator('.prose pre')
    .evaluateAll((pres) =>
      pres.map((pre) => ({ scrolls: pre.scrollWidth > pre.clientWidth, tabindex: pre.getAttribute('tabindex') })),
    );
  expect(blocks.some((block) => block.scrolls)).toBe(true);
  expect(blocks.some((block) => !block.scrolls)).toBe(true);
  for (const block of blocks) expect(block.tabindex).toBe(block.scrolls ? '0' : null);
  const overlaps = await page.locator('.code-block').evaluateAll(
    (wrappers) =>
      wrappers.filter((wrapper) => {
        const button = wrapper.querySelector('.copy-button')!.getBoundingClientRect();
        return button.bottom > wrapper.querySelector('pre')!.getBoundingClientRect().top + 0.5;
      }).length,
  );
  expect(overlaps).toBe(0);
});

test('on a phone, a deep link shows the step and its guide, and search opens without scrolling', async ({
  browser,
}) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${GUIDE}#step-migrate-catalog`);
  await expect(page.locator('#step-migrate-catalog')).toBeInViewport();
  await expect(page.locator('.site-header__page')).toHaveText('v0.2.0 → v0.3.0');
  await expect(page.locator('.site-header__page')).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  const opener = page.getByRole('button', { name: 'Open search' });
  await expect(opener).toBeInViewport({ ratio: 1 });
  // A tap where the button is (Playwright's click would first scroll it to the middle of the screen).
  const tap = async (box: { x: number; y: number; width: number; height: number } | null) =>
    page.touchscreen.tap(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await tap(await opener.boundingBox());
  const input = page.getByRole('combobox', { name: 'Search guides and error messages' });
  await expect(input).toBeFocused();
  await expect(input).toBeInViewport({ ratio: 1 });
  await input.fill('relation already exists');
  await expect(page.locator('#search-results [role="option"]').first()).toBeInViewport({ timeout: 15_000 });
  await tap(await page.getByRole('button', { name: 'Close search' }).boundingBox());
  await expect(input).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.locator('#step-migrate-catalog')).toBeInViewport();
  await context.close();
});

test('the "/" hint shows where there is a keyboard, not on a touch screen', async ({ browser }) => {
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const phone = await browser.newContext({ ...PHONE, viewport: { width: 800, height: 1000 } });
  for (const [context, shown] of [
    [laptop, true],
    [phone, false],
  ] as const) {
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('.search-box__hint')).toBeVisible({ visible: shown });
    await context.close();
  }
});

test('at 1280 × 720 every contents entry can be reached, and the section being read is marked and in view', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(GUIDE);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  for (const link of await toc.getByRole('link').all()) {
    await link.focus();
    await expect(link).toBeInViewport({ ratio: 0.99 });
  }
  await page.evaluate(() => document.getElementById('rollback')!.scrollIntoView());
  const rollback = toc.getByRole('link', { name: 'Rollback', exact: true });
  await expect(rollback).toHaveAttribute('aria-current', 'location');
  await expect(rollback).toBeInViewport({ ratio: 0.99 });
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
  await page.evaluate(() => document.getElementById('step-migrate-catalog')!.scrollIntoView());
  await expect(toc.getByRole('link', { name: /^6\. / })).toHaveAttribute('aria-current', 'location');
  await expect(toc.getByRole('link', { name: /^6\. / })).toBeInViewport({ ratio: 0.99 });
  // The step list folds away on request.
  await toc.getByText('Steps 1–10').click();
  await expect(toc.getByRole('link', { name: /^6\. / })).toBeHidden();
  await context.close();
});

test('buttons say what they act on: the step and its command', async ({ page }) => {
  await page.goto(GUIDE);
  const step = page.locator('.item:has(#step-migrate-catalog)');
  const title = await step.locator('.item__title').innerText();
  expect(title).toMatch(/^Step 6: Stop the platform services/);
  await step.getByRole('button', { name: `Actions for ${title}` }).click();
  await expect(step.getByRole('button', { name: `Copy link to ${title}` })).toBeVisible();
  await expect(step.getByRole('button', { name: 'Copy command 1, step 6' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(step.getByRole('button', { name: `Copy link to ${title}` })).toBeHidden();
  await expect(step.getByRole('button', { name: `Actions for ${title}` })).toBeFocused();
});

test('the copy list copies a command, by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(GUIDE);
  const step = page.locator('.item:has(#step-migrate-catalog)');
  await step.getByRole('button', { name: /^Actions for / }).focus();
  await page.keyboard.press('Enter');
  for (const name of [/^Copy link to /, /^Copy Markdown link to /, /^Copy command 1, step 6$/]) {
    await page.keyboard.press('Tab');
    await expect(step.getByRole('button', { name })).toBeFocused();
  }
  await expect(step.getByRole('button', { name: 'Copy command 1, step 6' })).toBeFocused();
  await page.keyboard.press('Enter');
  const code = (await step.locator('pre').first().innerText()).replace(/\n$/, '');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
});

test(`a keyboard crosses ${GUIDE} in at most 150 tab stops`, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(GUIDE);
  await page.evaluate(() =>
    document.querySelectorAll('*').forEach((element, index) => element.setAttribute('data-n', String(index))),
  );
  const stops = new Set<string>();
  let first: string | undefined;
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return '';
      return `${element.tagName}#${element.getAttribute('data-n')}`;
    });
    if (!focused) continue;
    if (focused === first) break;
    first ??= focused;
    stops.add(focused);
  }
  expect(stops.size).toBeGreaterThan(50);
  // One "Actions" menu per item (copy link, commands, report) and a tick box per runbook item; ~320 before.
  expect(stops.size).toBeLessThanOrEqual(150);
});

test('the home page checklist is a plain list, not boxes that cannot be ticked', async ({ page }) => {
  await page.goto('./');
  const checklist = page.locator('.prose--home ul:has(> .task-list-item)');
  await expect(checklist.getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});
