import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { PLACEHOLDER } from '../scaffold.ts';
import { fail, frontmatterOf } from './context.ts';

/** A guide that leaves draft must not keep the scaffold's placeholders in its body. */
export const placeholders: MdastPluginEntry = ({ data }) => {
  const frontmatter = (data['astro'] as { frontmatter?: { draft?: unknown; from?: unknown } } | undefined)?.frontmatter;
  if (!frontmatter?.from || frontmatter.draft) return null;
  return defineMdastPlugin({
    name: 'guide-placeholders',
    options: { position: true },
    text(node, ctx) {
      if (node.value.includes(PLACEHOLDER) && !frontmatterOf(ctx).draft) {
        fail(
          ctx,
          `"${node.value.trim()}": expected the ${PLACEHOLDER} placeholder replaced before the guide leaves draft`,
          node,
        );
      }
    },
  });
};
