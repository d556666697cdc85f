import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { defineHastPlugin } from 'satteri';

/**
 * A checklist item (its id set by ./items.ts) gets a checkbox that says which item it ticks (GFM's own has no
 * accessible name), the anchors of its old ids, and the same permalink components/Permalink.astro renders.
 */
export const checklist = defineHastPlugin({
  name: 'guide-checklist',
  element: {
    filter: ['li'],
    visit(li, ctx) {
      const { id, dataTitle: title, dataAliases: aliases } = li.properties;
      if (typeof id !== 'string' || typeof title !== 'string') return;
      const label = `Checklist: ${title}`;
      const box = h('input', { type: 'checkbox', disabled: true, ariaLabel: `Done: ${title}` });
      const anchors = String(aliases ?? '')
        .split(' ')
        .filter(Boolean)
        .map((old) => h('span', { id: old, className: ['alias'] }));
      const permalink = h('a', {
        className: ['permalink'],
        href: `#${id}`,
        dataLabel: label,
        ariaLabel: `Link to ${label}`,
      });
      const withoutGfmBox = (children: ElementContent[]) =>
        children.filter((child) => !(child.type === 'element' && child.tagName === 'input'));
      const paragraph = li.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'p',
      );
      const content = paragraph
        ? li.children.map((child) =>
            child === paragraph
              ? { ...paragraph, children: [...anchors, box, ...withoutGfmBox(paragraph.children), permalink] }
              : child,
          )
        : [...anchors, box, ...withoutGfmBox(li.children), permalink];
      // data-item and data-phase make it a runbook item for scripts/progress.ts, like steps and checks.
      ctx.replaceNode(li, {
        ...li,
        properties: { id, className: ['task-list-item'], dataItem: id, dataPhase: 'before' },
        children: content,
      });
    },
  },
});
