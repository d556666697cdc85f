import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FIXTURES, testProject } from '../support/build-fixture.ts';
import { scratchDir } from '../support/scratch.ts';

/** Runs `npm run new-guide` against a copy of the fixture corpus, then builds it as an author would. */
function corpus() {
  const dir = scratchDir('new-guide-');
  cpSync(path.join(FIXTURES, 'content'), dir, { recursive: true });
  return dir;
}
const run = (script: string, contentDir: string, ...args: string[]) => {
  const outDir = path.join(contentDir, '..', `${path.basename(contentDir)}-dist`);
  // The scaffold runs in the project, as an author runs it; builds run in this process's copy of the site.
  const result = spawnSync('npm', ['run', script, '--silent', '--', ...args], {
    cwd: script === 'build' ? testProject() : undefined,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
};

test('refusals name the problem and write nothing', () => {
  const dir = corpus();
  for (const [args, expected] of [
    [['v0.1.0', 'v0.2.0'], /already exists/],
    [['v0.3', 'v0.4.0'], /"v0.3" is not a version/],
    [['v0.4.0', 'v0.3.0'], /from must be below to/],
  ] as const) {
    const { status, output } = run('new-guide', dir, ...args);
    assert.equal(status, 1, output);
    assert.match(output, expected);
  }
  assert.equal(existsSync(path.join(dir, 'guides/v0.4.0-to-v0.3.0.mdx')), false);
});

test('a scaffolded guide stays out of the build as a draft, refuses to publish with placeholders, renders every section once filled', () => {
  const dir = corpus();
  const created = run('new-guide', dir, 'v0.3.0', 'v0.4.0');
  assert.equal(created.status, 0, created.output);
  const file = path.join(dir, 'guides/v0.3.0-to-v0.4.0.mdx');

  const draft = run('build', dir);
  assert.equal(draft.status, 0, draft.output);
  assert.equal(existsSync(path.join(draft.outDir, 'guides/v0.3.0-to-v0.4.0')), false, 'a draft is not published');
  // Search indexes items (steps, changes, checks, issues), one record each: publishing the guide adds its own.
  const records = (outDir: string) =>
    JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')).languages.en.page_count as number;
  const draftRecords = records(draft.outDir);

  writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
  const unfinished = run('build', dir);
  assert.notEqual(unfinished.status, 0);
  assert.match(unfinished.output, /v0\.3\.0-to-v0\.4\.0/);
  assert.match(unfinished.output, /expected the TODO: placeholder replaced before the guide leaves draft/);

  writeFileSync(file, readFileSync(file, 'utf8').replaceAll('TODO: ', 'Filled in: '));
  const published = run('build', dir);
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
