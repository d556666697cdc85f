import { defineMdastPlugin } from 'satteri';
import { urlProblem } from './safe-urls.ts';
import { contentError } from '../content-error.ts';
import { where } from './where.ts';

/**
 * Markdown links and images with a URL content may not use: `javascript:` and `data:` links, images from other
 * origins, fragments that are not valid percent-encoding (which crashed the link checker with "URI malformed").
 */
export const linkUrls = defineMdastPlugin({
  name: 'link-urls',
  options: { position: true },
  link(node, ctx) {
    const problem = urlProblem(node.url, 'link');
    if (problem) throw contentError(`${where(ctx.fileURL, node)}: ${problem}`);
  },
  definition(node, ctx) {
    const problem = urlProblem(node.url, 'link');
    if (problem) throw contentError(`${where(ctx.fileURL, node)}: ${problem}`);
  },
  image(node, ctx) {
    const problem = urlProblem(node.url, 'image');
    if (problem) throw contentError(`${where(ctx.fileURL, node)}: ${problem}`);
  },
});
