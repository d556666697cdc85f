import { defineMdastPlugin } from 'satteri';
import { withBase } from '../urls.ts';

/**
 * `![…](/diagrams/x.svg)` names a file in public/; under a sub-path deploy (SITE_BASE) it is served from
 * `<base>diagrams/x.svg`, so site paths get the base as links do.
 */
export function imageBase({ base }: { base: string }) {
  return defineMdastPlugin({
    name: 'image-base',
    image(node, ctx) {
      if (node.url.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith(base)) {
        ctx.setProperty(node, 'url', withBase(base, node.url));
      }
    },
  });
}
