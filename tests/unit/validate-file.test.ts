import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guideTemplate } from '../../src/lib/scaffold.ts';
import { frontmatterProblems } from '../../src/lib/validate-file.ts';

test('the dev overlay names the file, the field and what was expected', () => {
  const guide = guideTemplate('v0.3.0', 'v0.4.0', '2026-01-15');
  assert.deepEqual(frontmatterProblems('/c/guides/v0.3.0-to-v0.4.0.mdx', guide), []);
  assert.deepEqual(frontmatterProblems('/c/guides/v0.3.0-to-v0.4.0.mdx', guide.replace('severity: moderate', 'severity: severe')), [
    '/c/guides/v0.3.0-to-v0.4.0.mdx: severity: expected one of: critical, moderate, minor, none',
  ]);
  assert.match(frontmatterProblems('/c/guides/x.mdx', '---\nfrom: [\n---\n')[0]!, /^\/c\/guides\/x.mdx: frontmatter is not valid YAML/);
  assert.deepEqual(frontmatterProblems('/c/home.mdx', '---\nanything: 1\n---\n'), []);
});
