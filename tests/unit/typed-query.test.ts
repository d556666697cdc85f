import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedQuery } from '../../src/scripts/pagefind-client.ts';

test('while typing, a trailing fragment of one or two letters waits', () => {
  assert.equal(typedQuery('relation al'), 'relation');
  assert.equal(typedQuery('relation alr'), 'relation alr');
  assert.equal(typedQuery('  OOMKilled  '), 'OOMKilled');
  assert.equal(typedQuery('ex'), '');
  assert.equal(typedQuery('exit code 13'), 'exit code');
  assert.equal(typedQuery('[CAST_INVALID_INPUT] The value'), '[CAST_INVALID_INPUT] The value');
});
