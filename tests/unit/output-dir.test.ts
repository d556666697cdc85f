import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { scratchDir } from '../support/scratch.ts';
import { BUILD_MARKER, outDirProblem, recoverInterrupted, stagingDir, swapIn } from '../../src/lib/output-dir.ts';

function project() {
  const root = scratchDir('out-dir-');
  for (const dir of ['content', 'src', 'public', 'tests']) mkdirSync(path.join(root, dir));
  return { root, guarded: ['content', 'src', 'public', 'tests'].map((dir) => path.join(root, dir)) };
}

test('refuses the project, its source folders and folders no build made', () => {
  const { root, guarded } = project();
  assert.match(outDirProblem(root, root, guarded)!, /is the project folder or contains it/);
  assert.match(outDirProblem(path.dirname(root), root, guarded)!, /is the project folder or contains it/);
  for (const dir of ['content', 'src', 'public', 'tests', 'content/guides']) {
    assert.match(
      outDirProblem(path.join(root, dir), root, guarded)!,
      /which holds sources: expected a folder of its own/,
      dir,
    );
  }
  const foreign = path.join(root, 'photos');
  mkdirSync(foreign);
  writeFileSync(path.join(foreign, 'holiday.jpg'), 'x');
  assert.match(outDirProblem(foreign, root, guarded)!, /is a folder with files that no build made/);
});

test('accepts a new folder, an empty one and an earlier build', () => {
  const { root, guarded } = project();
  assert.equal(outDirProblem(path.join(root, 'dist'), root, guarded), undefined);
  mkdirSync(path.join(root, 'empty'));
  assert.equal(outDirProblem(path.join(root, 'empty'), root, guarded), undefined);
  mkdirSync(path.join(root, 'old'));
  writeFileSync(path.join(root, 'old', BUILD_MARKER), '');
  writeFileSync(path.join(root, 'old', 'index.html'), '');
  assert.equal(outDirProblem(path.join(root, 'old'), root, guarded), undefined);
});

test('swapIn replaces the output only with a finished build, and marks it', () => {
  const { root } = project();
  const out = path.join(root, 'dist');
  mkdirSync(out);
  writeFileSync(path.join(out, 'index.html'), 'old');
  const staging = stagingDir(out);
  mkdirSync(staging);
  writeFileSync(path.join(staging, 'index.html'), 'new');
  swapIn(staging, out);
  assert.equal(readFileSync(path.join(out, 'index.html'), 'utf8'), 'new');
  assert.ok(existsSync(path.join(out, BUILD_MARKER)));
  assert.deepEqual(readdirSync(root).sort(), ['content', 'dist', 'public', 'src', 'tests']);
});

test("recoverInterrupted removes dead builds' staging folders and restores an output lost mid-swap", () => {
  const { root } = project();
  const out = path.join(root, 'dist');
  const dead = 2 ** 22 + 12345; // above Linux's default pid_max: no such process
  mkdirSync(stagingDir(out, dead));
  mkdirSync(path.join(root, `.dist.previous-${dead}`));
  writeFileSync(path.join(root, `.dist.previous-${dead}`, 'index.html'), 'previous');
  mkdirSync(stagingDir(out)); // this process's own: alive, kept
  mkdirSync(path.join(root, '.dist.building-notes')); // not a name a build gives: kept
  const notes = recoverInterrupted(out);
  assert.equal(notes.length, 2);
  assert.equal(readFileSync(path.join(out, 'index.html'), 'utf8'), 'previous');
  assert.deepEqual(
    readdirSync(root)
      .filter((name) => name.startsWith('.'))
      .sort(),
    ['.dist.building-notes', path.basename(stagingDir(out))].sort(),
  );
});
