import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { buildPhases, parseGnuTime } from '../../scripts/bench/logs.ts';
import { watchTree } from '../../scripts/bench/memory.ts';
import {
  formatBytes,
  formatMs,
  growthVsGuides,
  isLinear,
  marginalPerGuide,
  median,
  verdict,
} from '../../scripts/bench/stats.ts';

test('median of odd and even counts, without reordering the input', () => {
  const values = [5, 1, 3];
  assert.equal(median(values), 3);
  assert.deepEqual(values, [5, 1, 3]);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

test('marginal cost per guide cancels the fixed cost', () => {
  const points = [10, 100, 1000].map((guides) => ({ guides, value: 600_000 + guides * 150_000 }));
  assert.deepEqual(marginalPerGuide(points), [150_000, 150_000]);
  assert.equal(isLinear(points), true);
});

test('growth faster than the corpus is not linear; two sizes cannot tell', () => {
  const quadratic = [10, 100, 1000].map((guides) => ({ guides, value: guides * guides }));
  assert.equal(isLinear(quadratic), false);
  assert.equal(isLinear(quadratic.slice(0, 2)), undefined);
  assert.deepEqual(growthVsGuides({ guides: 10, value: 2 }, { guides: 100, value: 9 }), {
    ratio: 4.5,
    guidesRatio: 10,
  });
});

test('formats decimal bytes and milliseconds', () => {
  assert.equal(formatBytes(999), '999 B');
  assert.equal(formatBytes(25_000), '25.0 KB');
  assert.equal(formatBytes(169_479_851), '169.48 MB');
  assert.equal(formatMs(168.6), '169 ms');
  assert.equal(formatMs(18_500), '18.5 s');
});

test('a budget is met at the limit and missed above it', () => {
  assert.equal(verdict(25_000, 25_000), 'met');
  assert.equal(verdict(25_001, 25_000), 'MISSED');
  assert.equal(verdict(undefined, 1), 'not measured');
});

test('reads build phases from the log timestamps, colours and all', () => {
  const log = [
    '\u001b[2m23:59:50\u001b[22m [content] Syncing content',
    '23:59:55 [content] Synced content',
    '23:59:55 [build] ✓ Completed in 5.1s.',
    '00:00:20 [build] Rearranging server assets...',
    ' generating static routes ',
    '00:00:21   ├─ /index.html (+10ms)',
    '00:00:30 ✓ Completed in 10.0s.',
    '00:00:31 [site-checks] 48 pages, 3301 links and every published permalink check out',
    '00:00:35 [pagefind] indexed 48 pages',
  ].join('\n');
  assert.deepEqual(buildPhases(log), { contentSyncS: 5, bundleS: 25, renderS: 10, siteChecksS: 1, pagefindS: 4 });
  assert.equal(buildPhases('12:00:00 [build] Complete!'), undefined);
});

test('reads the largest process from /usr/bin/time -v', () => {
  const report = [
    '\tCommand being timed: "astro build"',
    '\tUser time (seconds): 79.39',
    '\tSystem time (seconds): 12.55',
    '\tElapsed (wall clock) time (h:mm:ss or m:ss): 2:21.56',
    '\tMaximum resident set size (kbytes): 730500',
  ].join('\n');
  assert.equal(parseGnuTime(report).maxRssBytes, 730500 * 1024);
  assert.deepEqual(parseGnuTime(''), { maxRssBytes: undefined });
});

test("the process tree is watched whole: a grandchild's CPU time counts, as Pagefind's binary under the build", async () => {
  // sh runs a busy loop as its own child, as astro runs Pagefind's binary. The loop counts its own CPU time, not the
  // clock's, so a busy machine (other tests running beside this one) cannot starve it below what is asserted.
  const child = spawn('sh', [
    '-c',
    `${JSON.stringify(process.execPath)} -e "while (process.cpuUsage().user < 400_000);" & wait`,
  ]);
  const tree = watchTree(child.pid!, 20);
  await new Promise((resolve) => child.on('close', resolve));
  const { cpuMs, peakRssBytes } = tree.stop();
  assert.ok(cpuMs >= 250, `expected the loop's ~400 ms of CPU, got ${cpuMs} ms`);
  assert.ok(peakRssBytes > 10_000_000, `expected node's memory in the peak, got ${peakRssBytes} bytes`);
});
