import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guidesJson, guidesJsonSchema } from '../../src/lib/guides-json.ts';
import { itemLabel, slugWords } from '../../src/lib/items.ts';
import { parseGuideFileLink, withBase } from '../../src/lib/urls.ts';

test('links written as the seed writes them resolve to guide ids', () => {
  assert.deepEqual(parseGuideFileLink('./v0.2.0-to-v0.3.0.md'), { id: 'v0.2.0-to-v0.3.0', hash: '' });
  assert.deepEqual(parseGuideFileLink('./v0.2.0-to-v0.3.0.mdx#step-x'), { id: 'v0.2.0-to-v0.3.0', hash: '#step-x' });
  assert.equal(parseGuideFileLink('./README.md'), undefined);
  assert.equal(parseGuideFileLink('https://example.org/v0.1.0-to-v0.2.0.md'), undefined);
});

test('every internal URL carries the base path', () => {
  assert.equal(withBase('/', '/guides/x/'), '/guides/x/');
  assert.equal(withBase('/docs/migrations/', 'guides/x/'), '/docs/migrations/guides/x/');
  assert.equal(withBase('/docs/migrations', '/issues/'), '/docs/migrations/issues/');
});

test('checklist ids come from the first words of the item', () => {
  assert.equal(slugWords('Backup all databases and configurations'), 'backup-all-databases-and-configurations');
  assert.equal(slugWords('Run `VACUUM ANALYZE;` on the catalog (PostgreSQL 15+) now, then verify it twice'), 'run-vacuum-analyze-on-the-catalog');
});

test('steps read as a ticket would say them', () => {
  assert.equal(itemLabel({ kind: 'step', number: 4, title: 'Migrate the catalog' }), 'Step 4: Migrate the catalog');
  assert.equal(itemLabel({ kind: 'rollback', number: 2, title: 'Restore' }), 'Rollback step 2: Restore');
  assert.equal(itemLabel({ kind: 'change', number: 1, title: 'ANSI casts' }), 'ANSI casts');
});

test('guides.json has absolute URLs and matches its documented shape', () => {
  const data = {
    from: 'v0.1.0',
    to: 'v0.2.0',
    severity: 'moderate' as const,
    estimatedMinutes: { min: 15, max: 30 },
    releaseDate: new Date('2025-03-04'),
    summary: 'S',
    breakingChanges: [{ id: 'job-api', type: 'api' as const, title: 'Job API' }],
    checks: [],
    aliases: {},
    draft: false,
    roles: [{ id: 'operator', name: 'Platform operator', who: 'Operate the platform', does: 'Runs the window', affectedBy: [] }],
    downtimeMinutes: 30,
    soak: { days: 7, reason: 'One scheduling cycle' },
    shareWindowWithNext: false,
    rollbackCriteria: ['The API is not healthy'],
  };
  const json = guidesJson([{ id: 'v0.1.0-to-v0.2.0', data }], new URL('https://docs.example.org'), '/docs/migrations/');
  assert.equal(guidesJsonSchema.safeParse(json).success, true);
  assert.equal(json.guides[0]!.breakingChanges[0]!.url, 'https://docs.example.org/docs/migrations/guides/v0.1.0-to-v0.2.0/#change-job-api');
  assert.equal(json.guides[0]!.releaseDate, '2025-03-04');
  assert.equal(json.guides[0]!.validationScript, 'https://docs.example.org/docs/migrations/guides/v0.1.0-to-v0.2.0/validate.sh');
});
