import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_TERMS,
  Vocabulary,
  editDistance,
  meaningfulLines,
  normaliseQuery,
  suggestWord,
  vocabulary,
} from '../../src/lib/search-query.ts';

test('drops numbers, quoted names and values, keeps the error class', () => {
  const query = normaliseQuery(
    '[CAST_INVALID_INPUT] The value \'N/A\' of the type "STRING" cannot be cast to "INT" because it is malformed.',
  );
  assert.deepEqual(query.signatures, ['CAST_INVALID_INPUT']);
  assert.deepEqual(query.terms, ['cast_invalid_input', 'value', 'type', 'cannot', 'cast', 'because', 'malformed']);
});

test('a qualified class keeps its class name; numbers in brackets go', () => {
  const query = normaliseQuery('java.util.concurrent.TimeoutException: Futures timed out after [300 seconds]');
  assert.deepEqual(query.signatures, ['TimeoutException']);
  assert.deepEqual(query.terms, ['timeoutexception', 'futures', 'timed', 'seconds']);
});

test('paths, URLs, hosts, IPs, UUIDs, pod and container ids and timestamps are dropped', () => {
  const cases: [string, string[]][] = [
    ['2025-06-16T21:04:37Z FATAL catalog schema version 8 is older', ['catalog', 'schema', 'version', 'older']],
    ['24/06/15 03:12:44 ERROR BroadcastExchangeExec: failed', ['broadcastexchangeexec', 'failed']],
    ['location s3a://platform-warehouse/analytics/orders__v3 exists', ['location', 'exists']],
    ['cannot read /var/lib/spark/work/app-1/stderr here', ['cannot', 'read']],
    ['connect to catalog-db.internal:5432 refused', ['connect', 'refused']],
    ['Lost executor 3 on 10.0.7.21: exited', ['lost', 'executor', 'exited']],
    ['run 7f3c9a2e-41d0-4c3b-9d5e-0b6a2f1e8c47 SUCCEEDED', ['succeeded', 'run']],
    ['pod orders-daily-3f9c2e-exec-4 OOMKilled', ['oomkilled', 'pod']],
    ['pod pipeline-scheduler-5d8f7c9b6-x2x9k restarted', ['pod', 'restarted']],
    [
      'Container marked as failed: container_e42_1718000000000_0042_01_000007 on host',
      ['container', 'marked', 'failed', 'host'],
    ],
    ['image sha 3f9c2e41ab7d0c55 pulled', ['image', 'sha', 'pulled']],
  ];
  for (const [input, terms] of cases) assert.deepEqual(normaliseQuery(input).terms.sort(), terms.sort(), input);
});

test('an exit or status code is kept; other numbers are not', () => {
  assert.deepEqual(normaliseQuery('exited with exit code 137 after 300 seconds').terms, [
    '137',
    'exited',
    'exit',
    'code',
    'seconds',
  ]);
  assert.deepEqual(normaliseQuery('SQLSTATE 42P07').signatures, ['42P07']);
});

test('a stack trace is reduced to its message and cause lines', () => {
  const trace = `org.apache.spark.SparkException: Could not execute broadcast in 900 secs.
\tat org.apache.spark.sql.execution.exchange.BroadcastExchangeExec.doExecuteBroadcast(BroadcastExchangeExec.scala:226)
Caused by: java.util.concurrent.TimeoutException: Futures timed out after [900 seconds]
\t... 42 more`;
  assert.deepEqual(meaningfulLines(trace), [
    'org.apache.spark.SparkException: Could not execute broadcast in 900 secs.',
    'java.util.concurrent.TimeoutException: Futures timed out after [900 seconds]',
  ]);
  assert.ok(!normaliseQuery(trace).terms.includes('dooexecutebroadcast'));
  assert.ok(normaliseQuery(trace).terms.includes('timeoutexception'));
});

test('a trace pasted into a one-line box loses its frames too', () => {
  const pasted =
    'SparkException: Job aborted: row count mismatch \tat org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:2602)\tat com.example.OrdersDaily$.main(OrdersDaily.scala:42) Caused by: row count mismatch \t... 32 more';
  assert.deepEqual(normaliseQuery(pasted).terms, ['sparkexception', 'job', 'aborted', 'row', 'count', 'mismatch']);
});

test('a long paste keeps its most telling words, signatures first, in the order written', () => {
  const query = normaliseQuery(
    'SparkException: [CAST_INVALID_INPUT] The value of the type cannot be cast because it is malformed. Correct the value as per the syntax, or change its target type. Use try_cast to tolerate malformed input and return NULL instead. If necessary set to bypass this error.',
  );
  assert.equal(query.terms.length, MAX_TERMS);
  assert.deepEqual(query.terms.slice(0, 2), ['sparkexception', 'cast_invalid_input']);
});

test('a query of only numbers or glue words is searched as typed', () => {
  assert.deepEqual(normaliseQuery('401').terms, ['401']);
  assert.deepEqual(normaliseQuery('what is this').terms, ['what', 'is', 'this']);
  assert.deepEqual(normaliseQuery('   ').terms, []);
});

test('the phrase keeps glue words for an in-order match', () => {
  assert.deepEqual(normaliseQuery('point of no return').phrase, ['point', 'of', 'no', 'return']);
});

test('edit distance, capped', () => {
  assert.equal(editDistance('memmory', 'memory'), 1);
  assert.equal(editDistance('broadcst', 'broadcast'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3); // beyond the limit of 2: reported as 3
  assert.equal(editDistance('abc', 'abcdef'), 3);
});

test('"Did you mean": nearest, then most common; never a one- or two-letter word', () => {
  const words = ['memory', 'memo', 'm', 'me', 'mem'];
  assert.equal(suggestWord('memmory', words), 'memory');
  assert.equal(suggestWord('mx', words), undefined);
  assert.equal(suggestWord('zzzzzz', words), undefined);
  assert.equal(suggestWord('cast_x', ['cast_invalid_input']), undefined);
  assert.equal(suggestWord('rollbakc', ['rollback', 'callback']), 'rollback');
});

test('the vocabulary knows words, their beginnings and inflections, not a lone letter', () => {
  const known = new Vocabulary(
    vocabulary(['Rollback the catalog', 'A future release', 'OOMKilled exit code 137', 'm']),
  );
  assert.ok(known.knows('rollback'));
  assert.ok(known.knows('rollb'));
  assert.ok(known.knows('futures'));
  assert.ok(known.knows('137'));
  assert.ok(known.knows('oomkilled'));
  assert.ok(!known.knows('memmory'));
  assert.ok(!known.knows('m'));
  assert.equal(known.suggest('catalgo'), 'catalog');
});
