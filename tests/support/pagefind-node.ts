/**
 * The built site's search, in Node: Pagefind's own browser runtime from dist/pagefind, with fetch answered from
 * the files, driven by the same ranking as the site (lib/search-rank.ts). Lets the relevance suite run hundreds
 * of queries in a second without a browser.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Vocabulary } from '../../src/lib/search-query.ts';
import { PAGEFIND_OPTIONS, searchItems, type Engine, type SearchOptions } from '../../src/lib/search-rank.ts';

const ORIGIN = 'http://search.test';

export async function loadBuiltSearch(dist: string) {
  const root = path.resolve(dist);
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN);
    if (url.origin !== ORIGIN) return realFetch(input);
    return new Response(await readFile(path.join(root, decodeURIComponent(url.pathname))));
  }) as typeof fetch;
  const pagefind = (await import(pathToFileURL(path.join(root, 'pagefind/pagefind.js')).href)) as Engine & {
    options(options: Record<string, unknown>): Promise<void>;
    init(): Promise<void>;
  };
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: `${ORIGIN}/pagefind/`, baseUrl: '/' });
  await pagefind.init();
  const vocabulary = new Vocabulary(
    JSON.parse(await readFile(path.join(root, 'pagefind/vocabulary.json'), 'utf8')) as string[],
  );
  return {
    search: (query: string, options: Omit<SearchOptions, 'vocabulary'> = {}) =>
      searchItems(pagefind, query, { ...options, vocabulary }).then((outcome) => outcome!),
  };
}
