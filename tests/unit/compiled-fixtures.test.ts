import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { mdxToJs } from 'satteri';
import { guidePlugins } from '../../src/lib/markdown/index.ts';
import { COMPILED } from '../support/bad-fixtures.ts';
import { prepareContent } from '../support/build-fixture.ts';

/**
 * Bad guides the Markdown plugins refuse (tests/support/bad-fixtures.ts: COMPILED), compiled in-process as Astro's
 * MDX integration compiles them with `optimize: true`: the whole file, its frontmatter blanked so lines keep their
 * numbers, the raw frontmatter handed to the plugins, static markup (highlighted code) kept as HTML.
 */
async function compileError(contentDir: string, guide: string): Promise<string> {
  const file = path.join(contentDir, 'guides', guide);
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-lines' });
  const { mdastPlugins, hastPlugins } = guidePlugins({ base: '/', contentDir, publicDir: path.resolve('public') });
  const data = { astro: { frontmatter } };
  try {
    // The processor's Data type wants Astro's whole record; the plugins read only the frontmatter.
    await mdxToJs(content, {
      mdastPlugins,
      hastPlugins,
      features: { smartPunctuation: false },
      optimizeStatic: { component: 'Fragment', prop: 'set:html' },
      jsxImportSource: 'astro',
      data: data as never,
      fileURL: pathToFileURL(file),
    });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
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
