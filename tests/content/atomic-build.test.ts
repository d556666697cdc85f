import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { headersFor, readHeaderRules } from '../../src/lib/headers-file.ts';
import { BUILT } from '../support/bad-fixtures.ts';
import { FIXTURES, buildFixture, killBuildAt, testProject } from '../support/build-fixture.ts';
import { scratchDir } from '../support/scratch.ts';
import { leaksIn } from '../support/leaks.ts';

/** Every file of a folder with its SHA-256, so "untouched" means byte-identical. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return files;
}

const outDir = path.join(scratchDir('atomic-'), 'dist');

test('a build that fails its checks, and a build killed halfway, leave the previous output byte-identical', async () => {
  const first = await buildFixture(undefined, {}, outDir);
  assert.equal(first.status, 0, first.output);
  assert.deepEqual(leaksIn(outDir, []), []);
  const before = snapshot(outDir);
  assert.ok(Object.keys(before).some((file) => file.startsWith('pagefind/')), 'the good build has its search index');

  // Fails in the site checks, after every page was written (to the staging folder).
  const failed = await buildFixture('bad/duplicate-ids', {}, outDir);
  assert.notEqual(failed.status, 0, failed.output);
  for (const pattern of BUILT['duplicate-ids']!) assert.match(failed.output, pattern);
  assert.deepEqual(snapshot(outDir), before, 'a failed build changed the previous output');

  // Killed while pages are being written.
  const output = await killBuildAt(/generating static routes/i, outDir, 'good/third-guide');
  assert.match(output, /generating static routes/i);
  assert.deepEqual(snapshot(outDir), before, 'a killed build changed the previous output');
  assert.ok(readdirSync(path.dirname(outDir)).some((name) => name.startsWith('.dist.building-')), 'the killed build left its staging folder');

  // The next build tidies what the killed one left, and replaces the output.
  const next = await buildFixture('good/third-guide', {}, outDir);
  assert.equal(next.status, 0, next.output);
  assert.match(next.output, /removed \.dist\.building-\d+, left by an interrupted build/);
  assert.deepEqual(readdirSync(path.dirname(outDir)), ['dist']);
  assert.ok(Object.keys(snapshot(outDir)).includes('guides/v0.3.0-to-v0.10.0/index.html'));
});

test('OUT_DIR=content is refused and content/ is untouched, even with a content error', async () => {
  // The content/ folder of the site copy the fixtures build in, filled like a real one.
  const content = path.join(testProject(), 'content');
  cpSync(path.join(FIXTURES, 'content'), content, { recursive: true });
  const before = snapshot(content);
  const { status, output } = await buildFixture('bad/env-expression', {}, content);
  assert.notEqual(status, 0);
  assert.match(output, /refused to build: OUT_DIR=.*content\/? is inside content\/, which holds sources: expected a folder of its own, such as dist/);
  assert.deepEqual(snapshot(content), before);
  // The project itself, src/, tests/ and foreign folders: tests/unit/output-dir.test.ts.
});

test('npm run preview serves with the headers of dist/_headers', async () => {
  const expected = headersFor(readHeaderRules(outDir), '/');
  assert.match(expected['Content-Security-Policy'] ?? '', /script-src 'self'/);
  const child = spawn('npx', ['astro', 'preview', '--port', '0'], {
    cwd: testProject(),
    env: { ...process.env, OUT_DIR: outDir, FORCE_COLOR: '0' },
    detached: true,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let log = '';
      child.stdout.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const match = /(http:\/\/localhost:\d+\/)/.exec(log);
        if (match) resolve(match[1]!);
      });
      child.on('close', () => reject(new Error(`preview exited:\n${log}`)));
    });
    const response = await fetch(url);
    assert.equal(response.status, 200);
    for (const [name, value] of Object.entries(expected)) assert.equal(response.headers.get(name), value, name);
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
});
