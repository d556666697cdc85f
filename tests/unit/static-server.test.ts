import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { scratchDir } from '../support/scratch.ts';
import { serveStatic, type StaticSite } from '../../tests/support/static-server.ts';

/** A site folder `dist` beside a folder it must never serve from, `dist-subpath` (whose name starts the same). */
const parent = scratchDir('static-server-');
const root = path.join(parent, 'dist');
mkdirSync(path.join(root, 'guides', 'a'), { recursive: true });
mkdirSync(path.join(parent, 'dist-subpath'));
writeFileSync(path.join(root, 'index.html'), 'home');
writeFileSync(path.join(root, 'guides', 'a', 'index.html'), 'guide a');
writeFileSync(path.join(root, '404.html'), 'not here');
writeFileSync(
  path.join(root, '_headers'),
  "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n",
);
writeFileSync(path.join(parent, 'dist-subpath', 'index.html'), 'secret');
symlinkSync(path.join(parent, 'dist-subpath', 'index.html'), path.join(root, 'link.html'));

let site: StaticSite;
let based: StaticSite;
before(async () => {
  [site, based] = await Promise.all([serveStatic(root), serveStatic(root, '/docs/')]);
});
after(() => Promise.all([site.close(), based.close()]));

/** A raw GET: fetch() would normalise `..` and `%2e%2e` before sending, the attacks are in what it would not send. */
function get(
  origin: string,
  rawPath: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    request(origin + '/', { path: rawPath }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body, headers: response.headers }));
    })
      .on('error', reject)
      .end();
  });
}

test('serves files and directory indexes with the headers of _headers', async () => {
  const home = await get(site.origin, '/');
  assert.deepEqual([home.status, home.body], [200, 'home']);
  assert.equal(home.headers['content-security-policy'], "default-src 'self'");
  assert.equal(home.headers['x-content-type-options'], 'nosniff');
  assert.equal(home.headers['content-type'], 'text/html; charset=utf-8');
  assert.deepEqual(
    [(await get(site.origin, '/guides/a/')).body, (await get(site.origin, '/guides/a')).body],
    ['guide a', 'guide a'],
  );
});

test("a miss gets the site's 404 page, status 404 and the same headers", async () => {
  const miss = await get(site.origin, '/nothing/');
  assert.deepEqual([miss.status, miss.body], [404, 'not here']);
  assert.equal(miss.headers['content-security-policy'], "default-src 'self'");
});

test('never answers with a file outside its folder', async () => {
  for (const attack of [
    '/..%2fdist-subpath%2findex.html',
    '/%2e%2e%2fdist-subpath%2findex.html',
    '/%2e%2e/dist-subpath/index.html',
    '/..%5cdist-subpath%5cindex.html',
    '/guides/..%2f..%2fdist-subpath%2findex.html',
    '/link.html',
    '/index.html%00',
    '/%E0%A4%A',
  ]) {
    const response = await get(site.origin, attack);
    assert.equal(response.status, 404, attack);
    assert.equal(response.body, 'not here', attack);
  }
});

test('serves only under its base path', async () => {
  assert.deepEqual(
    [(await get(based.origin, '/docs/')).status, (await get(based.origin, '/docs/guides/a/')).body],
    [200, 'guide a'],
  );
  assert.equal((await get(based.origin, '/')).status, 404);
  assert.equal((await get(based.origin, '/docs/..%2f..%2fdist-subpath%2findex.html')).status, 404);
  assert.equal(based.url, `${based.origin}/docs/`);
});
