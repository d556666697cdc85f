import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PageItem } from '../../src/lib/items.ts';
import { phaseSummary, pointsOfNoReturn, tickableItems } from '../../src/lib/runbook.ts';
import { runbookProblems } from '../../src/lib/runbook-rules.ts';

const step = (id: string, phase: PageItem['phase'], minutes: number, extra: Partial<PageItem> = {}): PageItem => ({
  kind: 'step',
  fragment: `step-${id}`,
  title: id,
  number: 1,
  phase,
  minutes,
  owner: 'operator',
  ...extra,
});
const rollback: PageItem = {
  kind: 'rollback',
  fragment: 'rollback-restore',
  title: 'Restore',
  number: 1,
  minutes: 20,
  owner: 'operator',
};
const facts = { roles: [{ id: 'operator' }, { id: 'dba' }], estimatedMinutes: { min: 10, max: 30 } };
const messages = (items: PageItem[], guide = facts) =>
  runbookProblems(items, guide).map(
    (problem) => `${problem.item?.fragment ?? 'guide'} ${problem.field}: ${problem.message}`,
  );

test('a runbook in order, with known owners and a way back, has no problems', () => {
  const items = [
    step('prepare', 'before', 60),
    step('migrate', 'window', 15, { irreversible: true }),
    step('finalize', 'after', 5),
    rollback,
  ];
  assert.deepEqual(messages(items), []);
});

test('phases out of order name the item and the phase it follows', () => {
  assert.deepEqual(messages([step('a', 'window', 15), step('b', 'before', 5), rollback]), [
    'step-b phase: "before" comes after step-a (phase "window"): expected phases in the order before → window → after',
  ]);
});

test('an owner outside the roles is named with the roles it could be', () => {
  assert.deepEqual(messages([step('a', 'window', 15, { owner: 'dab' })]), [
    'step-a owner: "dab" is not one of the guide\'s roles (expected one of: operator, dba)',
  ]);
});

test('a point of no return needs rollback steps', () => {
  assert.deepEqual(messages([step('migrate', 'window', 15, { irreversible: true })]), [
    'step-migrate irreversible: expected rollback steps (<RollbackStep>) in this guide: the way back before this point',
  ]);
});

test('window minutes are checked against the estimate, not derived from it', () => {
  assert.deepEqual(messages([step('a', 'window', 20), step('b', 'window', 20), step('c', 'after', 90)]), [
    "guide estimatedMinutes: the window's steps and checks add up to 40 minutes: expected a total within the estimate 10–30 (change the estimate or the items' minutes)",
  ]);
  assert.deepEqual(messages([step('a', 'window', 5)]).length, 1);
  assert.deepEqual(messages([step('a', 'before', 500)]), [], 'work before the window is not in the estimate');
});

test('phase summaries count steps and checks, ticking covers checklist, steps and checks, never rollback', () => {
  const check: PageItem = { kind: 'check', fragment: 'check-backup', title: 'Backup', number: 1, phase: 'before' };
  const verify: PageItem = {
    kind: 'validation',
    fragment: 'verify-health',
    title: 'Health',
    number: 1,
    phase: 'window',
    minutes: 2,
  };
  const items = [check, step('a', 'before', 30), step('b', 'window', 10, { irreversible: true }), verify, rollback];
  assert.deepEqual(phaseSummary(items, 'before'), { count: 1, minutes: 30 });
  assert.deepEqual(phaseSummary(items, 'window'), { count: 2, minutes: 12 });
  assert.deepEqual(
    tickableItems(items).map((item) => item.fragment),
    ['check-backup', 'step-a', 'step-b', 'verify-health'],
  );
  assert.deepEqual(
    pointsOfNoReturn(items).map((item) => item.fragment),
    ['step-b'],
  );
});
