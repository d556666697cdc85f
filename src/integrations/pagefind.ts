import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { recordDocument, type SearchRecord } from '../lib/search-records.ts';
import { WordCounts } from '../lib/search-query.ts';

/** Where the index's vocabulary is written, for "Did you mean …" (read by the search client on demand). */
export const VOCABULARY_FILE = 'pagefind/vocabulary.json';

/**
 * The search index of a build, one record per guide or issue page (see lib/search-records.ts and
 * docs/decisions.md), and its vocabulary. Pagefind indexes in a process of its own, on another core: records are
 * handed over as they are read.
 */
export class SiteIndex {
  private readonly words = new WordCounts();
  private readonly added: Promise<string[]>[] = [];
  private readonly root: string;
  private readonly logger: AstroIntegrationLogger;
  private readonly index: pagefind.PagefindIndex;

  private constructor(root: string, logger: AstroIntegrationLogger, index: pagefind.PagefindIndex) {
    this.root = root;
    this.logger = logger;
    this.index = index;
  }

  static async open(root: string, logger: AstroIntegrationLogger): Promise<SiteIndex> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) {
      await pagefind.close();
      throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    }
    return new SiteIndex(root, logger, index);
  }

  /** Unawaited: the next page is read while Pagefind indexes this record. */
  add(record: SearchRecord): void {
    this.words.add(record.text);
    this.added.push(
      this.index.addHTMLFile({ url: record.url, content: recordDocument(record) }).then(
        ({ errors }) => errors.map((error) => `${record.url}: ${error}`),
        (error: unknown) => [`${record.url}: ${String(error)}`],
      ),
    );
  }

  /**
   * Every record is in: waits for Pagefind to index them and write the index, then writes the vocabulary beside it.
   * Only now, not while the last pages are read: Pagefind writes on several threads that spin when the other core
   * is busy, which cost more CPU than the overlap saved time.
   */
  async finish(): Promise<void> {
    try {
      const problems = (await Promise.all(this.added)).flat();
      const { errors } = await this.index.writeFiles({ outputPath: path.join(this.root, 'pagefind') });
      problems.push(...errors);
      if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    const list = this.words.mostCommonFirst();
    await writeFile(path.join(this.root, VOCABULARY_FILE), JSON.stringify(list));
    this.logger.info(`indexed ${this.added.length} pages; ${list.length} words in the vocabulary`);
  }

  /** Stops Pagefind without waiting for it (the build has failed): it answers every pending record with an error. */
  async cancel(): Promise<void> {
    await pagefind.close();
  }
}
