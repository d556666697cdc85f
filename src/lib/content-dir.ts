import path from 'node:path';

/**
 * The folder authors write in. CONTENT_DIR lets the benchmark and the test fixtures build another corpus without
 * touching `content/`. Read on every call: Astro's `build()`, called again in the same process, evaluates
 * astro.config.mjs again but not the modules it imports.
 */
export function resolveContentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}
