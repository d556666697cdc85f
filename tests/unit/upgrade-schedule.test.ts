import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PageItem } from '../../src/lib/items.ts';
import { scheduleUpgrade, type ScheduledHop } from '../../src/lib/upgrade-schedule.ts';

const item = (fragment: string, phase: PageItem['phase'], minutes: number, irreversible = false): PageItem => ({
  kind: 'step',
  fragment,
  title: fragment,
  number: 1,
  phase,
  minutes,
  irreversible,
});
const hop = (guide: string, items: PageItem[], extra: Partial<ScheduledHop<string>> = {}): ScheduledHop<string> => ({
  guide,
  items,
  downtimeMinutes: 30,
  soak: { days: 7, reason: `soak after ${guide}` },
  shareWindowWithNext: false,
  ...extra,
});

const first = hop('a', [item('step-prepare', 'before', 20), item('step-deploy', 'window', 25)]);
const second = hop(
  'b',
  [
    item('step-ansi', 'before', 120),
    item('step-migrate', 'window', 48, true),
    item('step-finalize', 'after', 10, true),
  ],
  {
    downtimeMinutes: 50,
  },
);

test('one window per guide, with the soak between them and the truth about calendar time', () => {
  const plan = scheduleUpgrade([first, second]);
  assert.deepEqual(
    plan.windows.map((window) => [
      window.hops.map((h) => h.guide),
      window.downtimeMinutes,
      window.windowMinutes,
      window.soakAfter?.days,
    ]),
    [
      [['a'], 30, 25, 7],
      [['b'], 50, 48, undefined],
    ],
  );
  assert.equal(plan.calendarDays, 14, '7 days between the windows, 7 more before the finalize');
  assert.equal(plan.handsOnMinutes, 20 + 25 + 120 + 48 + 10);
  assert.equal(plan.beforeMinutes, 140);
  assert.deepEqual(
    plan.pointsOfNoReturn.map(({ guide, item: step }) => `${guide}#${step.fragment}`),
    ['b#step-migrate', 'b#step-finalize'],
  );
});

test('guides that allow it share one window, and their downtime adds up', () => {
  const plan = scheduleUpgrade([{ ...first, shareWindowWithNext: true }, second]);
  assert.equal(plan.windows.length, 1);
  assert.equal(plan.windows[0]!.downtimeMinutes, 80);
  assert.equal(plan.windows[0]!.windowMinutes, 73);
  assert.equal(plan.calendarDays, 7);
});

test('a last guide with nothing after its window adds no wait', () => {
  assert.equal(scheduleUpgrade([first]).calendarDays, 0);
});
