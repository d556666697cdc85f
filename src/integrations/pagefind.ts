import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { guidePage, issueRecord, recordDocument, type GuideFacts, type SearchRecord } from '../lib/search-records.ts';
import { WordCounts } from '../lib/search-query.ts';
import { listBuiltFiles } from './site-checks.ts';

/** Where the index's vocabulary is written, for "Did you mean …" (read by the search client on demand). */
export const VOCABULARY_FILE = 'pagefind/vocabulary.json';

/**
 * The records of the built site, page by page: every item of every guide page, then each common issue's own page
 * (which takes its filters from the guides it relates to).
 */
export async function* siteRecords(root: string): AsyncGenerator<SearchRecord> {
  const files = await listBuiltFiles(root);
  const guidePages = files.filter((file) => /^guides\/[^/]+\/index\.html$/.test(file));
  const issuePages = files.filter((file) => /^issues\/[^/]+\/index\.html$/.test(file));
  const read = (file: string) => readFile(path.join(root, file), 'utf8');
  const pagePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;

  const guides = new Map<string, GuideFacts>();
  for (const file of guidePages) {
    const page = guidePage(await read(file), pagePath(file));
    guides.set(file.split('/')[1]!, page.facts);
    yield* page.records;
  }
  for (const file of issuePages) yield issueRecord(await read(file), pagePath(file), guides);
}

/**
 * Indexes each item as a record of its own (see lib/search-records.ts and docs/decisions.md) as the last step of
 * `astro build`, and writes the vocabulary beside the index.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const words = new WordCounts();
        let count = 0;
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Each record goes to Pagefind as soon as it is read, unawaited: Pagefind indexes in its own process,
          // on another core, while the next pages are read here.
          const added: Promise<string[]>[] = [];
          for await (const record of siteRecords(root)) {
            words.add(record.text);
            count++;
            added.push(
              index.addHTMLFile({ url: record.url, content: recordDocument(record) }).then(
                ({ errors }) => errors.map((error) => `${record.url}: ${error}`),
                (error: unknown) => [`${record.url}: ${String(error)}`],
              ),
            );
          }
          const problems = (await Promise.all(added)).flat();
          const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
          problems.push(...written.errors);
          if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        const list = words.mostCommonFirst();
        await writeFile(path.join(root, VOCABULARY_FILE), JSON.stringify(list));
        logger.info(`indexed ${count} items; ${list.length} words in the vocabulary`);
      },
    },
  };
}
