import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Vocabulary, vocabulary } from '../../src/lib/search-query.ts';
import {
  MAX_SEARCHED,
  groupHits,
  markWords,
  rememberingEngine,
  searchItems,
  type Engine,
  type RecordData,
} from '../../src/lib/search-rank.ts';

/** A tiny engine that behaves like Pagefind: every word must match (as a prefix), score = matches per word. */
function fakeEngine(
  records: { url: string; group: string; text: string; guide?: string[] }[],
): Engine & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async search(query) {
      queries.push(query);
      const words = query.toLowerCase().split(/\s+/);
      const results = records
        .filter((record) =>
          words.every((word) =>
            record.text
              .toLowerCase()
              .split(/\W+/)
              .some((token) => token.startsWith(word)),
          ),
        )
        .map((record) => ({
          id: record.url,
          score: words.length / record.text.split(/\s+/).length,
          data: async (): Promise<RecordData> => ({
            url: record.url,
            excerpt: record.text,
            meta: { title: record.url, group: record.group, kind: 'Step' },
            filters: { guide: record.guide ?? [record.group] },
            content: record.text,
            word_count: record.text.split(/\s+/).length,
          }),
        }));
      return { results };
    },
  };
}

const RECORDS = [
  {
    url: '/issues/broadcast/',
    group: 'Common issues',
    text: 'Broadcast timeout TimeoutException futures timed out',
    guide: ['B'],
  },
  { url: '/guides/a/#step-x', group: 'A', text: 'Pause the pipelines and wait until runs are done' },
  { url: '/guides/a/#rollback-y', group: 'A', text: 'Rollback step: restore the catalog database' },
  { url: '/guides/b/#rollback-y', group: 'B', text: 'Rollback step: restore the catalog database' },
  { url: '/guides/b/#step-final', group: 'B', text: 'This is the point of no return for the catalog' },
  { url: '/guides/b/#check-z', group: 'B', text: 'A point to check before you return' },
];
const words = new Vocabulary(vocabulary(RECORDS.map((record) => record.text)));

test('an item matching only some words is still found: one unknown word never empties the list', async () => {
  const outcome = await searchItems(
    fakeEngine(RECORDS),
    'java.util.concurrent.TimeoutException: Futures timed out after [300 seconds] somethingelse',
    { vocabulary: words },
  );
  assert.equal(outcome!.hits[0]!.url, '/issues/broadcast/');
  assert.deepEqual(outcome!.used, ['timeoutexception', 'futures', 'timed']);
});

test('an unknown word is never searched as its first letters; a close one is corrected', async () => {
  const engine = fakeEngine(RECORDS);
  const outcome = await searchItems(engine, 'rollbakc', { vocabulary: words });
  assert.deepEqual(outcome!.corrections, [{ typed: 'rollbakc', meant: 'rollback' }]);
  assert.ok(!engine.queries.includes('rollbakc'));
  const nothing = await searchItems(fakeEngine(RECORDS), 'zqxwv', { vocabulary: words });
  assert.deepEqual(nothing!.hits, []);
});

test('the page being read wins among equals; a phrase in order wins over scattered words', async () => {
  const onB = await searchItems(fakeEngine(RECORDS), 'rollback', { vocabulary: words, preferGroup: 'B' });
  assert.equal(onB!.hits[0]!.url, '/guides/b/#rollback-y');
  const onA = await searchItems(fakeEngine(RECORDS), 'rollback', { vocabulary: words, preferGroup: 'A' });
  assert.equal(onA!.hits[0]!.url, '/guides/a/#rollback-y');
  const phrase = await searchItems(fakeEngine(RECORDS), 'point of no return', { vocabulary: words });
  assert.equal(phrase!.hits[0]!.url, '/guides/b/#step-final');
});

test('at most `limit` items, grouped by guide in order of their best item', async () => {
  const outcome = await searchItems(fakeEngine(RECORDS), 'the', { vocabulary: words, limit: 3 });
  assert.equal(outcome!.hits.length, 3);
  const groups = groupHits(outcome!.hits);
  assert.equal(
    groups.reduce((sum, group) => sum + group.hits.length, 0),
    3,
  );
  assert.equal(new Set(groups.map((group) => group.group)).size, groups.length);
});

