import path from 'node:path';

/**
 * The folder authors write in. CONTENT_DIR lets the benchmark and the test fixtures build another corpus
 * without touching `content/`.
 */
export const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
