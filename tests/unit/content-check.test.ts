import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { checkContent, contentFileProblems } from '../../src/lib/content-check.ts';
import { guideTemplate } from '../../src/lib/scaffold.ts';
import { FIXTURES, prepareContent } from '../support/build-fixture.ts';
import { BUILT, CHECKED, COMPILED } from '../support/bad-fixtures.ts';

async function problemsOf(name?: string): Promise<string> {
  const contentDir = prepareContent(name);
  return (await checkContent({ contentDir, publicDir: path.resolve('public') })).join('\n');
}

test('every bad fixture is checked here, compiled or built, exactly once', () => {
  const fixtures = readdirSync(path.join(FIXTURES, 'bad')).sort();
  const covered = [...Object.keys(CHECKED), ...Object.keys(COMPILED), ...Object.keys(BUILT)].sort();
  assert.deepEqual(covered, fixtures);
});

test('the base corpus and the real content pass the content check', async () => {
  assert.equal(await problemsOf(), '');
  assert.deepEqual(await checkContent({ contentDir: path.resolve('content'), publicDir: path.resolve('public') }), []);
});

for (const [name, expected] of Object.entries(CHECKED)) {
  test(`content check refuses bad/${name}`, async () => {
    const problems = await problemsOf(`bad/${name}`);
    for (const pattern of expected) assert.match(problems, pattern);
  });
}

for (const name of readdirSync(path.join(FIXTURES, 'bad')).filter((fixture) => !(fixture in CHECKED))) {
  test(`bad/${name} passes the content check (it is caught once pages render)`, async () => {
    assert.equal(await problemsOf(`bad/${name}`), '');
  });
}

test('one file at a time, as the dev overlay checks it on save: file, line and what was expected', () => {
  const dirs = { contentDir: '/c', publicDir: path.resolve('public') };
  const guide = guideTemplate('v0.3.0', 'v0.4.0', '2026-01-15');
  assert.deepEqual(contentFileProblems('/c/guides/v0.3.0-to-v0.4.0.mdx', guide, dirs), []);
  assert.deepEqual(
    contentFileProblems(
      '/c/guides/v0.3.0-to-v0.4.0.mdx',
      guide.replace('severity: moderate', 'severity: severe'),
      dirs,
    ),
    ['/c/guides/v0.3.0-to-v0.4.0.mdx:4: severity: expected one of: critical, moderate, minor, none'],
  );
  assert.match(
    contentFileProblems('/c/guides/x.mdx', '---\nfrom: [\n---\n\nText\n', dirs)[0]!,
    /^\/c\/guides\/x\.mdx:3: the frontmatter is not valid YAML/,
  );
  assert.match(
    contentFileProblems('/c/guides/x.mdx', `${guide}\n{process.env.HOME}\n`, dirs).join('\n'),
    /^\/c\/guides\/x\.mdx:\d+:1: `\{process\.env\.HOME\}` is a JavaScript expression/m,
  );
  assert.match(
    contentFileProblems('/c/issues/x.md', '---\ntitle: T\n---\n<script>x</script>\n', dirs).join('\n'),
    /\/c\/issues\/x\.md:4:1: <script> is not allowed/,
  );
  assert.deepEqual(contentFileProblems('/c/notes.txt', 'anything', dirs), []);
});
