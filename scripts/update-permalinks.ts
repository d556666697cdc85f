/**
 * Records the permalinks of the last build in content/permalinks.json: adds new ones, never drops old ones
 * (a dropped one is a ticket link that silently breaks; the build refuses that, see src/integrations/site-checks.ts).
 * Usage: npm run build && npm run permalinks
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REGISTRY_FILE, listBuiltFiles, readBuiltPages, readRegistry } from '../src/integrations/site-checks.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { withNewPermalinks } from '../src/lib/dist-pages.ts';

const contentDir = resolveContentDir();
const root = path.resolve(process.env['OUT_DIR'] ?? 'dist');
const registry = await readRegistry(contentDir);
const pages = readBuiltPages(
  root,
  await listBuiltFiles(root).catch(() => {
    throw new Error(`No build in ${root}: run npm run build first.`);
  }),
);
const updated = withNewPermalinks(registry, pages);
const count = (of: Record<string, string[]>) => Object.values(of).reduce((sum, fragments) => sum + fragments.length, 0);
await writeFile(path.join(contentDir, REGISTRY_FILE), `${JSON.stringify(updated, null, 2)}\n`);
console.log(
  `${path.join(contentDir, REGISTRY_FILE)}: ${count(updated)} permalinks (${count(updated) - count(registry)} new). Commit it.`,
);
