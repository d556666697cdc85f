import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BUILT } from '../support/bad-fixtures.ts';
import { buildFixture } from '../support/build-fixture.ts';
import { leaksIn } from '../support/leaks.ts';

/**
 * Bad content built with `npm run build` exactly as an author runs it (tests/support/bad-fixtures.ts: BUILT):
 * each fails naming the file, the field or link, and what was expected, and leaves no output behind. The cases
 * the content check or the guide's compiler refuse are tested in-process (tests/unit/content-check.test.ts,
 * compiled-fixtures.test.ts); one compiler case and a few hostile ones are built here too, to prove the build
 * stops on them, and runs the content check before any code.
 */

/** Set in every fixture build, and looked for in every output: content must never be able to read it. */
const SECRET = `s3cr3t-${process.pid}-${Date.now()}`;

/**
 * Cases the site checks find after every page rendered, in different files: the checks report every problem of a
 * build, so one build shows all three. Cases that stop the build earlier (while a guide compiles) get one each.
 */
const FOUND_TOGETHER = ['link-to-missing-fragment', 'issue-broken-link', 'renamed-without-alias'];
let together: ReturnType<typeof buildFixture> | undefined;
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
  test(`bad content: ${name}`, () => {
    const { status, output, outDir } = buildBad(name);
    assert.notEqual(status, 0, `build should fail:\n${output}`);
    for (const pattern of expected) assert.match(output, pattern);
    assert.doesNotMatch(output, /\n\s+at .*\/src\//, 'content errors carry no stack trace into src/');
    assert.equal(existsSync(outDir), false, 'a failed build must leave no output to deploy');
  });
}

test('hostile content is refused before any of it runs: no secret, machine file or host name in the log or output', () => {
  for (const name of ['env-expression', 'import-machine-file', 'script-in-issue']) {
    const { status, output, outDir } = buildFixture(`bad/${name}`, { SECRET_TOKEN: SECRET });
    assert.notEqual(status, 0, `${name} should fail:\n${output}`);
    assert.match(output, /\[content-checks\] Content is invalid/, name);
    assert.doesNotMatch(output, new RegExp(`${SECRET}|root:x:0:0|${hostname()}`), name);
    assert.equal(existsSync(outDir), false, name);
  }
});

/**
 * Every successful fixture build is searched for what content must never get into a site, and its log for
 * warnings: an author must see a real one, not a wall of noise around it.
 */
function buildGood(name?: string | readonly string[]) {
  const built = buildFixture(name, { SECRET_TOKEN: SECRET });
  assert.equal(built.status, 0, built.output);
  assert.deepEqual(leaksIn(built.outDir, [SECRET]), []);
  assert.doesNotMatch(built.output, /\[WARN\]/, built.output);
  return built;
}

/** Good fixtures that change different files, built together: one build for four cases. */
const GOOD_TOGETHER = [
  'good/renamed-with-alias',
  'good/issue-renamed-with-alias',
  'good/code-shows-markup',
  'good/third-guide',
];
let goodBuild: ReturnType<typeof buildGood> | undefined;
const page = (file: string) => readFileSync(path.join((goodBuild ??= buildGood(GOOD_TOGETHER)).outDir, file), 'utf8');

test('a renamed step with an alias builds, and the old fragment sits on the renamed step', () => {
  const html = page('guides/v0.1.0-to-v0.2.0/index.html');
  assert.match(html, /<h[34] id="step-migrate-config"[^>]*>.*<span id="step-update-config" class="alias"><\/span>/s);
});

test('a renamed issue keeps its published links through aliases in its frontmatter, and its text', () => {
  for (const file of ['guides/v0.2.0-to-v0.3.0/index.html', 'issues/index.html']) {
    assert.match(page(file), /<h[34] id="issue-driver-out-of-memory"[^>]*>.*<span id="issue-driver-oom" class="alias"><\/span>/s, file);
  }
  assert.match(page('issues/driver-out-of-memory/index.html'), /Raise <code>spark\.driver\.memory<\/code>/);
});

test('code that shows markup (href="/x", id="step-ghost") is text to the link checker', () => {
  // The build passing is the proof; the markup is on the page as text.
  assert.match(page('guides/v0.1.0-to-v0.2.0/index.html'), /<pre[^>]*>[^]*?step-ghost[^]*?<\/pre>/);
});

test('a third guide appears in the index table in semver order, with no code change', () => {
  const rows = [...page('index.html').matchAll(/<tr data-guide="([^"]+)"/g)].map((match) => match[1]);
  assert.deepEqual(rows, ['v0.3.0-to-v0.10.0', 'v0.2.0-to-v0.3.0', 'v0.1.0-to-v0.2.0']);
  assert.ok(page('guides/v0.3.0-to-v0.10.0/index.html'));
});

test('GitHub alert syntax becomes a labelled callout; a plain blockquote stays a quote', () => {
  const html = page('guides/v0.2.0-to-v0.3.0/index.html');
  assert.match(html, /<aside class="callout callout--warning">\s*<p><strong>Warning: <\/strong>After the catalog migration/);
  assert.match(html, /<blockquote>\s*<p>A plain quote stays a quote.<\/p>/);
});

test('under SITE_BASE, an image from public/ never ships without the base path', () => {
  const { status, output, outDir } = buildFixture('good/site-path-image', { SITE_BASE: '/docs/migrations/', SECRET_TOKEN: SECRET });
  if (status === 0) {
    // With the image-base Markdown plugin wired in (src/lib/markdown/image-base.ts), the path gets the base.
    const html = readFileSync(path.join(outDir, 'guides/v0.1.0-to-v0.2.0/index.html'), 'utf8');
    assert.match(html, /<img src="\/docs\/migrations\/favicon\.svg"/);
    assert.deepEqual(leaksIn(outDir, [SECRET]), []);
  } else {
    // Without it, the site check refuses the page, naming the guide.
    assert.match(output, /guides\/v0\.1\.0-to-v0\.2\.0\.mdx: image "\/favicon\.svg" is outside the site's base \/docs\/migrations\//);
    assert.equal(existsSync(outDir), false);
  }
});
