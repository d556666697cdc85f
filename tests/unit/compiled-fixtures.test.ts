import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { COMPILED } from '../support/bad-fixtures.ts';
import { prepareContent } from '../support/build-fixture.ts';
import { guideCompileError } from '../support/compile-guide.ts';

/**
 * Bad guides the Markdown plugins refuse (tests/support/bad-fixtures.ts: COMPILED), compiled in-process as Astro
 * compiles them: the whole file, its frontmatter blanked so lines keep their numbers.
 */
function compileError(contentDir: string, guide: string): Promise<string> {
  const file = path.join(contentDir, 'guides', guide);
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-lines' });
  return guideCompileError(content, {
    frontmatter,
    fileURL: pathToFileURL(file),
    contentDir,
    publicDir: path.resolve('public'),
  });
}

test('the base corpus compiles', async () => {
  assert.equal(await compileError(prepareContent(), 'v0.1.0-to-v0.2.0.mdx'), 'no error');
});

for (const [name, expected] of Object.entries(COMPILED)) {
  test(`compiling refuses bad/${name}`, async () => {
    const message = await compileError(prepareContent(`bad/${name}`), 'v0.1.0-to-v0.2.0.mdx');
    for (const pattern of expected) assert.match(message, pattern);
  });
}
