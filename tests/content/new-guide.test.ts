import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FIXTURES, buildContent } from '../support/build-fixture.ts';
import { loadBuiltSearch } from '../support/pagefind-node.ts';
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

test('a scaffolded guide stays out of the build as a draft, refuses to publish with placeholders, renders every section once filled', async () => {
  const dir = corpus();
  for (const [from, to] of [['v0.3.0', 'v0.4.0'], ['v0.4.0', 'v0.5.0']] as const) {
    const created = scaffold(dir, from, to);
    assert.equal(created.status, 0, created.output);
  }
  // The first is finished and published; the second stays a draft, so one build shows both.
  const file = path.join(dir, 'guides/v0.3.0-to-v0.4.0.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
  const unfinished = await build(dir);
  assert.notEqual(unfinished.status, 0);
  assert.match(unfinished.output, /v0\.3\.0-to-v0\.4\.0/);
  assert.match(unfinished.output, /expected the TODO: placeholder replaced before the guide leaves draft/);
  assert.doesNotMatch(unfinished.output, /v0\.4\.0-to-v0\.5\.0/, 'a draft may keep its placeholders');

  writeFileSync(file, readFileSync(file, 'utf8').replaceAll('TODO: ', 'Filled in: '));
  const { status, output, outDir } = await build(dir);
  assert.equal(status, 0, output);
  const html = readFileSync(path.join(outDir, 'guides/v0.3.0-to-v0.4.0/index.html'), 'utf8');
  for (const id of ['summary', 'who-is-affected', 'prerequisites', 'pre-migration-checklist', 'breaking-changes', 'migration-steps', 'validation', 'rollback', 'troubleshooting']) {
    assert.match(html, new RegExp(`<h2 id="${id}"`), id);
  }
  for (const id of ['change-describe-the-change', 'step-first-step', 'rollback-first-rollback-step']) assert.match(html, new RegExp(`id="${id}"`));
  const index = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  assert.match(index, /data-guide="v0\.3\.0-to-v0\.4\.0"/);
  assert.ok(existsSync(path.join(outDir, 'upgrade/v0.1.0-to-v0.4.0/index.html')), 'joins the upgrade paths');

  assert.equal(existsSync(path.join(outDir, 'guides/v0.4.0-to-v0.5.0')), false, 'a draft is not published');
  assert.doesNotMatch(index, /v0\.4\.0-to-v0\.5\.0/);
  assert.equal(existsSync(path.join(outDir, 'upgrade/v0.1.0-to-v0.5.0')), false, 'nor part of an upgrade path');

  // Search has the published guide's items, and none of the draft's (whose text still says TODO).
  const search = await loadBuiltSearch(outDir);
  const filled = (await search.search('Filled in')).hits.map((hit) => hit.url);
  assert.ok(filled.length > 0 && filled.every((url) => url.startsWith('/guides/v0.3.0-to-v0.4.0/#')), filled.join(', '));
  const vocabulary = JSON.parse(readFileSync(path.join(outDir, 'pagefind/vocabulary.json'), 'utf8')) as string[];
  assert.ok(vocabulary.includes('filled') && !vocabulary.includes('todo'), 'no word of the draft is searchable');
});
