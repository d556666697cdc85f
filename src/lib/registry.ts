import { readFile } from 'node:fs/promises';
import type { PermalinkRegistry } from './dist-pages.ts';

const FRAGMENT = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CREATE = 'if this site has never been published, create it with `PERMALINKS_FIRST_BUILD=1 npm run build && npm run permalinks`; otherwise restore it from version control (`git checkout -- content/permalinks.json`)';

/**
 * content/permalinks.json switches link protection on; deleting it or writing `[]` into it used to switch the
 * protection off silently. Once a guide is published it is required, and its shape is checked before it is used.
 */
export async function registryProblems(file: string, { required }: { required: boolean }): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return required ? [`${file}: is missing: expected the record of every published permalink; ${CREATE}`] : [];
  }
  let registry: unknown;
  try {
    registry = JSON.parse(text);
  } catch (error) {
    return [`${file}: is not valid JSON (${(error as Error).message}): expected { "<page route>": ["<fragment>", …] }`];
  }
  return shapeProblems(file, registry, required);
}

function shapeProblems(file: string, registry: unknown, required: boolean): string[] {
  const expected = 'expected { "<page route>": ["<fragment>", …] }, as npm run permalinks writes it';
  if (typeof registry !== 'object' || registry === null || Array.isArray(registry)) {
    return [`${file}: is ${Array.isArray(registry) ? 'a list' : String(registry)}: ${expected}`];
  }
  const entries = Object.entries(registry);
  if (entries.length === 0) return required ? [`${file}: is empty: ${expected}; ${CREATE}`] : [];
  return entries.flatMap(([route, fragments]) => {
    if (route.startsWith('/') || !(route === '' || route.endsWith('/') || route.endsWith('.html'))) {
      return [`${file}: "${route}": expected a site-relative page route such as "guides/v0.1.0-to-v0.2.0/" or "" for the home page`];
    }
    if (!Array.isArray(fragments) || fragments.length === 0) return [`${file}: "${route}": expected a non-empty list of fragments`];
    const bad = fragments.find((fragment) => typeof fragment !== 'string' || !FRAGMENT.test(fragment));
    return bad === undefined ? [] : [`${file}: "${route}": ${JSON.stringify(bad)} is not a fragment: expected ids such as "step-migrate-catalog"`];
  });
}

/** The registry after checkContent() has vouched for its shape; a missing file is an empty record. */
export async function readRegistry(file: string): Promise<PermalinkRegistry> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as PermalinkRegistry;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}
