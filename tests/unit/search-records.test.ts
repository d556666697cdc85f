import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageReader, readPage } from '../../src/lib/dist-pages.ts';
import { guidePage, issueRecord, recordDocument } from '../../src/lib/search-records.ts';

const GUIDE = `<!doctype html><html><body><header><form role="search"></form></header><main id="main">
<span hidden data-pagefind-filter="guide:v0.2.0 → v0.3.0"></span><span hidden data-pagefind-filter="severity:critical"></span>
<h1>v0.2.0 → v0.3.0</h1><nav class="toc"><a href="#x">Contents words</a></nav>
<h2 id="summary">Summary</h2><p>Guide prose about ANSI mode.</p>
<ul><li id="check-back-up-the-catalog" class="task-list-item"><input type="checkbox"> Back up the catalog</li></ul>
<section class="item item--change change--data-format" data-change-type="Data Format Changes"><h3 id="change-ansi-casts" class="item__title">Invalid casts fail<a class="permalink" href="#change-ansi-casts" aria-label="Link"></a></h3><p>Casts fail.</p></section>
<section class="item item--step" data-phase="window"><h3 id="step-migrate-catalog" class="item__title"><span class="item__number">Step 1:</span> Migrate the catalog<span id="step-old" class="alias"></span></h3><p>Run it.</p><p><a class="report-link" href="#report-a-problem">Report a problem</a></p><div data-pagefind-ignore>hidden words</div></section>
<section class="item item--rollback"><h3 id="rollback-restore-catalog" class="item__title"><span class="item__number">Rollback step 1:</span> Restore</h3></section>
<div id="verify-row-counts"><p>Row counts match the baseline</p></div>
<article class="item item--issue" data-issue-category="memory"><h3 id="issue-driver-oom">Driver OOM</h3></article>
</main></body></html>`;

const ISSUE = `<html><body><main><div class="prose"><article class="item item--issue" data-issue-category="type-casting">
<h1 id="issue-ansi-cast" class="item__title" data-pagefind-weight="8">Invalid casts fail the job<a class="permalink" href="#issue-ansi-cast"></a></h1>
<p class="issue__error" data-pagefind-weight="10"><code>[CAST_INVALID_INPUT] The value</code></p>
<p class="issue__related" data-pagefind-ignore><a href="/guides/v0.2.0-to-v0.3.0/#change-ansi-casts">change</a> <a href="/guides/v0.2.0-to-v0.3.0/#step-migrate-catalog">step</a></p>
</article></div></main></body></html>`;

test('a guide page is one record: its own text, then each item anchored at its fragment, with its own filters', () => {
  const { record } = guidePage(GUIDE, '/guides/v0.2.0-to-v0.3.0/');
  assert.equal(record.url, '/guides/v0.2.0-to-v0.3.0/');
  assert.equal(record.title, 'v0.2.0 → v0.3.0 migration guide');
  const anchors = [...record.html.matchAll(/<div id="([^"]+)" data-pagefind-title="([^"]+)">/g)].map((match) => [
    match[1],
    match[2],
  ]);
  assert.deepEqual(anchors, [
    ['check-back-up-the-catalog', 'Back up the catalog'],
    ['change-ansi-casts', 'Invalid casts fail'],
    ['step-migrate-catalog', 'Step 1: Migrate the catalog'],
    ['rollback-restore-catalog', 'Rollback step 1: Restore'],
    ['verify-row-counts', 'Row counts match the baseline'],
  ]);
  assert.deepEqual(record.items, {
    '': { item: ['Guide'] },
    'check-back-up-the-catalog': { item: ['Checklist item'] },
    'change-ansi-casts': { item: ['Breaking change'], 'change type': ['Data Format Changes'] },
    'step-migrate-catalog': { item: ['Step'], phase: ['During the window'] },
    'rollback-restore-catalog': { item: ['Rollback step'] },
    'verify-row-counts': { item: ['Validation check'] },
  });
  assert.deepEqual(record.filters, {
    guide: ['v0.2.0 → v0.3.0'],
    severity: ['critical'],
    item: ['Checklist item', 'Breaking change', 'Step', 'Rollback step', 'Validation check', 'Guide'],
    'change type': ['Data Format Changes'],
    phase: ['During the window'],
  });
  const ownText = record.html.slice(0, record.html.indexOf('<div id='));
  assert.ok(ownText.includes('Guide prose about ANSI mode') && ownText.includes('id="summary"'));
  assert.ok(!ownText.includes('Casts fail'), "the guide's own text leaves its items to their sub-results");
  assert.ok(!record.html.includes('Contents words'), 'the table of contents is not indexed');
  assert.ok(!record.html.includes('hidden words'), 'data-pagefind-ignore parts are left out');
  assert.ok(!record.html.includes('permalink'));
  assert.ok(!record.html.includes('Report a problem'), "an item's report link is not its text");
  assert.ok(!record.html.includes('id="step-old"') && !record.html.includes('<h3 id='), 'an item is one sub-result');
  assert.ok(!record.html.includes('Driver OOM'), 'issues are left to their own pages');
});

