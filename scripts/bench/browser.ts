/**
 * What a reader's browser fetches, measured in Chromium against the built site, served with the production
 * headers of _headers (tests/support/static-server.ts). The static server does not compress, so each response body is gzipped here (level 9) to get the bytes a compressing host would send.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { median } from './stats.ts';

export type Kind = 'html' | 'css' | 'js' | 'wasm' | 'data' | 'other';

export interface Transfer {
  url: string;
  kind: Kind;
  bytes: number;
  gzipBytes: number;
}

export interface Weight {
  requests: number;
  /** gzip bytes per kind, and in total. */
  gzip: Record<Kind | 'total', number>;
  transfers: Transfer[];
}

export interface PageWeight extends Weight {
  path: string;
}

export interface SearchSample {
  query: string;
  /** Pasted in one go (a long error, a stack trace) rather than typed key by key. */
  pasted: boolean;
  /** Last keystroke (or the paste) → first result element in the list. */
  latencyMs: number;
  /** Focusing the box → first result: includes the typing, which overlaps loading Pagefind. */
  focusToResultMs: number;
  fetched: Weight;
  /** Where the first result links to. */
  firstUrl: string;
}

export interface SearchQuery {
  text: string;
  pasted: boolean;
  /** Site path the first result should open, e.g. /issues/cast-invalid-input-4/. */
  expect: string;
}

export interface QueryResult {
  query: SearchQuery;
  /** The first search on a fresh page: Pagefind's code, WebAssembly and index chunks are fetched for it. */
  cold: SearchSample;
  /** The same query as the second search on another fresh page, after a different first query. */
  warm: SearchSample;
}

export interface SearchResult {
  path: string;
  queries: QueryResult[];
  coldMedianMs: number;
  coldMaxMs: number;
  warmMedianMs: number;
  warmMaxMs: number;
  /** The most any first query fetched (gzip). */
  coldMaxBytes: number;
  /** Queries whose first result was the expected item, cold. */
  rightFirst: number;
}

function kindOf(request: Request): Kind {
  if (request.resourceType() === 'document') return 'html';
  const extension = /\.([a-z_]+)$/.exec(new URL(request.url()).pathname)?.[1] ?? '';
  if (extension === 'css' || extension === 'js') return extension;
  if (extension === 'pagefind' || extension === 'wasm') return 'wasm';
  if (extension.startsWith('pf_')) return 'data';
  return 'other';
}

export function summarize(transfers: Transfer[]): Weight {
  const gzip = { html: 0, css: 0, js: 0, wasm: 0, data: 0, other: 0, total: 0 };
  for (const transfer of transfers) {
    gzip[transfer.kind] += transfer.gzipBytes;
    gzip.total += transfer.gzipBytes;
  }
  return { requests: transfers.length, gzip, transfers };
}

/**
 * Every request of a browser context (pages and their workers) with the time it started, so a measurement can
 * take the requests made within a window, e.g. from focusing the search box until the first result.
 */
class Recorder {
  private readonly started: { at: number; done: Promise<Transfer | undefined> }[] = [];

  constructor(context: BrowserContext) {
    const pending = new Map<Request, (transfer: Transfer | undefined) => void>();
    context.on('request', (request) => {
      this.started.push({ at: performance.now(), done: new Promise((resolve) => pending.set(request, resolve)) });
    });
    context.on('requestfinished', async (request) => {
      try {
        const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
        pending.get(request)?.({
          url: request.url(),
          kind: kindOf(request),
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
        });
      } catch {
        pending.get(request)?.(undefined); // the context closed before the body could be read
      }
    });
    context.on('requestfailed', (request) => pending.get(request)?.(undefined));
  }

  /** The completed requests that started in [from, to]. */
  async between(from: number, to = Infinity): Promise<Transfer[]> {
    const inWindow = this.started.filter((entry) => entry.at >= from && entry.at <= to);
    return (await Promise.all(inWindow.map((entry) => entry.done))).filter((transfer) => transfer !== undefined);
  }
}

export interface Site {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a build as a deploy does, with the headers of its `_headers` (public/_headers, copied into the build), so
 * the page is measured under the production Content-Security-Policy. A build without `_headers` is refused.
 */
export async function serve(root: string): Promise<Site> {
  if (!existsSync(join(root, '_headers')))
    throw new Error(
      `${root}/_headers is missing: the benchmark measures pages under the production headers (public/_headers)`,
    );
  const { origin, close } = await serveStatic(root, '/');
  return { origin, close };
}

/** A full Chromium, as a reader's: it fetches the favicon that the tests' headless shell skips. */
export function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions('full'));
}

/** Everything a fresh visit to `path` fetches before any interaction (new context: empty cache). */
export async function measurePage(browser: Browser, site: Site, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const recorder = new Recorder(context);
    const page = await context.newPage();
    // 'load' first: parsing the 1,000-guide index (780 KB of HTML) can take longer than 'networkidle' waits
    // before its scripts, at the end of the body, are requested.
    const response = await page.goto(site.origin + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
    if (!(await response.headerValue('content-security-policy')))
      throw new Error(`${path}: served without a Content-Security-Policy (expected the headers of _headers)`);
    return { path, ...summarize(await recorder.between(0)) };
  } finally {
    await context.close();
  }
}

