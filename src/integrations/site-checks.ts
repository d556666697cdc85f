import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { REGISTRY_FILE } from '../lib/content-check.ts';
import {
  missingPermalinks,
  pageProblems,
  readPage,
  routeOf,
  type BuiltPage,
  type PageProblem,
} from '../lib/dist-pages.ts';
import { contentError } from '../lib/content-error.ts';
import { readRegistry as readRegistryFile } from '../lib/registry.ts';

export { REGISTRY_FILE };

/** Every built file, site-relative, with forward slashes. */
export async function listBuiltFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** One page at a time: reading them all at once held every page's HTML together, ~700 MB at 1,000 guides. */
export function readBuiltPages(root: string, files: readonly string[]) {
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => readPage(routeOf(file), readFileSync(path.join(root, file), 'utf8')));
}

export function readRegistry(contentDir: string) {
  return readRegistryFile(path.join(contentDir, REGISTRY_FILE));
}

/**
 * The content file a problem on a built page comes from: the common issue whose text it sits in, else the guide
 * or home page the route is built from. Pages built from code (lists, upgrade plans) are named by their route.
 */
function sourceOf(problem: PageProblem, contentDir: string): string {
  if (problem.issue) return `${path.join(contentDir, 'issues', `${problem.issue}.md`)} (on /${problem.route})`;
  const guide = /^guides\/([^/]+)\/$/.exec(problem.route)?.[1];
  if (guide) return path.join(contentDir, 'guides', `${guide}.mdx`);
  if (problem.route === '') return path.join(contentDir, 'home.mdx');
  return `/${problem.route}`;
}

/**
 * After the build: every internal link and #fragment resolves, images are built files under the base, no id repeats
 * on a page, and every published permalink still lands. A failure fails `astro build`, so the build is not swapped in.
 * The pages are read by integrations/after-build.ts, together with the search records.
 */
export async function checkPages(
  pages: readonly BuiltPage[],
  files: readonly string[],
  { contentDir, base, logger }: { contentDir: string; base: string; logger: AstroIntegrationLogger },
): Promise<void> {
  const problems = [
    ...pageProblems(pages, new Set(files), base).map(
      (problem) => `${sourceOf(problem, contentDir)}: ${problem.message}`,
    ),
    ...missingPermalinks(await readRegistry(contentDir), pages).map(
      (problem) => `${path.join(contentDir, REGISTRY_FILE)}: ${problem}`,
    ),
  ];
  if (problems.length > 0) {
    logger.error(`Site check failed (${problems.length}):\n- ${problems.join('\n- ')}`);
    throw contentError(
      `site check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}, listed above`,
    );
  }
  const links = pages.reduce((sum, page) => sum + page.links.length, 0);
  logger.info(`${pages.length} pages, ${links} links and every published permalink check out`);
}
