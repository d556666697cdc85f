import { expect, test, type Page } from '../support/site-fixture.ts';

const GUIDE = './guides/v0.2.0-to-v0.3.0/';
const PLAN = './upgrade/v0.1.0-to-v0.3.0/';

test('the plan books two windows with the soak between them, and tells hands-on time, downtime, calendar time and the point of no return', async ({
  page,
}) => {
  await page.goto(PLAN);
  await expect(page.locator('[data-fact="windows"]')).toHaveText('2');
  await expect(page.locator('[data-fact="downtime"]')).toHaveText('30 min + 50 min');
  await expect(page.locator('[data-fact="hands-on"]')).toHaveText(/^\d+ h( \d+ min)?$/);
  await expect(page.locator('[data-fact="calendar"]')).toHaveText('at least 14 days');
  await expect(page.locator('.plan-window h2')).toHaveText(['Window 1: v0.1.0 → v0.2.0', 'Window 2: v0.2.0 → v0.3.0']);
  const soak = page.locator('[data-soak]');
  await expect(soak).toHaveCount(1);
  await expect(soak).toContainText('Wait 7 days before the next window.');
  await expect(soak).toContainText('full scheduling cycle');
  await expect(page.locator('.plan-window').nth(0).locator('[data-soak]')).toHaveCount(1, { timeout: 1 });
  const pointsOfNoReturn = page.locator('[data-points-of-no-return] a');
  await expect(pointsOfNoReturn).toHaveText([
    /v0\.2\.0 → v0\.3\.0 · Step 6: Stop the platform services/,
    /v0\.2\.0 → v0\.3\.0 · Step 10: Finalize/,
  ]);
  await pointsOfNoReturn.first().click();
  await expect(page).toHaveURL(/\/guides\/v0\.2\.0-to-v0\.3\.0\/#step-migrate-catalog$/);
  await expect(page.locator('#step-migrate-catalog')).toBeInViewport();
});

test("the plan gathers every guide's before-the-window work first, and unfolds an item's commands in place", async ({
  page,
}) => {
  await page.goto(PLAN);
  const before = page.locator('section', { has: page.locator('#before-the-windows') });
  await expect(before.locator('[data-item="step-enable-ansi-mode"]')).toBeVisible();
  await expect(before.locator('[data-item="step-convert-pipelines-config"]')).toBeVisible();
  await expect(page.locator('.plan-window').nth(1).locator('[data-item="step-enable-ansi-mode"]')).toHaveCount(0);
  const migrate = page.locator('.plan-window').nth(1).locator('[data-item="step-migrate-catalog"]');
  await expect(migrate).toContainText('8 min');
  await expect(migrate).toContainText('Owner: Platform operator');
  await expect(migrate).toContainText('Point of no return');
  // The tick box is named once scripts show it: the plan's HTML does not repeat the label for it.
  const title = await migrate.locator(':scope > a').innerText();
  await expect(migrate.getByRole('checkbox')).toHaveAccessibleName(`Done: ${title}`);
  await migrate.locator('summary').click();
  await expect(migrate.locator('.plan-item__content pre').first()).toContainText('platformctl catalog migrate');
  // Its body only: the plan already shows the title, and the guide's permalink would point into the plan.
  await expect(migrate.locator('.plan-item__content :is(h3, h4, .permalink)')).toHaveCount(0);
  await expect(page.locator('.plan-window').nth(1).locator('.plan-hop > .rollback-criteria li')).toHaveCount(4);
});

test('on a guide every checklist item, step and validation check can be ticked; rollback steps cannot', async ({
  page,
}) => {
  await page.goto(GUIDE);
  const tickable = page.locator('[data-item] input[type="checkbox"]');
  const checklist = await page.locator('li.task-list-item').count();
  const steps = await page.locator('.item--step').count();
  const checks = await page.locator('.item--validation').count();
  expect(steps).toBe(10);
  await expect(tickable).toHaveCount(checklist + steps + checks);
  for (const box of await tickable.all()) await expect(box).toBeEnabled();
  await expect(page.locator('.item--rollback input[type="checkbox"]')).toHaveCount(0);
  await expect(page.locator('[data-progress] [role="status"]')).toHaveText(
    new RegExp(`^0 of ${checklist + steps + checks} done · Before: 0 of \\d+ · Window: 0 of \\d+ · After: 0 of \\d+$`),
  );
});

test('a tick survives a reload and shows on the plan; reset can be undone', async ({ page }) => {
  await page.goto(GUIDE);
  const step = page.locator('[data-item="step-migrate-catalog"] input[type="checkbox"]');
  const status = page.locator('[data-progress] [role="status"]');
  await step.check();
  await expect(status).toContainText(/^1 of \d+ done/);
  await expect(status).toContainText('Window: 1 of');
  await page.reload();
  await expect(step).toBeChecked();
  await page.goto(PLAN);
  await expect(page.locator('[data-item="step-migrate-catalog"] input[type="checkbox"]')).toBeChecked();
  await expect(page.locator('[data-item="step-pause-pipelines"] input[type="checkbox"]').first()).not.toBeChecked();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.locator('[data-item="step-migrate-catalog"] input[type="checkbox"]')).not.toBeChecked();
  await page.getByRole('button', { name: 'Undo reset' }).click();
  await expect(page.locator('[data-item="step-migrate-catalog"] input[type="checkbox"]')).toBeChecked();
  await page.goto(GUIDE);
  await expect(step).toBeChecked();
});

