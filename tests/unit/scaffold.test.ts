import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PLACEHOLDER, guideTemplate, scaffoldProblem } from '../../src/lib/scaffold.ts';
import { guideSchema } from '../../src/lib/schemas.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';

const existing = new Set(['v0.2.0-to-v0.3.0']);

test('refuses a missing argument, bad semver, from ≥ to and an existing pair', () => {
  assert.match(scaffoldProblem('v0.3.0', undefined, existing)!, /^Usage: npm run new-guide -- <from> <to>/);
  assert.match(scaffoldProblem('0.3.0', 'v0.4.0', existing)!, /"0.3.0" is not a version: expected vMAJOR.MINOR.PATCH/);
  assert.match(scaffoldProblem('v0.3.0', 'v0.4', existing)!, /"v0.4" is not a version/);
  assert.match(
    scaffoldProblem('v0.4.0', 'v0.3.0', existing)!,
    /from must be below to: v0.4.0 → v0.3.0 is not an upgrade/,
  );
  assert.match(scaffoldProblem('v0.3.0', 'v0.3.0', existing)!, /not an upgrade/);
  assert.match(scaffoldProblem('v0.2.0', 'v0.3.0', existing)!, /content\/guides\/v0.2.0-to-v0.3.0.mdx already exists/);
  assert.equal(scaffoldProblem('v0.3.0', 'v0.4.0', existing), undefined);
});

test('the template is a valid draft, and its placeholders keep it from leaving draft', () => {
  const { frontmatter } = parseFrontmatter(guideTemplate('v0.3.0', 'v0.4.0', '2026-01-15'));
  assert.equal(guideSchema.safeParse(frontmatter).success, true);
  assert.equal((frontmatter as { draft: boolean }).draft, true);
  const published = guideSchema.safeParse({ ...frontmatter, draft: false });
  assert.deepEqual(
    published.error?.issues.map((issue) => issue.path.join('.')),
    ['breakingChanges.0.title', 'summary'],
  );
  assert.ok(published.error?.issues.every((issue) => issue.message.includes(PLACEHOLDER)));
});

test('the template has every standard section', () => {
  const sections = [...guideTemplate('v0.3.0', 'v0.4.0', '2026-01-15').matchAll(/^## (.+)$/gm)].map(
    (match) => match[1],
  );
  assert.deepEqual(sections, [
    'Summary',
    'Who is affected',
    'Prerequisites',
    'Pre-migration checklist',
    'Breaking changes',
    'Migration steps',
    'Validation',
    'Rollback',
    'Troubleshooting',
  ]);
});
