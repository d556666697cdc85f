import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FIXTURES, buildFixture } from '../support/build-fixture.ts';

/**
 * One folder per bad case in tests/fixtures/bad, laid over the valid corpus. Each must fail `npm run build`
 * with a message naming the file, the field or link, and what was expected — and leave no output behind.
 */
const EXPECTED: Record<string, RegExp[]> = {
  'missing-field': [/v0\.1\.0-to-v0\.2\.0/, /severity/, /expected one of: critical, moderate, minor, none/],
  'bad-semver': [/v0\.1\.0-to-v0\.2\.0/, /from/, /expected a version like "v0\.3\.0"/],
  'from-not-below-to': [/v0\.1\.0-to-v0\.2\.0/, /to/, /expected a version above from \(v0\.1\.0\), got v0\.1\.0/],
  'same-pair-twice': [/v0\.1\.0-to-v0\.2\.0-copy\.mdx/, /from\/to/, /already defined by .*v0\.1\.0-to-v0\.2\.0\.mdx/],
  'unknown-change-type': [/v0\.1\.0-to-v0\.2\.0/, /breakingChanges\.0\.type|breakingChanges.*type/, /expected one of: schema, api, configuration, data-format, infrastructure/],
  'unknown-severity': [/v0\.1\.0-to-v0\.2\.0/, /severity/, /expected one of: critical, moderate, minor, none/],
  'min-above-max': [/v0\.1\.0-to-v0\.2\.0/, /estimatedMinutes/, /expected min to be at most max/],
  'duplicate-fragment': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx/, /Duplicate id "step-update-config"/, /expected each id to be used once/],
  'link-to-missing-guide': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx/, /Link "\.\/v0\.2\.0-to-v0\.9\.0\.md#step-migrate-catalog"/, /no guide v0\.2\.0-to-v0\.9\.0/],
  'link-to-missing-fragment': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx/, /#step-no-such-step/, /no element with id "step-no-such-step"/],
  'malformed-mdx': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx/, /closing tag|Expected/i],
  'issue-missing-step': [/issues\/driver-oom\.md/, /related\.fragment "step-not-there"/, /expected one of its step-, change-, rollback- or check- ids/],
  'issue-missing-guide': [/issues\/driver-oom\.md/, /related\.guide "v0\.2\.0-to-v0\.4\.0"/, /expected the id of a guide/],
  'change-not-in-frontmatter': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx/, /<Change id="job-apis">/, /expected an entry with id "job-apis" in the frontmatter's breakingChanges/],
  'bad-step-id': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx/, /<Step> id="Update Config"/, /expected lower-case words joined by hyphens/],
  'check-without-run': [/v0\.1\.0-to-v0\.2\.0/, /checks\.0\.run/, /check "health": expected run: the shell command to run/],
  'renamed-without-alias': [/guides\/v0\.1\.0-to-v0\.2\.0\/#step-update-config/, /published link no longer lands/, /alias "step-update-config: <new id>"/],
};

const cases = readdirSync(path.join(FIXTURES, 'bad'));

test('every bad fixture has an expected message, and every expectation a fixture', () => {
  assert.deepEqual(cases.sort(), Object.keys(EXPECTED).sort());
});

for (const name of cases) {
  test(`bad content: ${name}`, () => {
    const { status, output, outDir } = buildFixture(`bad/${name}`);
    assert.notEqual(status, 0, `build should fail:\n${output}`);
    for (const expected of EXPECTED[name] ?? [/never matches^/]) assert.match(output, expected);
    assert.equal(existsSync(outDir), false, 'a failed build must leave no output to deploy');
  });
}

test('a renamed step with an alias builds, and the old fragment sits on the renamed step', () => {
  const { status, output, outDir } = buildFixture('good/renamed-with-alias');
  assert.equal(status, 0, output);
  const html = readFileSync(path.join(outDir, 'guides/v0.1.0-to-v0.2.0/index.html'), 'utf8');
  assert.match(html, /<h3 id="step-migrate-config"[^>]*>.*<span id="step-update-config" class="alias"><\/span>/s);
});

test('a third guide appears in the index table in semver order, with no code change', () => {
  const { status, output, outDir } = buildFixture('good/third-guide');
  assert.equal(status, 0, output);
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const rows = [...html.matchAll(/<tr data-guide="([^"]+)"/g)].map((match) => match[1]);
  assert.deepEqual(rows, ['v0.3.0-to-v0.10.0', 'v0.2.0-to-v0.3.0', 'v0.1.0-to-v0.2.0']);
  assert.ok(existsSync(path.join(outDir, 'guides/v0.3.0-to-v0.10.0/index.html')));
});

test('GitHub alert syntax becomes a labelled callout; a plain blockquote stays a quote', () => {
  const { status, output, outDir } = buildFixture();
  assert.equal(status, 0, output);
  const html = readFileSync(path.join(outDir, 'guides/v0.2.0-to-v0.3.0/index.html'), 'utf8');
  assert.match(html, /<aside class="callout callout--warning">\s*<p><strong>Warning: <\/strong>After the catalog migration/);
  assert.match(html, /<blockquote>\s*<p>A plain quote stays a quote.<\/p>/);
});
