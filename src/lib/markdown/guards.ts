import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { MdastPluginEntry } from 'satteri';
import { imageFiles } from './image-files.ts';
import { GUIDE_COMPONENTS, HOME_COMPONENTS } from '../guide-components.ts';
import { htmlAllowlist } from './html-allowlist.ts';
import { linkUrls } from './link-urls.ts';
import { noCode } from './no-code.ts';

/** The home page (content/home.mdx) has its own components; every other MDX file is a guide. */
export function componentsFor(fileURL: URL | undefined) {
  return fileURL && path.basename(fileURLToPath(fileURL)) === 'home.mdx' ? HOME_COMPONENTS : GUIDE_COMPONENTS;
}

/**
 * The checks every content file passes before anything renders, in the order they run: code first (it must never
 * reach a build), then tags, then URLs and image files. index.ts puts them before any plugin that adds nodes of its
 * own; the content check (lib/content-check.ts) runs them on every file before the build compiles anything.
 */
export function contentGuards({
  contentDir,
  publicDir,
}: {
  contentDir: string;
  publicDir: string;
}): MdastPluginEntry[] {
  return [
    noCode,
    ({ fileURL }) => htmlAllowlist({ components: componentsFor(fileURL) }),
    linkUrls,
    imageFiles({ contentDir, publicDir }),
  ];
}
