import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkTitles, placementProblems } from './check-placement.ts';
import { pairId } from './versions.ts';

/**
 * Runs before remarkGuide: gives each <Check id="…" /> the title of its frontmatter entry (remarkGuide then numbers it
 * and gives it its fragment, as for any ITEM_KINDS component) and the guide's id (Check.astro reads the command and
 * expectation from the validated collection entry), and fails unless every check is placed exactly once.
 * The Sätteri port is src/lib/markdown/checks.ts; this file goes when the unified pipeline does.
 */
export function remarkChecks() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { from?: unknown; to?: unknown; checks?: unknown } } }).astro?.frontmatter;
    if (!frontmatter?.from) return;
    const titles = checkTitles(frontmatter.checks);
    const placed: string[] = [];
    let first: MdxJsxFlowElement | undefined;
    visit(tree, 'mdxJsxFlowElement', (element: MdxJsxFlowElement) => {
      if (element.name !== 'Check') return;
      first ??= element;
      const id = element.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === 'id')?.value;
      placed.push(typeof id === 'string' ? id : '');
      const problem = placementProblems(frontmatter.checks, placed).find((text) => text.startsWith('<Check'));
      if (problem) file.fail(problem, element);
      element.attributes = element.attributes.filter((attr) => !(attr.type === 'mdxJsxAttribute' && (attr.name === 'title' || attr.name === 'guide')));
      element.attributes.push(
        { type: 'mdxJsxAttribute', name: 'title', value: titles.get(String(id)) ?? '' },
        { type: 'mdxJsxAttribute', name: 'guide', value: pairId(String(frontmatter.from), String(frontmatter.to)) },
      );
    });
    const missing = placementProblems(frontmatter.checks, placed)[0];
    if (missing) file.fail(missing, first);
  };
}
