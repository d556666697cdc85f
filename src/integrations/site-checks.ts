import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks, missingPermalinks, readPage, routeOf, type PermalinkRegistry } from '../lib/dist-pages.ts';

export const REGISTRY_FILE = 'permalinks.json';

/** Every built file, site-relative, with forward slashes. */
export async function listBuiltFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

export async function readBuiltPages(root: string, files: readonly string[]) {
  return Promise.all(files.filter((file) => file.endsWith('.html')).map(async (file) => readPage(routeOf(file), await readFile(path.join(root, file), 'utf8'))));
}

export async function readRegistry(contentDir: string): Promise<PermalinkRegistry> {
  try {
    return JSON.parse(await readFile(path.join(contentDir, REGISTRY_FILE), 'utf8')) as PermalinkRegistry;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${path.join(contentDir, REGISTRY_FILE)}: ${(error as Error).message} (expected JSON: { "<page route>": ["<fragment>", …] })`, {
      cause: error,
    });
  }
}

/** The content file a problem on a built page comes from, as a prefix: guide pages map to their MDX file. */
function sourceOf(problem: string, contentDir: string): string {
  const guide = /^guides\/([^/]+)\//.exec(problem)?.[1];
  if (guide) return `${path.join(contentDir, 'guides', `${guide}.mdx`)}: `;
  if (problem.startsWith('/:')) return `${path.join(contentDir, 'home.mdx')}: `;
  if (problem.startsWith('issues/')) return `${path.join(contentDir, 'issues')}/*.md: `;
  return '';
}

/**
 * After the build: every internal link and #fragment resolves, and every published permalink still lands.
 * A failure fails `astro build` (and `npm run build` then removes the half-checked output).
 */
export function siteChecks({ contentDir }: { contentDir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listBuiltFiles(root);
        const pages = await readBuiltPages(root, files);
        const problems = [
          ...brokenLinks(pages, new Set(files), base).map((problem) => `${sourceOf(problem, contentDir)}${problem}`),
          ...missingPermalinks(await readRegistry(contentDir), pages).map((problem) => `${path.join(contentDir, REGISTRY_FILE)}: ${problem}`),
        ];
        if (problems.length > 0) throw new Error(`Site check failed (${problems.length}):\n- ${problems.join('\n- ')}`);
        const links = pages.reduce((sum, page) => sum + page.hrefs.length, 0);
        logger.info(`${pages.length} pages, ${links} links and every published permalink check out`);
      },
    },
  };
}
