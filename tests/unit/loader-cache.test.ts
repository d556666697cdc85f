import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { codeDigest, reloadWhenCodeChanges } from '../../src/lib/loader-cache.ts';
import { scratchDir } from '../support/scratch.ts';

function project() {
  const root = scratchDir('loader-cache-');
  mkdirSync(path.join(root, 'src', 'lib', 'markdown'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'lib', 'schemas.ts'), 'export const a = 1;');
  writeFileSync(path.join(root, 'src', 'lib', 'markdown', 'highlight.ts'), 'export const b = 1;');
  return root;
}

test('the digest covers every file of a folder, and only what it names', () => {
  const root = project();
  const digest = () => codeDigest(root, ['src/lib', 'astro.config.mjs']);
  const first = digest();
  assert.equal(digest(), first, 'stable while nothing changes');
  writeFileSync(path.join(root, 'README.md'), 'not code that makes entries');
  assert.equal(digest(), first);
  writeFileSync(path.join(root, 'src', 'lib', 'markdown', 'highlight.ts'), 'export const b = 2;');
  const edited = digest();
  assert.notEqual(edited, first, 'a nested file edited');
  writeFileSync(path.join(root, 'astro.config.mjs'), 'export default {};');
  assert.notEqual(digest(), edited, 'a missing file created');
});

test('a wrapped loader empties its store when the code changed since the store was filled, and only then', async () => {
  const root = project();
  const meta = new Map<string, string>();
  let clears = 0;
  let loads = 0;
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    meta,
    store: { clear: () => clears++ },
  } as unknown as LoaderContext;
  const loader = reloadWhenCodeChanges({ name: 'test', load: async () => void loads++ } satisfies Loader);
  await loader.load(context);
  assert.equal(clears, 1, 'a store filled by unknown code is emptied');
  await loader.load(context);
  assert.equal(clears, 1, 'same code: the entries are kept');
  writeFileSync(path.join(root, 'src', 'lib', 'schemas.ts'), 'export const a = 2;');
  await loader.load(context);
  assert.equal(clears, 2, 'a schema edited: the entries are loaded again');
  assert.equal(loads, 3);
});
