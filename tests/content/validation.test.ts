import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BUILT, CHECKED } from '../support/bad-fixtures.ts';
import { buildFixture, npmBuild, prepareContent, type BuildResult } from '../support/build-fixture.ts';
import { leaksIn } from '../support/leaks.ts';

/**
 * Bad content built as `npm run build` builds it, with Astro's `build()` (tests/support/bad-fixtures.ts: BUILT):
 * each fails naming the file, the field or link, and what was expected, and leaves no output behind. The cases the
 * content check or the guide's compiler refuse are tested in-process (tests/unit/content-check.test.ts,
 * compiled-fixtures.test.ts); one compiler case and a few hostile ones are built here too, to prove the build stops
 * on them, and runs the content check before any code. The hostile ones go through `npm run build` itself, as an
 * author runs it.
 */

/** Set in every fixture build, and looked for in every output: content must never be able to read it. */
const SECRET = `s3cr3t-${process.pid}-${Date.now()}`;

/**
 * Cases the site checks find after every page rendered, in different files: the checks report every problem of a
 * build, so one build shows all four. Cases that stop the build earlier (while a guide compiles) get one each.
 */
const FOUND_TOGETHER = [
  'link-to-missing-fragment',
  'issue-broken-link',
  'renamed-without-alias',
  'issue-renamed-without-alias',
];
let together: Promise<BuildResult> | undefined;
const buildBad = (name: string) =>
  FOUND_TOGETHER.includes(name)
    ? (together ??= buildFixture(
        FOUND_TOGETHER.map((each) => `bad/${each}`),
        { SECRET_TOKEN: SECRET },
      ))
    : buildFixture(`bad/${name}`, { SECRET_TOKEN: SECRET });

for (const [name, expected] of Object.entries(BUILT)) {
  // duplicate-ids is built over an earlier build by atomic-build.test.ts.
  if (name === 'duplicate-ids') continue;
  test(`bad content: ${name}`, async () => {
    const { status, output, outDir } = await buildBad(name);
    assert.notEqual(status, 0, `build should fail:\n${output}`);
    for (const pattern of expected) assert.match(output, pattern);
    assert.doesNotMatch(output, /\n\s+at .*\/src\//, 'content errors carry no stack trace into src/');
    assert.equal(existsSync(outDir), false, 'a failed build must leave no output to deploy');
  });
}

/** Hostile cases in three files, refused together: the content check reports every file's problem at once. */
const HOSTILE = ['env-expression', 'import-machine-file', 'script-in-issue'];

test('hostile content is refused before any of it runs: no secret, machine file or host name in the log or output', () => {
  // Through `npm run build`, exactly as an author runs it: the command fails and prints no stack trace.
  const { status, output, outDir } = npmBuild(prepareContent(HOSTILE.map((name) => `bad/${name}`)), {
    SECRET_TOKEN: SECRET,
  });
  assert.notEqual(status, 0, `the build should fail:\n${output}`);
  assert.match(output, /\[content-checks\] Content is invalid \(3\)/);
  for (const name of HOSTILE) for (const pattern of CHECKED[name]!) assert.match(output, pattern, name);
  assert.doesNotMatch(output, new RegExp(`${SECRET}|root:x:0:0|${hostname()}`));
  assert.doesNotMatch(output, /\n\s+at /, 'content errors carry no stack trace');
  assert.equal(existsSync(outDir), false);
});

/**
 * Every successful fixture build is searched for what content must never get into a site, and its log for
 * warnings: an author must see a real one, not a wall of noise around it.
 */
async function buildGood(name: readonly string[], env: Record<string, string>) {
  const built = await buildFixture(name, { ...env, SECRET_TOKEN: SECRET });
  assert.equal(built.status, 0, built.output);
  assert.deepEqual(leaksIn(built.outDir, [SECRET]), []);
  assert.doesNotMatch(built.output, /\[WARN\]/, built.output);
  return built;
}

/**
 * Good fixtures that change different files, built together under a sub-path (SITE_BASE): one build for five
 * cases. Nothing in the first four depends on the base; the fifth is about it.
 */
const GOOD_TOGETHER = [
  'good/renamed-with-alias',
  'good/issue-renamed-with-alias',
  'good/code-shows-markup',
  'good/third-guide',
  'good/site-path-image',
];
let goodBuild: Promise<BuildResult> | undefined;
const page = async (file: string) =>
  readFileSync(path.join((await (goodBuild ??= buildGood(GOOD_TOGETHER, { SITE_BASE: '/docs/migrations/' }))).outDir, file), 'utf8');

test('a renamed step with an alias builds, and the old fragment sits on the renamed step', async () => {
  const html = await page('guides/v0.1.0-to-v0.2.0/index.html');
  assert.match(html, /<h[34] id="step-migrate-config"[^>]*>.*<span id="step-update-config" class="alias"><\/span>/s);
});

test('a renamed issue keeps its published links through aliases in its frontmatter, and its text', async () => {
  for (const file of ['guides/v0.2.0-to-v0.3.0/index.html', 'issues/index.html']) {
    assert.match(await page(file), /<h[34] id="issue-driver-out-of-memory"[^>]*>.*<span id="issue-driver-oom" class="alias"><\/span>/s, file);
  }
  assert.match(await page('issues/driver-out-of-memory/index.html'), /Raise <code>spark\.driver\.memory<\/code>/);
});

test('code that shows markup (href="/x", id="step-ghost") is text to the link checker', async () => {
  // The build passing is the proof; the markup is on the page as text.
  assert.match(await page('guides/v0.1.0-to-v0.2.0/index.html'), /<pre[^>]*>[^]*?step-ghost[^]*?<\/pre>/);
});

test('a third guide appears in the index table in semver order, with no code change', async () => {
  const rows = [...(await page('index.html')).matchAll(/<tr data-guide="([^"]+)"/g)].map((match) => match[1]);
  assert.deepEqual(rows, ['v0.3.0-to-v0.10.0', 'v0.2.0-to-v0.3.0', 'v0.1.0-to-v0.2.0']);
  assert.ok(await page('guides/v0.3.0-to-v0.10.0/index.html'));
});

test('GitHub alert syntax becomes a labelled callout; a plain blockquote stays a quote', async () => {
  const html = await page('guides/v0.2.0-to-v0.3.0/index.html');
  assert.match(html, /<aside class="callout callout--warning">\s*<p><strong>Warning: <\/strong>After the catalog migration/);
  assert.match(html, /<blockquote>\s*<p>A plain quote stays a quote.<\/p>/);
});

test('under SITE_BASE, an image from public/ never ships without the base path', async () => {
  // The image-base Markdown plugin adds the base (src/lib/markdown/image-base.ts); without it the site check
  // refuses the page (tests/unit/dist-pages.test.ts).
  assert.match(await page('guides/v0.1.0-to-v0.2.0/index.html'), /<img src="\/docs\/migrations\/favicon\.svg"/);
});
