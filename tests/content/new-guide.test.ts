import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FIXTURES, buildContent } from '../support/build-fixture.ts';
import { scratchDir } from '../support/scratch.ts';

/** A copy of the fixture corpus for `npm run new-guide` to write into, built afterwards as an author would. */
function corpus() {
  const dir = scratchDir('new-guide-');
  cpSync(path.join(FIXTURES, 'content'), dir, { recursive: true });
  return dir;
}
/** The scaffold runs in the project, as an author runs it. */
const scaffold = (contentDir: string, ...args: string[]) => {
  const result = spawnSync('npm', ['run', 'new-guide', '--silent', '--', ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const build = (contentDir: string) => buildContent(contentDir, {}, `${contentDir}-dist`);

test('refusals name the problem and write nothing', () => {
  const dir = corpus();
  for (const [args, expected] of [
    [['v0.1.0', 'v0.2.0'], /already exists/],
    [['v0.3', 'v0.4.0'], /"v0.3" is not a version/],
    [['v0.4.0', 'v0.3.0'], /from must be below to/],
  ] as const) {
    const { status, output } = scaffold(dir, ...args);
    assert.equal(status, 1, output);
    assert.match(output, expected);
  }
  assert.equal(existsSync(path.join(dir, 'guides/v0.4.0-to-v0.3.0.mdx')), false);
});

test('a scaffolded guide stays out of the build as a draft, refuses to publish with placeholders, renders every section once filled', () => {
  const dir = corpus();
  const created = scaffold(dir, 'v0.3.0', 'v0.4.0');
  assert.equal(created.status, 0, created.output);
  const file = path.join(dir, 'guides/v0.3.0-to-v0.4.0.mdx');

  const draft = build(dir);
  assert.equal(draft.status, 0, draft.output);
  assert.equal(existsSync(path.join(draft.outDir, 'guides/v0.3.0-to-v0.4.0')), false, 'a draft is not published');
  // Search indexes items (steps, changes, checks, issues), one record each: publishing the guide adds its own.
  const records = (outDir: string) =>
    JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')).languages.en.page_count as number;
  const draftRecords = records(draft.outDir);

  writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
  const unfinished = build(dir);
  assert.notEqual(unfinished.status, 0);
  assert.match(unfinished.output, /v0\.3\.0-to-v0\.4\.0/);
  assert.match(unfinished.output, /expected the TODO: placeholder replaced before the guide leaves draft/);

  writeFileSync(file, readFileSync(file, 'utf8').replaceAll('TODO: ', 'Filled in: '));
  const published = build(dir);
  assert.equal(published.status, 0, published.output);
  const html = readFileSync(path.join(published.outDir, 'guides/v0.3.0-to-v0.4.0/index.html'), 'utf8');
  for (const id of ['summary', 'who-is-affected', 'prerequisites', 'pre-migration-checklist', 'breaking-changes', 'migration-steps', 'validation', 'rollback', 'troubleshooting']) {
    assert.match(html, new RegExp(`<h2 id="${id}"`), id);
  }
  for (const id of ['change-describe-the-change', 'step-first-step', 'rollback-first-rollback-step']) assert.match(html, new RegExp(`id="${id}"`));
  assert.match(readFileSync(path.join(published.outDir, 'index.html'), 'utf8'), /data-guide="v0\.3\.0-to-v0\.4\.0"/);
  assert.ok(existsSync(path.join(published.outDir, 'upgrade/v0.1.0-to-v0.4.0/index.html')), 'joins the upgrade paths');
  assert.ok(records(published.outDir) > draftRecords, `the published guide's items are in the search index (${draftRecords} → ${records(published.outDir)})`);
});