/**
 * One query into the header box of `page`, typed key by key or pasted in one input event: last keystroke (or
 * the paste) → first result, what was fetched meanwhile, and where the first result links to.
 */
async function searchOnce(page: Page, recorder: Recorder, query: SearchQuery): Promise<SearchSample> {
  await page.evaluate(() => window.__bench.reset());
  const from = performance.now();
  await page.focus('#site-search');
  if (query.pasted) await page.keyboard.insertText(query.text);
  else await page.keyboard.type(query.text);
  await page
    .waitForFunction(() => window.__bench.resultAt > 0, null, { timeout: 30_000 })
    .catch(() => {
      throw new Error(`search for "${query.text}" showed no result within 30 s`);
    });
  const to = performance.now();
  const { focusAt, lastKeyAt, resultAt } = await page.evaluate(() => ({ ...window.__bench, reset: undefined }));
  const firstUrl = new URL(
    (await page.locator('#search-results a[role=option]').first().getAttribute('href')) ?? '',
    page.url(),
  ).pathname;
  await page.fill('#site-search', '');
  return {
    query: query.text,
    pasted: query.pasted,
    latencyMs: resultAt - lastKeyAt,
    focusToResultMs: resultAt - focusAt,
    fetched: summarize(await recorder.between(from, to)),
    firstUrl,
  };
}

/**
 * Keystroke → first result in the header search box, per query. Each query is measured cold (the first search
 * on a fresh page: Pagefind's JS, WASM and index are fetched for it) and warm (the second search on another
 * fresh page, after the previous query). Timestamps are taken inside the page (performance.now() in keydown and
 * input listeners and a MutationObserver), so Playwright's own latency is not counted.
 */
export async function measureSearch(
  browser: Browser,
  site: Site,
  path: string,
  queries: SearchQuery[],
): Promise<SearchResult> {
  const fresh = async <T>(run: (page: Page, recorder: Recorder) => Promise<T>): Promise<T> => {
    const context = await browser.newContext();
    try {
      const recorder = new Recorder(context);
      const page = await context.newPage();
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(installProbe);
      return await run(page, recorder);
    } finally {
      await context.close();
    }
  };
  const results: QueryResult[] = [];
  for (const [index, query] of queries.entries()) {
    const previous = queries[(index + queries.length - 1) % queries.length]!;
    const cold = await fresh((page, recorder) => searchOnce(page, recorder, query));
    const warm = await fresh(async (page, recorder) => {
      await searchOnce(page, recorder, previous);
      return searchOnce(page, recorder, query);
    });
    results.push({ query, cold, warm });
  }
  const ms = (pick: (result: QueryResult) => SearchSample) => results.map((result) => pick(result).latencyMs);
  return {
    path,
    queries: results,
    coldMedianMs: median(ms((result) => result.cold)),
    coldMaxMs: Math.max(...ms((result) => result.cold)),
    warmMedianMs: median(ms((result) => result.warm)),
    warmMaxMs: Math.max(...ms((result) => result.warm)),
    coldMaxBytes: Math.max(...results.map((result) => result.cold.fetched.gzip.total)),
    rightFirst: results.filter((result) => sameIssue(result.cold.firstUrl, result.query.expect)).length,
  };
}

/**
 * The synthetic corpus repeats each issue per guide with other numbers and names, which search drops on purpose,
 * so any guide's copy of the expected issue (`/issues/<slug>-<n>/`) is a right first result.
 */
export function sameIssue(url: string, expected: string): boolean {
  const slug = (path: string) => path.replace(/-\d+\/$/, '/');
  return slug(url) === slug(expected);
}

declare global {
  interface Window {
    __bench: { focusAt: number; lastKeyAt: number; resultAt: number; reset(): void };
  }
}

/**
 * Runs in the page: records when a query starts (reset() runs just before the box is focused), each keydown, and
 * the first result option added after the last keydown.
 */
function installProbe() {
  const bench = {
    focusAt: 0,
    lastKeyAt: 0,
    resultAt: 0,
    reset() {
      bench.focusAt = performance.now();
      bench.lastKeyAt = 0;
      bench.resultAt = 0;
    },
  };
  window.__bench = bench;
  // A paste arrives as one input event without a keydown; typing fires both, microseconds apart.
  for (const type of ['keydown', 'input']) {
    addEventListener(
      type,
      () => {
        bench.lastKeyAt = performance.now();
        bench.resultAt = 0; // a result shown before the last keystroke belongs to a partial query
      },
      true,
    );
  }
  const isOption = (node: Node) =>
    node instanceof Element &&
    (node.matches('#search-results [role=option]') || node.querySelector('#search-results [role=option]') !== null);
  new MutationObserver((records) => {
    if (bench.lastKeyAt > 0 && bench.resultAt === 0 && records.some((record) => [...record.addedNodes].some(isOption)))
      bench.resultAt = performance.now();
  }).observe(document.body, { childList: true, subtree: true });
}
