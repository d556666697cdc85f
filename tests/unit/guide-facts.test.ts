import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { z } from 'astro/zod';
import { headerFacts, planFacts, tableColumns, tableRow, type GuideRef } from '../../src/lib/guide-facts.ts';
import { guideSchema } from '../../src/lib/schemas.ts';

/** Parsed as a build would, so fields with defaults need not be listed. */
function guide(from: string, to: string, facts: Partial<z.input<typeof guideSchema>>): GuideRef {
  const data = guideSchema.parse({
    from,
    to,
    severity: 'minor',
    estimatedMinutes: { min: 1, max: 2 },
    releaseDate: '2025-03-04',
    summary: 'S',
    roles: [
      {
        id: 'operator',
        name: 'Platform operator',
        who: 'Operate the platform',
        does: 'Runs the window',
        affectedBy: [],
      },
    ],
    downtimeMinutes: 30,
    soak: { days: 7, reason: 'One scheduling cycle' },
    rollbackCriteria: ['The API is not healthy'],
    ...facts,
  });
  return { id: `${from}-to-${to}`, data };
}
const first = guide('v0.1.0', 'v0.2.0', {
  severity: 'moderate',
  estimatedMinutes: { min: 15, max: 30 },
  breakingChanges: [{ id: 'job-api', type: 'api', title: 'Job API' }],
});
const second = guide('v0.2.0', 'v0.3.0', {
  severity: 'critical',
  estimatedMinutes: { min: 30, max: 60 },
  breakingChanges: [
    { id: 'casts', type: 'schema', title: 'Casts' },
    { id: 'catalog', type: 'data-format', title: 'Catalog' },
  ],
});
/** The texts of the named facts: a fact added later does not change what these tests pin. */
const texts = (facts: { key: string; text: string }[], keys: string[]) =>
  Object.fromEntries(facts.filter((fact) => keys.includes(fact.key)).map((fact) => [fact.key, fact.text]));

test('the index table starts with the seed columns, in the seed order', () => {
  assert.deepEqual(
    tableColumns.slice(0, 5).map((column) => column.heading),
    ['From', 'To', 'Guide', 'Breaking Changes', 'Estimated Time'],
  );
  assert.deepEqual(
    tableRow(first)
      .slice(0, 5)
      .map((fact) => fact.text),
    ['v0.1.0', 'v0.2.0', 'Migration Guide', 'Moderate', '15–30 minutes'],
  );
  assert.equal(tableRow(first).length, tableColumns.length);
  assert.deepEqual(tableRow(first)[2]!.value, {
    path: 'guides/v0.1.0-to-v0.2.0/',
    text: 'Migration Guide',
    context: 'v0.1.0 → v0.2.0',
  });
});

test("a guide's header shows severity, time, release date and its number of breaking changes", () => {
  assert.deepEqual(texts(headerFacts(second), ['severity', 'estimatedMinutes', 'releaseDate', 'breakingChangeCount']), {
    severity: 'Critical',
    estimatedMinutes: '30–60 minutes',
    releaseDate: '2025-03-04',
    breakingChangeCount: '2 breaking',
  });
  assert.equal(headerFacts(second).find((fact) => fact.key === 'releaseDate')!.kind, 'date');
});

test('a plan adds times and changes up, keeps the worst severity and counts its guides', () => {
  assert.deepEqual(
    texts(planFacts([first, second]), ['severity', 'estimatedMinutes', 'breakingChangeCount', 'guides']),
    {
      severity: 'Critical',
      estimatedMinutes: '45–90 minutes',
      breakingChangeCount: '3 breaking',
      guides: '2',
    },
  );
  assert.equal(
    texts(planFacts([guide('v1.0.0', 'v1.1.0', { severity: 'none' }), first]), ['severity']).severity,
    'Moderate',
  );
  assert.equal(planFacts([first, second]).at(-1)!.key, 'guides');
  assert.deepEqual(planFacts([]), []);
});
