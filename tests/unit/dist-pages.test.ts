import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingPermalinks, pageProblems, readPage, routeOf, withNewPermalinks, type BuiltPage } from '../../src/lib/dist-pages.ts';

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

/** Problems as "route [issue]: message", for short assertions. */
function problems(pages: BuiltPage[], built: Set<string>, base: string): string[] {
  return pageProblems(pages, built, base).map((problem) => `${problem.route || '/'}${problem.issue ? ` [${problem.issue}]` : ''}: ${problem.message}`);
}

test('valid internal links and fragments pass; external ones are not checked', () => {
  assert.deepEqual(problems([guide, issues], files, '/'), []);
});

test('code that shows markup is text: it neither adds ids nor links', () => {
  const page = readPage('guides/x/', '<pre><code>&lt;a href="/x"&gt; id="step-ghost"</code></pre><p><code> id="step-ghost"</code></p><a href="#step-ghost">ghost</a>');
  assert.deepEqual(problems([page], new Set(['guides/x/index.html']), '/'), ['guides/x/: link "#step-ghost": no element with id "step-ghost" on guides/x/']);
});

test('an id used twice on a page is reported, layout ids included, with the issue it comes from', () => {
  const page = readPage(
    'guides/x/',
    '<main id="main"><h2 id="main">Main</h2><h3 id="step-a">A</h3><h2 id="step-a">Step a</h2>' +
      '<article data-issue="oom"><h3 id="issue-oom">OOM</h3></article><article data-issue="oom"><h3 id="issue-oom">OOM</h3></article></main>',
  );
  assert.deepEqual(problems([page], new Set(['guides/x/index.html']), '/'), [
    'guides/x/: id "main" appears more than once on this page (expected each id once: a heading or item repeats another\'s id, or the layout\'s)',
    'guides/x/: id "step-a" appears more than once on this page (expected each id once: a heading or item repeats another\'s id, or the layout\'s)',
    'guides/x/ [oom]: id "issue-oom" appears more than once on this page (expected each id once: a heading or item repeats another\'s id, or the layout\'s)',
  ]);
});

test('a malformed fragment is a named problem, not a crash', () => {
  const page = readPage('guides/x/', '<a href="#step-%zz">x</a>');
  assert.deepEqual(problems([page], new Set(['guides/x/index.html']), '/'), ['guides/x/: link "#step-%zz" is not valid percent-encoding (expected a path or #fragment such as #step-migrate-catalog)']);
});

test('images must be built files under the base', () => {
  const page = readPage('', '<img src="/docs/a.png" alt=""><img src="/b.png" alt=""><img src="/docs/missing.png" alt=""><img src="https://cdn.example/x.png" alt="">');
  assert.deepEqual(problems([page], new Set(['a.png', 'b.png']), '/docs/'), [
    '/: image "/b.png" is outside the site\'s base /docs/ (expected image paths built with the base path)',
    '/: image "/docs/missing.png" is not in the build (expected the image file in content/ or public/)',
    '/: image "https://cdn.example/x.png" loads from another origin (expected an image from content/ or public/)',
  ]);
});

test('a link inside a common issue is blamed on the issue', () => {
  const page = readPage('guides/x/', '<article data-issue="driver-oom"><p><a href="#step-nope">x</a></p></article>');
  assert.deepEqual(problems([page], new Set(['guides/x/index.html']), '/'), ['guides/x/ [driver-oom]: link "#step-nope": no element with id "step-nope" on guides/x/']);
});

test('a missing page, a missing fragment and a link without the base are reported', () => {
  const page = readPage('', '<a href="/docs/guides/v9/">a</a><a href="/docs/issues/#issue-gone">b</a><a href="/issues/">c</a><a href="/docs/guides.json">d</a>');
  const withBase = new Set([...files]);
  assert.deepEqual(problems([page, issues], withBase, '/docs/'), [
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
