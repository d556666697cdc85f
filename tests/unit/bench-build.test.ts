import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { differingFiles, hashDist } from '../../scripts/bench/dist.ts';
import { editOneSentence } from '../../scripts/bench/edit.ts';
import { renderSplit } from '../../scripts/bench/logs.ts';
import { scratchDir } from '../support/scratch.ts';

test('render time is split by route kind from the per-page log lines, under a base path too', () => {
  const log = [
    '\u001b[2m21:43:30\u001b[22m   ├─ /404.html (+124ms) ',
    '21:43:30   ├─ /guides/v0.9.0-to-v0.10.0/index.html (+622ms) ',
    '21:43:31   ├─ /docs/migrations/guides/v0.8.0-to-v0.9.0/index.html (+1.5s) ',
    '21:43:32   ├─ /upgrade/v0.0.0-to-v0.1.0/index.html (+25ms) ',
    '21:43:32   └─ /index.html (+29ms) ',
    '21:43:34 ✓ Completed in 4.16s.',
  ].join('\n');
  assert.deepEqual(renderSplit(log), {
    guidesMs: 2122,
    upgradePlansMs: 25,
    otherMs: 153,
    pages: { guides: 2, upgradePlans: 1, other: 2 },
  });
});

test('the one-sentence edit changes the first sentence of the summary and nothing else', () => {
  const guide = generateCorpus(1).files.find((file) => file.path.startsWith('guides/'))!.text;
  const edited = editOneSentence(guide, '(edited)');
  assert.equal(edited.replace(' (edited)', ''), guide);
  assert.ok(edited.includes('## Summary\n\nPlatform v0.1.0 is a 4-change upgrade from v0.0.0 (edited). The catalog'));
  assert.throws(() => editOneSentence('---\ntitle: x\n---\n\nNo summary here. At all.\n', '(edited)'), /Summary/);
  assert.throws(() => editOneSentence('## Summary\n\nNo full stop\n\nLater. Sentence.\n', '(edited)'), /Summary/);
});

test('two builds are compared file for file: changed, added and removed files differ', async () => {
  const root = scratchDir('dist-hash-');
  try {
    await mkdir(path.join(root, 'guides', 'a'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), 'index');
    await writeFile(path.join(root, 'guides', 'a', 'index.html'), 'guide a');
    const before = await hashDist(root);
    assert.deepEqual([...before.keys()].sort(), ['guides/a/index.html', 'index.html']);
    assert.deepEqual(differingFiles(before, await hashDist(root)), []);
    await writeFile(path.join(root, 'guides', 'a', 'index.html'), 'guide a, edited');
    await writeFile(path.join(root, 'new.html'), 'new');
    await rm(path.join(root, 'index.html'));
    assert.deepEqual(differingFiles(before, await hashDist(root)), ['guides/a/index.html', 'index.html', 'new.html']);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
