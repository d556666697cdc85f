import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { contentError } from '../content-error.ts';
import { where } from './where.ts';

/**
 * Images must exist and stay inside content/ (relative paths) or public/ (site paths): the image pipeline reads
 * whatever path it is given, so `../../../../etc/passwd` once printed a system file into the build log.
 * Other origins are refused earlier (link-urls.ts).
 */
export function imageFiles({ contentDir, publicDir }: { contentDir: string; publicDir: string }) {
  return defineMdastPlugin({
    name: 'image-files',
    options: { position: true },
    image(node, ctx) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(node.url)) return;
      const at = where(ctx.fileURL, node);
      const target = imageTarget(node.url, ctx.fileURL, contentDir, publicDir);
      if ('problem' in target) throw contentError(`${at}: image "${node.url}" ${target.problem}`);
    },
  });
}

/** The file an image URL names, or why it may not be used. Exported for the post-build check of <img>. */
export function imageTarget(url: string, fileURL: URL | undefined, contentDir: string, publicDir: string): { file: string } | { problem: string } {
  const clean = safeDecode(url.split(/[?#]/)[0]!);
  const fromPublic = clean.startsWith('/');
  const root = fromPublic ? publicDir : contentDir;
  const file = fromPublic ? path.join(publicDir, clean) : path.resolve(fileURL ? path.dirname(fileURLToPath(fileURL)) : contentDir, clean);
  const place = fromPublic ? 'public/' : 'content/';
  if (!inside(root, file)) return { problem: `leaves ${place}: expected an image inside ${place}` };
  if (!existsSync(file)) return { problem: `does not exist (looked for ${path.relative(path.dirname(root), file)}): expected the image file in ${place}` };
  // A symlink inside content/ may still point anywhere on the machine.
  if (!inside(realpathSync(root), realpathSync(file))) return { problem: `is a link that leaves ${place}: expected the image file itself` };
  return { file };
}

function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