test('?role= shows one role\'s steps, survives a reload, and "Everyone" shows all', async ({ page }) => {
  await page.goto(GUIDE);
  await page.locator('[data-role-filter]').getByRole('link', { name: 'Pipeline owner' }).click();
  await expect(page).toHaveURL(/\?role=pipeline-owner$/);
  await expect(page.locator('.item--step:visible')).toHaveCount(1);
  await expect(page.locator('.item--step:visible h4')).toContainText('Run every pipeline under ANSI mode');
  await page.reload();
  await expect(page.locator('.item--step:visible')).toHaveCount(1);
  await expect(page.locator('[data-role-filter] [aria-current="true"]')).toHaveText('Pipeline owner');
  await page.locator('[data-role-filter]').getByRole('link', { name: 'Everyone' }).click();
  await expect(page.locator('.item--step:visible')).toHaveCount(10);
});

/** The lines of a copied task list: `- [x] [label](url) · 8 min · owner`. */
async function copiedTasks(page: Page, button: string) {
  // Held by its format, not its name: the name turns to "Copied" once it is done.
  const format = button.includes('Jira') ? 'jira' : 'markdown';
  const copy = page.locator(`[data-export-format="${format}"]`);
  await expect(copy).toHaveAccessibleName(button);
  await copy.click();
  // The formatter loads on the first click, so the clipboard is written a moment later.
  await expect(copy).toHaveText('Copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('"Copy as checklist" gives a task list whose links land on their items, with ticks, time and owner', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${GUIDE}?role=dba`);
  await page.locator('[data-item="step-back-up-catalog"] input[type="checkbox"]').check();
  const text = await copiedTasks(page, 'Copy runbook as Markdown checklist');
  const lines = text.trim().split('\n');
  expect(lines[0]).toBe('**Platform Migration Guides** · v0.2.0 → v0.3.0 runbook');
  expect(text).toContain('### During the window');
  const tasks = lines.filter((line) => line.startsWith('- ['));
  expect(tasks).toContain(
    `- [x] [Step 5: Back up the catalog and record the validation baseline](${page.url().split('?')[0]}#step-back-up-catalog) · 6 min · Database administrator`,
  );
  expect(
    tasks.some((line) => line.includes('Step 6:')),
    "the role filter leaves other owners' steps out",
  ).toBe(false);
  for (const task of tasks.filter((line) => line.includes('#step-') || line.includes('#check-')).slice(0, 3)) {
    const url = /\]\((\S+)\)/.exec(task)![1]!;
    await page.goto(url);
    await expect(page.locator(`[id="${new URL(url).hash.slice(1)}"]`)).toBeInViewport();
  }
  await page.goto(GUIDE);
  const jira = await copiedTasks(page, 'Copy runbook for Jira');
  expect(jira).toContain('h3. During the window');
  expect(jira).toMatch(
    /^\* \(\/\) \[Step 5: Back up the catalog and record the validation baseline\|http\S+#step-back-up-catalog\] · 6 min · Database administrator$/m,
  );
  // On a plan an item is its title link and its owner's id: the list reads the label and the owner's name from there.
  await page.goto(PLAN);
  const plan = await copiedTasks(page, 'Copy runbook as Markdown checklist');
  expect(plan).toContain('## v0.2.0 → v0.3.0');
  expect(plan).toMatch(
    /^- \[x\] \[Step 5: Back up the catalog and record the validation baseline\]\(http\S+\/guides\/v0\.2\.0-to-v0\.3\.0\/#step-back-up-catalog\) · 6 min · Database administrator$/m,
  );
});

test('without JavaScript, phases, times, owners, downtime and the point of no return are all on the page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GUIDE);
  await expect(page.locator('.phase-heading h3')).toHaveText([
    'Before the window',
    'During the window',
    'After the window',
  ]);
  await expect(page.locator('[data-phase-heading="window"]')).toContainText('unavailable for about 50 min');
  const migrate = page.locator('[data-item="step-migrate-catalog"]');
  // The facts read apart as text too (search excerpts, a copied line), not only apart on screen.
  await expect(migrate.locator('.runbook-meta')).toHaveText(/During the window Takes 8 min Owner: Platform operator/);
  await expect(page.locator('.change__meta').first()).toHaveText(/^\S.* Change Impact \w+ Migration \w+ Rollback \w+$/);
  await expect(migrate.locator('.point-of-no-return')).toBeVisible();
  await expect(migrate.locator('.point-of-no-return li')).toHaveCount(4);
  await expect(page.locator('.item--step:visible')).toHaveCount(10);
  await expect(page.locator('[data-progress]')).toBeHidden();
  await expect(page.locator('[data-role-filter]')).toBeHidden();
  await page.goto(PLAN);
  await expect(page.locator('[data-fact="downtime"]')).toHaveText('30 min + 50 min');
  await expect(page.locator('[data-points-of-no-return] li')).toHaveCount(2);
  // A plan item is its title, which opens it on its guide, and its facts: no tick box that could not be kept and
  // no fold that could not be filled (the scripts write both).
  const item = page.locator('[data-item="step-migrate-catalog"]');
  await expect(item.locator(':scope > a')).toHaveAttribute(
    'href',
    /\/guides\/v0\.2\.0-to-v0\.3\.0\/#step-migrate-catalog$/,
  );
  await expect(item.locator('.runbook-meta')).toHaveText(/Takes 8 min Owner: Platform operator/);
  await expect(page.locator('.tick, .plan-item__details')).toHaveCount(0);
  await context.close();
});

test("each breaking change is rated on its own, and the guide's matrix shows the worst per type", async ({ page }) => {
  await page.goto(GUIDE);
  const configMap = page.locator('.item--change', { has: page.locator('#change-spark-defaults-configmap') });
  await expect(configMap.locator('.change__meta')).toContainText('Impact High');
  await expect(configMap.locator('.change__meta')).toContainText('Rollback Easy');
  const ansi = page.locator('.item--change', { has: page.locator('#change-ansi-casts') });
  await expect(ansi.locator('.change__meta')).toContainText('Rollback Easy');
  await expect(page.locator('.impact-matrix tr[data-change-type="configuration"] td').first()).toHaveText('High');
});
