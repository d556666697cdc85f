import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Code blocks scroll sideways; tabindex lets keyboard users scroll them too (WCAG 2.1.1). */
export function rehypeFocusableCode() {
  return (tree: Root) => {
    visit(tree, 'element', (element) => {
      if (element.tagName === 'pre') element.properties['tabIndex'] = 0;
    });
  };
}
