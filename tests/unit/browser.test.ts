import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromiumExecutable, systemBrowsers } from '../support/browser.ts';

const missing = '/nonexistent/chrome';
const present = process.execPath; // any file that exists

test('CHROMIUM_PATH wins, and a wrong one is named', () => {
  assert.equal(chromiumExecutable(present, missing, []), present);
  assert.throws(() => chromiumExecutable(missing, present, [present]), {
    message: `CHROMIUM_PATH=${missing} does not exist.`,
  });
});

test("Playwright's own browser comes next, then the system's", () => {
  assert.equal(chromiumExecutable(undefined, present, [present]), undefined);
  assert.equal(chromiumExecutable(undefined, missing, [missing, present]), present);
});

test('with no browser at all, the error says how to get one', () => {
  assert.throws(
    () => chromiumExecutable(undefined, missing, [missing]),
    /No Chromium found[\s\S]*apt-get install chromium-headless-shell[\s\S]*npx playwright install chromium[\s\S]*CHROMIUM_PATH/,
  );
});

test("the tests take Chromium's headless shell first; the benchmark, measuring what a reader fetches, last", () => {
  assert.equal(systemBrowsers('fastest')[0], '/usr/bin/chromium-headless-shell');
  assert.equal(systemBrowsers('full')[0], '/usr/bin/chromium');
  assert.equal(systemBrowsers('full').at(-1), '/usr/bin/chromium-headless-shell');
  assert.deepEqual([...systemBrowsers('full')].sort(), [...systemBrowsers('fastest')].sort());
});
