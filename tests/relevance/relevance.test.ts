/**
 * The relevance suite: pasted errors, plain words and each issue's own error against the built site's index (run
 * after `npm run build`),
 * through the same ranking as the site. Prints top-1 and top-3 hit rates; fails below 90 % top-1 or below
 * 100 % top-3.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { readIssues } from '../support/content.ts';
import { loadBuiltSearch } from '../support/pagefind-node.ts';
import { PASTED_ERRORS, PLAIN_WORDS, type RelevanceCase } from './queries.ts';

const DIST = process.env['RELEVANCE_DIST'] ?? 'dist';

/** The built site's search, loaded once for both tests. */
let loaded: ReturnType<typeof loadBuiltSearch> | undefined;
function builtSearch() {
  assert.ok(existsSync(`${DIST}/pagefind/pagefind.js`), `no search index in ${DIST}/: run npm run build first`);
  return (loaded ??= loadBuiltSearch(DIST));
}

const pathOf = (url: string) => new URL(url, 'http://site').pathname + new URL(url, 'http://site').hash;

test('pasted errors and plain words open the right item', async () => {
  const site = await builtSearch();
  const cases: RelevanceCase[] = [...PASTED_ERRORS, ...PLAIN_WORDS];
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const entry of cases) {
    const { hits } = await site.search(entry.query, entry.on ? { preferGroup: entry.on } : {});
    const urls = hits.map((hit) => pathOf(hit.url));
    const rank = urls.findIndex((url) => url.startsWith(entry.expect));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank !== 0)
      misses.push(
        `  ${rank < 0 ? 'not in top 10' : `#${rank + 1}`}: ${JSON.stringify(entry.query.slice(0, 90))} (${entry.why}) → got ${urls[0] ?? 'nothing'}, expected ${entry.expect}`,
      );
  }
  const rate = (count: number) => `${((100 * count) / cases.length).toFixed(1)} %`;
  console.log(
    `relevance: ${cases.length} queries (${PASTED_ERRORS.length} pasted errors), top-1 ${top1}/${cases.length} = ${rate(top1)}, top-3 ${top3}/${cases.length} = ${rate(top3)}`,
  );
  if (misses.length > 0) console.log(misses.join('\n'));
  assert.ok(PASTED_ERRORS.length >= 40, 'expected at least 40 pasted errors');
  assert.ok(top1 / cases.length >= 0.9, `top-1 ${rate(top1)} is below 90 %`);
  assert.equal(top3, cases.length, `top-3 ${rate(top3)} is below 100 %`);
});

test("each issue's error, as the issue states it, opens that issue first", async () => {
  const site = await builtSearch();
  for (const issue of readIssues()) {
    const { hits } = await site.search(issue.error);
    assert.equal(hits[0] && pathOf(hits[0].url), `/issues/${issue.id}/`, issue.error);
  }
});