test('a long paste is searched by its error code and its rarest words only, each costing an index download', async () => {
  const records = [
    { url: '/issues/cast/', group: 'Common issues', text: 'CAST_INVALID_INPUT malformed value cast type string' },
    ...Array.from({ length: 5 }, (_, n) => ({ url: `/guides/g${n}/`, group: 'G', text: 'value type string job' })),
  ];
  const engine = fakeEngine(records);
  const words = new Vocabulary(vocabulary(records.map((record) => record.text)));
  assert.ok(words.commonness('value') < words.commonness('malformed'));
  assert.equal(words.commonness('absent'), words.commonness('zzz'));
  const outcome = await searchItems(
    engine,
    '[CAST_INVALID_INPUT] The value of the type STRING cannot be cast to INT because it is malformed job',
    { vocabulary: words },
  );
  assert.deepEqual(outcome?.used.length, MAX_SEARCHED);
  // The code, then the words one record has, then one of the words every record has.
  assert.deepEqual(
    outcome?.used.filter((word) => ['cast_invalid_input', 'cast', 'malformed'].includes(word)),
    ['cast_invalid_input', 'cast', 'malformed'],
  );
  assert.equal(outcome?.hits[0]?.url, '/issues/cast/');
});

test('each word is searched once, and items with every word rank first without a search for all of them', async () => {
  const engine = fakeEngine(RECORDS);
  const outcome = await searchItems(engine, 'restore catalog', { vocabulary: words });
  // Nor a phrase search: the phrase is found in the text of the items read.
  assert.deepEqual(engine.queries.sort(), ['catalog', 'restore']);
  assert.match(outcome!.hits[0]!.url, /#rollback-y$/);
  assert.equal(outcome!.partial, false);
  // Both words are marked although the item's data came from one word's search.
  assert.match(outcome!.hits[0]!.excerpt, /<mark>restore<\/mark> the <mark>catalog<\/mark>/);
});

test('a search that a newer one overtook stops before reading any item', async () => {
  let read = 0;
  const engine = fakeEngine(RECORDS);
  const counting: Engine = {
    async search(query, options) {
      const found = await engine.search(query, options);
      return found && { results: found.results.map((result) => ({ ...result, data: () => (read++, result.data()) })) };
    },
  };
  const outcome = await searchItems(counting, 'catalog', { vocabulary: words, isStale: () => true });
  assert.equal(outcome, null);
  assert.equal(read, 0);
});

test('markWords marks words by their start, outside existing marks and entities', () => {
  assert.equal(
    markWords('<mark>Broadcast</mark> timed out &amp; timeouts amplify', ['timeout', 'amp', 'broadcast']),
    '<mark>Broadcast</mark> timed out &amp; <mark>timeouts</mark> <mark>amplify</mark>',
  );
  assert.equal(markWords('a.b (c)', ['a.b']), '<mark>a.b</mark> (c)');
});

test('a remembering engine answers a repeated word from memory, and forgets the oldest beyond its size', async () => {
  const engine = fakeEngine(RECORDS);
  const remembering = rememberingEngine(engine);
  await searchItems(remembering, 'restore catalog', { vocabulary: words });
  await searchItems(remembering, 'restore catalog database', { vocabulary: words });
  // The second query searched only its new word.
  assert.deepEqual(engine.queries.sort(), ['catalog', 'database', 'restore']);
  const small = fakeEngine(RECORDS);
  const forgetful = rememberingEngine(small, 2);
  for (const query of ['restore', 'pause', 'restore', 'catalog', 'pause', 'restore']) await forgetful.search(query, {});
  // 'restore' was used again, so 'pause' is the one forgotten for 'catalog'; then 'pause' pushes 'restore' out.
  assert.deepEqual(small.queries, ['restore', 'pause', 'catalog', 'pause', 'restore']);
});

/** One guide page as Pagefind indexes it: its own text and its items as sub-results, their filters in `items`. */
const GUIDE_C = [
  { id: '', title: 'C migration guide', text: 'Summary: the catalog moves; restore it if the window fails' },
  { id: 'step-move', title: 'Step 1: Move the catalog', text: 'Move the catalog to the new database' },
  { id: 'rollback-restore', title: 'Rollback step 1: Restore', text: 'Restore the catalog restore from backup' },
];

function guideEngine(subs = GUIDE_C): Engine {
  const page = '/guides/c/';
  const content = subs.map((sub) => sub.text).join(' ');
  const anchors = subs.flatMap((sub, index) =>
    sub.id
      ? [{ id: sub.id, location: subs.slice(0, index).reduce((sum, { text }) => sum + text.split(' ').length, 0) }]
      : [],
  );
  const items = {
    '': { item: ['Guide'] },
    'step-move': { item: ['Step'], phase: ['During the window'] },
    'rollback-restore': { item: ['Rollback step'] },
  };
  const count = (text: string, word: string) =>
    text
      .toLowerCase()
      .split(/\W+/)
      .filter((token) => token.startsWith(word)).length;
  return {
    async search(query) {
      const word = query.toLowerCase();
      const matched = subs.filter((sub) => count(sub.text, word) > 0);
      if (matched.length === 0) return { results: [] };
      const data = async (): Promise<RecordData> => ({
        url: page,
        excerpt: matched[0]!.text,
        meta: { title: 'C migration guide', group: 'C', kind: 'Guide', items: JSON.stringify(items) },
        filters: { guide: ['C'], item: ['Guide', 'Step', 'Rollback step'] },
        content,
        word_count: content.split(' ').length,
        anchors,
        sub_results: matched.map((sub) => ({
          url: sub.id ? `${page}#${sub.id}` : page,
          title: sub.title,
          excerpt: sub.text,
          ...(sub.id && { anchor: { id: sub.id } }),
          weighted_locations: Array.from({ length: count(sub.text, word) }, () => ({ balanced_score: 1 })),
        })),
      });
      return { results: [{ id: page, score: 1, data }] };
    },
  };
}

test("a guide page's items are results of their own: the item holding a word most takes the page's score", async () => {
  const words = new Vocabulary(vocabulary(['catalog restore move database window summary backup']));
  const restore = await searchItems(guideEngine(), 'restore', { vocabulary: words });
  assert.deepEqual(
    restore!.hits.map((hit) => [hit.url, hit.kind, hit.title]),
    [
      ['/guides/c/#rollback-restore', 'Rollback step', 'Rollback step 1: Restore'],
      ['/guides/c/', 'Guide', 'C migration guide'],
    ],
  );
  const move = await searchItems(guideEngine(), 'catalog database', { vocabulary: words });
  assert.equal(move!.hits[0]!.url, '/guides/c/#step-move', 'the item with every word first');
  // Pagefind narrows pages; the page's other items are left out by their own filters.
  const steps = await searchItems(guideEngine(), 'catalog', { vocabulary: words, filters: { item: 'Step' } });
  assert.deepEqual(
    steps!.hits.map((hit) => hit.url),
    ['/guides/c/#step-move'],
  );
  const inWindow = await searchItems(guideEngine(), 'catalog', {
    vocabulary: words,
    filters: { phase: 'During the window' },
  });
  assert.deepEqual(
    inWindow!.hits.map((hit) => hit.url),
    ['/guides/c/#step-move'],
  );
});

test("a phrase counts wherever it stands in a guide's items, not only at its first place on the page", async () => {
  const subs = [
    { id: '', title: 'C migration guide', text: 'Summary: restore the catalog if the window fails' },
    { id: 'step-move', title: 'Step 1: Move', text: 'Move it, then catalog the restore points' },
    {
      id: 'rollback-restore',
      title: 'Rollback step 1: Restore',
      text: 'Stop the services, restore the catalog from the backup taken before the window, then start them again',
    },
  ];
  const words = new Vocabulary(vocabulary(subs.map((sub) => sub.text)));
  const outcome = await searchItems(guideEngine(subs), 'restore the catalog', { vocabulary: words });
  // All three have both words once; the shorter step and summary would win if the phrase did not count.
  assert.deepEqual(
    outcome!.hits.map((hit) => hit.url),
    ['/guides/c/', '/guides/c/#rollback-restore', '/guides/c/#step-move'],
  );
});
