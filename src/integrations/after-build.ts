import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageReader, routeOf, type BuiltPage } from '../lib/dist-pages.ts';
import { streamHtml } from '../lib/html-stream.ts';
import { guidePage, issueRecord, type GuideFacts } from '../lib/search-records.ts';
import { SiteIndex } from './pagefind.ts';
import { checkPages, listBuiltFiles } from './site-checks.ts';

/**
 * After the pages are written, one read of the built site serves the site checks and the search index: each page is
 * parsed once. Failed checks stop Pagefind and fail `astro build`, so the build is not swapped in.
 */
export function afterBuild({ contentDir }: { contentDir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listBuiltFiles(root);
        const index = await SiteIndex.open(root, logger.fork('pagefind'));
        try {
          const pages = await readSite(root, files, index);
          await checkPages(pages, files, { contentDir, base, logger: logger.fork('site-checks') });
        } catch (error) {
          await index.cancel();
          throw error;
        }
        await index.finish();
      },
    },
  };
}

/**
 * Every built page, for the checks, and the search records of guide and issue pages, handed to `index`. Guide pages
 * come first (an issue's record takes its filters from the guides it relates to), then issue pages, then the rest
 * (upgrade plans, lists), which only the checks read.
 */
async function readSite(root: string, files: readonly string[], index: SiteIndex): Promise<BuiltPage[]> {
  const kindOf = (file: string) => /^(guides|issues)\/[^/]+\/index\.html$/.exec(file)?.[1];
  const html = files.filter((file) => file.endsWith('.html'));
  const inOrder = [
    ...html.filter((file) => kindOf(file) === 'guides'),
    ...html.filter((file) => kindOf(file) === 'issues'),
    ...html.filter((file) => kindOf(file) === undefined),
  ];
  const guides = new Map<string, GuideFacts>();
  const pages: BuiltPage[] = [];
  for (const file of inOrder) {
    // One page at a time (all of them at once held ~700 MB at 1,000 guides), read without leaving the thread: an
    // awaited readFile is four trips to libuv's thread pool, which at 10,000 pages cost more time than the parsing.
    // A turn of the event loop per page hands the records to Pagefind as they come.
    const text = readFileSync(path.join(root, file), 'utf8');
    await nextTurn();
    const { handler, page } = pageReader(routeOf(file));
    const pagePath = `/${page.route}`;
    const kind = kindOf(file);
    if (kind === 'guides') {
      const { facts, record } = guidePage(text, pagePath, handler);
      guides.set(file.split('/')[1]!, facts);
      index.add(record);
    } else if (kind === 'issues') {
      index.add(issueRecord(text, pagePath, guides, handler));
    } else {
      streamHtml(text, handler);
    }
    pages.push(page);
  }
  return pages;
}
