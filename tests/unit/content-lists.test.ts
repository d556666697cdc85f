import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readGuides, readIssues } from '../support/content.ts';
import { scratchDir } from '../support/scratch.ts';

/** The browser tests generate one test per guide and issue: with none, they must fail rather than pass empty. */
test('the content lists the tests are generated from refuse to be empty', () => {
  const dir = scratchDir('empty-content-');
  mkdirSync(path.join(dir, 'guides'));
  mkdirSync(path.join(dir, 'issues'));
  assert.throws(() => readGuides(dir), /No .*guides\/\*\.mdx found/);
  assert.throws(() => readIssues(dir), /No .*issues\/\*\.md found/);
  writeFileSync(path.join(dir, 'guides', 'v0.1.0-to-v0.2.0.mdx'), '---\nfrom: v0.1.0\nto: v0.2.0\ndraft: true\n---\n');
  assert.throws(() => readGuides(dir), /No published guide/, 'a draft is not published');
});

test('the real content has guides and issues to test', () => {
  assert.ok(readGuides().length > 0);
  assert.ok(readIssues().length > 0);
});
