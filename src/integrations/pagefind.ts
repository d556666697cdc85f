import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { guidePage, issueRecord, recordDocument, type GuideFacts, type SearchRecord } from '../lib/search-records.ts';
import { vocabulary } from '../lib/search-query.ts';
import { listBuiltFiles } from './site-checks.ts';

/** Where the index's vocabulary is written, for "Did you mean …" (read by the search client on demand). */
export const VOCABULARY_FILE = 'pagefind/vocabulary.json';

/** The records of the built site: every item of every guide page, and each common issue's own page. */
export async function siteRecords(root: string): Promise<SearchRecord[]> {
  const files = await listBuiltFiles(root);
  const guidePages = files.filter((file) => /^guides\/[^/]+\/index\.html$/.test(file));
  const issuePages = files.filter((file) => /^issues\/[^/]+\/index\.html$/.test(file));
  const read = (file: string) => readFile(path.join(root, file), 'utf8');
  const pagePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;

  const records: SearchRecord[] = [];
  const guides = new Map<string, GuideFacts>();
  for (const file of guidePages) {
    const page = guidePage(await read(file), pagePath(file));
    guides.set(file.split('/')[1]!, page.facts);
    records.push(...page.records);
  }
  for (const file of issuePages) records.push(issueRecord(await read(file), pagePath(file), guides));
  return records;
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
        const records = await siteRecords(root);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // All at once: Pagefind's service answers each request in turn, so awaiting one by one leaves it idle
          // between the round trips.
          const added = await Promise.all(
            records.map((record) => index.addHTMLFile({ url: record.url, content: recordDocument(record) })),
          );
          const problems = added.flatMap(({ errors }, n) => errors.map((error) => `${records[n]!.url}: ${error}`));
          const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
          problems.push(...written.errors);
          if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        const words = vocabulary(records.map((record) => record.text));
        await writeFile(path.join(root, VOCABULARY_FILE), JSON.stringify(words));
        logger.info(`indexed ${records.length} items; ${words.length} words in the vocabulary`);
      },
    },
  };
}
