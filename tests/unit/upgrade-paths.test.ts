import assert from 'node:assert/strict';
import { test } from 'node:test';
import { upgradePlans } from '../../src/lib/upgrade-paths.ts';
import { upgradePagePath } from '../../src/lib/urls.ts';

const guide = (from: string, to: string) => ({ from, to });
const chain = [guide('v0.1.0', 'v0.2.0'), guide('v0.2.0', 'v0.3.0'), guide('v0.3.0', 'v0.4.0')];
/** The hops of the plan from `from` to `to`, or undefined when no upgrade page is built for the pair. */
const hopsOf = (guides: readonly { from: string; to: string }[], from: string, to: string, maxHops?: number) =>
  upgradePlans(guides, maxHops)
    .find((plan) => plan.from === from && plan.to === to)
    ?.hops.map((hop) => `${hop.from}>${hop.to}`);

test('a direct pair is one hop; two hops are chained in order', () => {
  assert.deepEqual(hopsOf(chain, 'v0.2.0', 'v0.3.0'), ['v0.2.0>v0.3.0']);
  assert.deepEqual(hopsOf(chain, 'v0.1.0', 'v0.3.0'), ['v0.1.0>v0.2.0', 'v0.2.0>v0.3.0']);
});

test('the shortest chain wins when a guide skips a version', () => {
  const withShortcut = [...chain, guide('v0.1.0', 'v0.3.0')];
  assert.deepEqual(hopsOf(withShortcut, 'v0.1.0', 'v0.4.0'), ['v0.1.0>v0.3.0', 'v0.3.0>v0.4.0']);
});

test('a gap between guides is never bridged, and no downgrade is planned', () => {
  const gap = [guide('v0.1.0', 'v0.2.0'), guide('v0.3.0', 'v0.4.0')];
  assert.equal(hopsOf(gap, 'v0.1.0', 'v0.4.0'), undefined);
  assert.equal(hopsOf(chain, 'v0.3.0', 'v0.1.0'), undefined);
});

test('a cycle through a malformed downgrade guide ends, and the downgrade is not followed', () => {
  const cyclic = [...chain, guide('v0.3.0', 'v0.1.0')];
  assert.deepEqual(hopsOf(cyclic, 'v0.1.0', 'v0.4.0'), ['v0.1.0>v0.2.0', 'v0.2.0>v0.3.0', 'v0.3.0>v0.4.0']);
  assert.equal(hopsOf(cyclic, 'v0.3.0', 'v0.1.0'), undefined);
});

test('upgrade pages cover every pair within the hop limit, linearly', () => {
  const plans = upgradePlans(chain, 2).map((plan) => `${plan.from}>${plan.to}:${plan.hops.length}`);
  assert.deepEqual(plans, [
    'v0.1.0>v0.2.0:1',
    'v0.1.0>v0.3.0:2',
    'v0.2.0>v0.3.0:1',
    'v0.2.0>v0.4.0:2',
    'v0.3.0>v0.4.0:1',
  ]);
  const long = Array.from({ length: 100 }, (_, i) => guide(`v0.${i}.0`, `v0.${i + 1}.0`));
  assert.equal(upgradePlans(long, 4).length, 100 + 99 + 98 + 97);
});

test('a single guide is read on its own page; a chain of guides on a plan page', () => {
  const pages = upgradePlans(chain, 2).map((plan) => upgradePagePath(plan.from, plan.to, plan.hops.length));
  assert.deepEqual(pages.slice(0, 2), ['guides/v0.1.0-to-v0.2.0/', 'upgrade/v0.1.0-to-v0.3.0/']);
});
