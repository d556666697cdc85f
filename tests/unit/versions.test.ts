import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareVersions, newestFirst, pairId, parseVersion } from '../../src/lib/versions.ts';

test('parses vMAJOR.MINOR.PATCH and rejects everything else', () => {
  assert.deepEqual(parseVersion('v0.10.2'), [0, 10, 2]);
  for (const bad of ['0.1.0', 'v0.1', 'v0.1.0-rc.1', 'v01.0.0', 'V0.1.0', 'v0.1.0 ', '']) {
    assert.equal(parseVersion(bad), undefined, bad);
  }
});

test('compares numerically, not as strings', () => {
  assert.ok(compareVersions('v0.10.0', 'v0.9.0') > 0);
  assert.ok(compareVersions('v1.0.0', 'v0.99.99') > 0);
  assert.ok(compareVersions('v0.2.1', 'v0.2.0') > 0);
  assert.equal(compareVersions('v0.3.0', 'v0.3.0'), 0);
  assert.throws(() => compareVersions('v0.3', 'v0.3.0'), /Not a version: v0.3 \(expected vMAJOR.MINOR.PATCH\)/);
});

test('orders guides newest first by target, then by source', () => {
  const pairs = [
    { from: 'v0.1.0', to: 'v0.2.0' },
    { from: 'v0.9.0', to: 'v0.10.0' },
    { from: 'v0.2.0', to: 'v0.9.0' },
    { from: 'v0.1.0', to: 'v0.9.0' },
  ];
  assert.deepEqual(
    newestFirst(pairs, (pair) => pair).map((pair) => pairId(pair.from, pair.to)),
    ['v0.9.0-to-v0.10.0', 'v0.2.0-to-v0.9.0', 'v0.1.0-to-v0.9.0', 'v0.1.0-to-v0.2.0'],
  );
});
