import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failOn, guideFileProblems, issueLinkProblems } from '../../src/lib/guide-rules.ts';

test('a version pair defined twice names both files', () => {
  const problems = guideFileProblems([
    { id: 'v0.1.0-to-v0.2.0', filePath: 'content/guides/v0.1.0-to-v0.2.0.mdx', from: 'v0.1.0', to: 'v0.2.0' },
    { id: 'copy', filePath: 'content/guides/copy.mdx', from: 'v0.1.0', to: 'v0.2.0' },
  ]);
  assert.match(
    problems[0]!,
    /^content\/guides\/copy.mdx: from\/to: the pair v0.1.0 → v0.2.0 is already defined by content\/guides\/v0.1.0-to-v0.2.0.mdx/,
  );
  assert.match(problems[1]!, /copy.mdx: from\/to say v0.1.0 → v0.2.0, so the file must be named v0.1.0-to-v0.2.0.mdx/);
  assert.equal(problems.length, 2);
});

test('a common issue must point at an existing guide and item', () => {
  const items = new Map([['v0.1.0-to-v0.2.0', new Set(['step-restart'])]]);
  const link = { issue: 'oom', filePath: 'content/issues/oom.md' };
  const problems = issueLinkProblems(
    [
      { ...link, guide: 'v0.1.0-to-v0.2.0', fragment: 'step-restart' },
      { ...link, guide: 'v9.0.0-to-v9.1.0', fragment: 'step-restart' },
      { ...link, guide: 'v0.1.0-to-v0.2.0', fragment: 'step-gone' },
    ],
    (guide) => items.get(guide),
  );
  assert.deepEqual(problems, [
    'content/issues/oom.md: related.guide "v9.0.0-to-v9.1.0": no such guide (expected the id of a guide, e.g. v0.2.0-to-v0.3.0)',
    'content/issues/oom.md: related.fragment "step-gone": no such item in v0.1.0-to-v0.2.0 (expected one of its step-, change-, rollback- or check- ids)',
  ]);
});

test('failOn reports every problem at once', () => {
  assert.doesNotThrow(() => failOn([]));
  assert.throws(() => failOn(['a', 'b']), { message: 'Content is invalid:\n- a\n- b' });
});
