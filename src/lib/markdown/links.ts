import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineMdastPlugin } from 'satteri';
import { guidePath, parseGuideFileLink, withBase } from '../urls.ts';
import { fail } from './context.ts';

interface Options {
  base: string;
  contentDir: string;
}

/**
 * Links to deployed URLs: seed-style guide links (`./v0.2.0-to-v0.3.0.md#step-…`) point at the guide's page,
 * site-absolute links get the base path. A link to a guide that does not exist stops the build.
 */
export function links({ base, contentDir }: Options) {
  return defineMdastPlugin({
    name: 'guide-links',
    options: { position: true },
    link(link, ctx) {
      const guideLink = parseGuideFileLink(link.url);
      if (guideLink) {
        const guideIds = listGuideIds(contentDir);
        if (!guideIds.includes(guideLink.id)) {
          fail(
            ctx,
            `Link "${link.url}": no guide ${guideLink.id} in ${path.join(contentDir, 'guides')} (expected one of: ${guideIds.join(', ')})`,
            link,
          );
        }
        ctx.setProperty(link, 'url', withBase(base, guidePath(guideLink.id)) + guideLink.hash);
      } else if (link.url.startsWith('/') && !link.url.startsWith('//')) {
        ctx.setProperty(link, 'url', withBase(base, link.url));
      }
    },
  });
}

const guideIdCache = new Map<string, { mtime: number; ids: string[] }>();

/** The guide ids on disk, listed again only when the folder changes (every guide asks; 1,000 guides → 1,000 asks). */
function listGuideIds(contentDir: string): string[] {
  const dir = path.join(contentDir, 'guides');
  try {
    const mtime = statSync(dir).mtimeMs;
    const cached = guideIdCache.get(dir);
    if (cached?.mtime === mtime) return cached.ids;
    const ids = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, ''));
    guideIdCache.set(dir, { mtime, ids });
    return ids;
  } catch {
    return [];
  }
}
