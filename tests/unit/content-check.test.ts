import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/content-check.ts';
import { FIXTURES, prepareContent } from '../support/build-fixture.ts';
import { BUILT, CHECKED } from '../support/bad-fixtures.ts';

async function problemsOf(name?: string): Promise<string> {
  const contentDir = prepareContent(name);
  return (await checkContent({ contentDir, publicDir: path.resolve('public') })).join('\n');
}

test('every bad fixture is checked here or built in tests/content, exactly once', () => {
  const fixtures = readdirSync(path.join(FIXTURES, 'bad')).sort();
  const covered = [...Object.keys(CHECKED), ...Object.keys(BUILT)].sort();
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
