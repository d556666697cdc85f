import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

/**
 * What turns a content file into an entry, besides the file: the content config, the schemas and Markdown plugins
 * (src/lib/), the processor's settings (astro.config.mjs) and the installed packages.
 */
export const ENTRY_CODE = [
  'astro.config.mjs',
  'src/content.config.ts',
  'src/lib',
  'node_modules/.package-lock.json',
] as const;

/** One SHA-256 over the files at `paths` (folders: every file in them, in name order); a missing path counts too. */
export function codeDigest(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (relative: string) => {
    const file = path.join(root, relative);
    if (!existsSync(file)) return void hash.update(`${relative}\0missing\0`);
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) add(path.join(relative, name));
      return;
    }
    hash.update(`${relative}\0`).update(readFileSync(file)).update('\0');
  };
  for (const relative of paths) add(relative);
  return hash.digest('hex');
}

const META_KEY = 'entry-code-digest';

/**
 * Astro keeps loaded entries between builds and loads a file again only when that file changes (or the content
 * config file, or Astro's version). After an edit to a schema or a Markdown plugin, a build would keep every
 * unchanged common issue's old data and HTML, and ship them, while a clean build would not. Wrapped, a loader
 * starts from an empty store when the code of ENTRY_CODE changed since the store was filled.
 */
export function reloadWhenCodeChanges(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const digest = codeDigest(fileURLToPath(context.config.root), ENTRY_CODE);
      if (context.meta.get(META_KEY) !== digest) {
        context.store.clear();
        context.meta.set(META_KEY, digest);
      }
      await loader.load(context);
    },
  };
}
