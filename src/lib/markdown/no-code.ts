import { defineMdastPlugin } from 'satteri';
import { contentError } from '../content-error.ts';
import { GUIDE_COMPONENTS } from '../guide-components.ts';
import { where } from './where.ts';

/** `{/* a note *\/}` is the one expression an author may write: MDX's comment, which renders nothing. */
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * Guides are data, not code: MDX would run `import`, `export` and `{…}` at build time and publish the result
 * (environment variables, files of the build machine). Each fails with where it is and what to write instead.
 */
export const noCode = defineMdastPlugin({
  name: 'no-code',
  options: { position: true },
  mdxjsEsm(node, ctx) {
    const keyword = node.value.trimStart().startsWith('export') ? 'export' : 'import';
    throw contentError(
      `${where(ctx.fileURL, node)}: \`${keyword}\` is code, and guides may not run code: expected plain Markdown and the documented components (${Object.keys(GUIDE_COMPONENTS).join(', ')}), which need no import`,
    );
  },
  mdxFlowExpression(node, ctx) {
    if (!COMMENT.test(node.value)) throw expressionError(ctx.fileURL, node);
  },
  mdxTextExpression(node, ctx) {
    if (!COMMENT.test(node.value)) throw expressionError(ctx.fileURL, node);
  },
});

function expressionError(
  fileURL: URL | undefined,
  node: { value: string; position?: { start: { line: number; column: number } } | undefined },
) {
  return contentError(
    `${where(fileURL, node)}: \`{${node.value.trim()}}\` is a JavaScript expression, and guides may not run code: expected the text itself, \`\\{\` for a literal brace, inline code (\`{…}\`) to show code, or {/* … */} for a comment`,
  );
}
