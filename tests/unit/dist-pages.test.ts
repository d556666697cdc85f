import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brokenLinks, missingPermalinks, readPage, routeOf, withNewPermalinks } from '../../src/lib/dist-pages.ts';

const guide = readPage(
  'guides/v0.1.0-to-v0.2.0/',
  '<h2 id="rollback-strategy">Rollback</h2><h3 id="step-restart">Restart<span id="step-old" class="alias"></span><a class="permalink" href="#step-restart">#</a></h3><a href="/issues/#issue-oom">oom</a>',
);
const issues = readPage('issues/', '<h3 id="issue-oom">OOM<a class="permalink" href="#issue-oom">#</a></h3><a href="https://example.org/">x</a><a href="mailto:a@b">m</a>');
const files = new Set(['guides/v0.1.0-to-v0.2.0/index.html', 'issues/index.html', 'guides.json']);

test('routes are directories of index.html files', () => {
  assert.equal(routeOf('index.html'), '');
  assert.equal(routeOf('guides/x/index.html'), 'guides/x/');
  assert.equal(routeOf('404.html'), '404.html');
});

test('valid internal links and fragments pass; external ones are not checked', () => {
  assert.deepEqual(brokenLinks([guide, issues], files, '/'), []);
});

test('a missing page, a missing fragment and a link without the base are reported', () => {
  const page = readPage('', '<a href="/docs/guides/v9/">a</a><a href="/docs/issues/#issue-gone">b</a><a href="/issues/">c</a><a href="/docs/guides.json">d</a>');
  const withBase = new Set([...files]);
  assert.deepEqual(brokenLinks([page, issues], withBase, '/docs/'), [
    '/: link "/docs/guides/v9/" goes to a page that does not exist',
    '/: link "/docs/issues/#issue-gone": no element with id "issue-gone" on issues/',
    '/: link "/issues/" is outside the site\'s base /docs/ (expected links built with the base path)',
  ]);
});

test('a published permalink that disappeared fails, an alias keeps it alive', () => {
  const registry = { 'guides/v0.1.0-to-v0.2.0/': ['step-restart', 'step-old', 'step-renamed'], 'guides/gone/': ['step-a'] };
  assert.deepEqual(missingPermalinks(registry, [guide, issues]), [
    '/guides/v0.1.0-to-v0.2.0/#step-renamed: published link no longer lands (expected an item with that id, or an alias "step-renamed: <new id>" in the page\'s frontmatter)',
    '/guides/gone/: this published page no longer exists (expected it in the build; it holds 1 published links)',
  ]);
});

test('updating the registry adds the ids of items with a permalink, never headings, and never drops old ones', () => {
  const updated = withNewPermalinks({ 'guides/v0.1.0-to-v0.2.0/': ['step-kept-forever'] }, [guide, issues]);
  assert.deepEqual(updated, {
    'guides/v0.1.0-to-v0.2.0/': ['step-kept-forever', 'step-restart'],
    'issues/': ['issue-oom'],
  });
});