test("an issue page's record takes guides, severities and change types from the items it relates to", () => {
  const guides = new Map([['v0.2.0-to-v0.3.0', guidePage(GUIDE, '/guides/v0.2.0-to-v0.3.0/').facts]]);
  const record = issueRecord(ISSUE, '/issues/ansi-cast/', guides);
  assert.equal(record.url, '/issues/ansi-cast/');
  assert.equal(record.title, 'Invalid casts fail the job');
  assert.equal(record.group, 'Common issues');
  assert.deepEqual(record.filters, {
    guide: ['v0.2.0 → v0.3.0'],
    severity: ['critical'],
    item: ['Common issue'],
    'issue category': ['Type Casting Errors'],
    'change type': ['Data Format Changes'],
  });
  assert.ok(record.html.includes('data-pagefind-weight="10"'), 'weights are kept');
  assert.throws(
    () => issueRecord(GUIDE.replace(/<article[\s\S]*<\/article>/, ''), '/issues/x/', guides),
    /\/issues\/x\/: expected the issue's item element/,
  );
});

test('a page read once serves the records and the site checks alike', () => {
  const guide = pageReader('guides/v0.2.0-to-v0.3.0/');
  const { record, facts } = guidePage(GUIDE, '/guides/v0.2.0-to-v0.3.0/', guide.handler);
  assert.deepEqual(record, guidePage(GUIDE, '/guides/v0.2.0-to-v0.3.0/').record);
  assert.deepEqual(guide.page, readPage('guides/v0.2.0-to-v0.3.0/', GUIDE));
  assert.ok(guide.page.ids.has('step-migrate-catalog') && guide.page.links.length > 0);

  const issue = pageReader('issues/ansi-cast/');
  const guides = new Map([['v0.2.0-to-v0.3.0', facts]]);
  assert.deepEqual(
    issueRecord(ISSUE, '/issues/ansi-cast/', guides, issue.handler),
    issueRecord(ISSUE, '/issues/ansi-cast/', guides),
  );
  assert.deepEqual(issue.page, readPage('issues/ansi-cast/', ISSUE));
  assert.equal(issue.page.links.length, 3);
});

test('the indexed document carries title, group, kind, item filters and filters', () => {
  const { record } = guidePage(GUIDE, '/guides/v0.2.0-to-v0.3.0/');
  const html = recordDocument(record);
  assert.match(html, /<main data-pagefind-body>/);
  assert.match(html, /data-pagefind-meta="title:v0.2.0 → v0.3.0 migration guide"/);
  assert.match(html, /data-pagefind-meta="group:v0.2.0 → v0.3.0"/);
  assert.match(html, /data-pagefind-meta="kind:Guide"/);
  assert.match(html, /data-pagefind-filter="item:Checklist item"/);
  const items = /data-pagefind-meta="items\[data-items\]" data-items="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"');
  assert.deepEqual(JSON.parse(items), record.items);
});
