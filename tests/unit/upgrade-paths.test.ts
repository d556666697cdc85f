import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planUpgrade, upgradePlans } from '../../src/lib/upgrade-paths.ts';

const guide = (from: string, to: string) => ({ from, to });
const chain = [guide('v0.1.0', 'v0.2.0'), guide('v0.2.0', 'v0.3.0'), guide('v0.3.0', 'v0.4.0')];
const hopsOf = (plan: ReturnType<typeof planUpgrade>) =>
  plan.ok ? plan.hops.map((hop) => `${hop.from}>${hop.to}`) : plan.reason;

test('a direct pair is one hop', () => {
  assert.deepEqual(hopsOf(planUpgrade(chain, 'v0.2.0', 'v0.3.0')), ['v0.2.0>v0.3.0']);
});

test('two hops are chained in order', () => {
  assert.deepEqual(hopsOf(planUpgrade(chain, 'v0.1.0', 'v0.3.0')), ['v0.1.0>v0.2.0', 'v0.2.0>v0.3.0']);
});

test('the shortest chain wins when a guide skips a version', () => {
  const withShortcut = [...chain, guide('v0.1.0', 'v0.3.0')];
  assert.deepEqual(hopsOf(planUpgrade(withShortcut, 'v0.1.0', 'v0.4.0')), ['v0.1.0>v0.3.0', 'v0.3.0>v0.4.0']);
});

test('an unreachable pair reports the gap instead of bridging it', () => {
  const gap = [guide('v0.1.0', 'v0.2.0'), guide('v0.3.0', 'v0.4.0')];
  assert.equal(
    hopsOf(planUpgrade(gap, 'v0.1.0', 'v0.4.0')),
    'No chain of guides from v0.1.0 to v0.4.0: guides reach from v0.1.0 up to v0.2.0',
  );
  assert.equal(
    hopsOf(planUpgrade(gap, 'v0.5.0', 'v0.6.0')),
    'No chain of guides from v0.5.0 to v0.6.0: no guide starts at v0.5.0',
  );
});

test('a downgrade is refused', () => {
  assert.match(String(hopsOf(planUpgrade(chain, 'v0.3.0', 'v0.1.0'))), /not an upgrade: downgrades are not supported/);
  assert.match(String(hopsOf(planUpgrade(chain, 'v0.3.0', 'v0.3.0'))), /not an upgrade/);
});

test('a cycle through a malformed downgrade guide ends, and a duplicate pair is reported', () => {
  const cyclic = [...chain, guide('v0.3.0', 'v0.1.0')];
  assert.deepEqual(hopsOf(planUpgrade(cyclic, 'v0.1.0', 'v0.4.0')), [
    'v0.1.0>v0.2.0',
    'v0.2.0>v0.3.0',
    'v0.3.0>v0.4.0',
  ]);
  const duplicate = [...chain, guide('v0.2.0', 'v0.3.0')];
  assert.equal(hopsOf(planUpgrade(duplicate, 'v0.1.0', 'v0.3.0')), 'v0.2.0 → v0.3.0 is defined twice');
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
