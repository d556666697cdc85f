/**
 * What a reader's browser fetches, measured in Chromium against the built site. The static server does not
 * compress, so each response body is gzipped here (level 9) to get the bytes a compressing host would send.
 */
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
  /** Last keystroke → first result element in the list. */
  latencyMs: number;
  /** Focusing the box → first result: includes the typing, which overlaps loading Pagefind. */
  focusToResultMs: number;
  fetched: Weight;
}

export interface SearchResult {
  path: string;
  /** The same query on fresh page loads. */
  cold: SearchSample[];
  coldMedianMs: number;
  /** Different queries after the first cold one, on its page. */
  warm: SearchSample[];
  warmMedianMs: number;
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
        pending.get(request)?.({ url: request.url(), kind: kindOf(request), bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
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

export function serve(root: string): Promise<Site> {
  return serveStatic(root);
}

export function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Everything a fresh visit to `path` fetches before any interaction (new context: empty cache). */
export async function measurePage(browser: Browser, site: Site, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const recorder = new Recorder(context);
    const page = await context.newPage();
    const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
    return { path, ...summarize(await recorder.between(0)) };
  } finally {
    await context.close();
  }
}

/** One query typed into the header box of `page`: keystroke → first result, and what was fetched meanwhile. */
async function searchOnce(page: Page, recorder: Recorder, query: string): Promise<SearchSample> {
  await page.evaluate(() => window.__bench.reset());
  const from = performance.now();
  await page.focus('#site-search');
  await page.keyboard.type(query);
  await page.waitForFunction(() => window.__bench.resultAt > 0, null, { timeout: 30_000 }).catch(() => {
    throw new Error(`search for "${query}" showed no result within 30 s`);
  });
  const to = performance.now();
  const { focusAt, lastKeyAt, resultAt } = await page.evaluate(() => ({ ...window.__bench, reset: undefined }));
  await page.fill('#site-search', '');
  return { query, latencyMs: resultAt - lastKeyAt, focusToResultMs: resultAt - focusAt, fetched: summarize(await recorder.between(from, to)) };
}

/**
 * Keystroke → first result in the header search box. Cold is the first query after a page load (Pagefind's JS,
 * WASM and index are fetched on first use), repeated on fresh pages because a single cold run swings with how
 * much loading the typing happened to hide. Warm queries follow the first cold one on its page, each different.
 * Timestamps are taken inside the page (performance.now() in a keydown listener and a MutationObserver), so
 * Playwright's own latency is not counted.
 */
export async function measureSearch(browser: Browser, site: Site, path: string, [coldQuery, ...warmQueries]: string[], coldRuns = 5): Promise<SearchResult> {
  const cold: SearchSample[] = [];
  const warm: SearchSample[] = [];
  for (let run = 0; run < coldRuns; run++) {
    const context = await browser.newContext();
    try {
      const recorder = new Recorder(context);
      const page = await context.newPage();
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(installProbe);
      cold.push(await searchOnce(page, recorder, coldQuery!));
      if (run === 0) for (const query of warmQueries) warm.push(await searchOnce(page, recorder, query));
    } finally {
      await context.close();
    }
  }
  const medianOf = (samples: SearchSample[]) => median(samples.map((sample) => sample.latencyMs));
  return { path, cold, coldMedianMs: medianOf(cold), warm, warmMedianMs: medianOf(warm) };
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
  addEventListener(
    'keydown',
    () => {
      bench.lastKeyAt = performance.now();
      bench.resultAt = 0; // a result shown before the last keystroke belongs to a partial query
    },
    true,
  );
  const isOption = (node: Node) => node instanceof Element && (node.matches('#search-results [role=option]') || node.querySelector('#search-results [role=option]') !== null);
  new MutationObserver((records) => {
    if (bench.lastKeyAt > 0 && bench.resultAt === 0 && records.some((record) => [...record.addedNodes].some(isOption))) bench.resultAt = performance.now();
  }).observe(document.body, { childList: true, subtree: true });
}
