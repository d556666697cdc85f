/** What a build wrote: total size, file count, the largest HTML page and the Pagefind index. */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { listBuiltFiles } from '../../src/integrations/site-checks.ts';

export interface DistStats {
  bytes: number;
  files: number;
  largestPage: { path: string; bytes: number };
  /** All of dist/pagefind, and its `data`: the index, fragment and filter chunks (not the JS, WASM and UI files). */
  pagefind: { bytes: number; files: number; dataBytes: number };
}

/** Every built file (site-relative, forward slashes, as the site checks list them) with its size. */
async function listFiles(root: string): Promise<{ path: string; bytes: number }[]> {
  const files = await listBuiltFiles(root);
  return Promise.all(files.map(async (file) => ({ path: file, bytes: (await stat(path.join(root, file))).size })));
}

const sum = (files: { bytes: number }[]) => files.reduce((total, file) => total + file.bytes, 0);

export async function distStats(root: string): Promise<DistStats> {
  const files = await listFiles(root);
  const pages = files.filter((file) => file.path.endsWith('.html'));
  const pagefind = files.filter((file) => file.path.startsWith('pagefind/'));
  return {
    bytes: sum(files),
    files: files.length,
    largestPage: pages.reduce((largest, page) => (page.bytes > largest.bytes ? page : largest), { path: '', bytes: 0 }),
    pagefind: {
      bytes: sum(pagefind),
      files: pagefind.length,
      dataBytes: sum(pagefind.filter((file) => /\.pf_(meta|index|fragment|filter)$/.test(file.path))),
    },
  };
}

/** SHA-256 of every built file, by site-relative path: two builds of the same content must agree file for file. */
export async function hashDist(root: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  // One file at a time: 1,000 guides make ~40,000 files (the search index's fragments), more than a process may
  // hold open at once.
  for (const file of await listBuiltFiles(root)) {
    hashes.set(
      file,
      createHash('sha256')
        .update(await readFile(path.join(root, file)))
        .digest('hex'),
    );
  }
  return hashes;
}

/** The files that differ between two hashed builds: changed, only in `actual`, or only in `expected`. Sorted. */
export function differingFiles(expected: ReadonlyMap<string, string>, actual: ReadonlyMap<string, string>): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()]);
  return [...paths].filter((file) => expected.get(file) !== actual.get(file)).sort();
}
