import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { attribute } from './jsx.ts';

/**
 * Opens each phase of the runbook ("Before the window", "During the window", "After the window") with a
 * `<PhaseHeading>` before its first step or check, so the page groups steps the way an operator schedules them.
 * Runs after ./items.ts, which has put the phase on every step and check.
 */
export const phases: MdastPluginEntry = () => {
  let current: string | undefined;
  return defineMdastPlugin({
    name: 'guide-phases',
    mdxJsxFlowElement(element, ctx) {
      const phase = attribute(element, 'phase');
      const guide = attribute(element, 'guide');
      if (!phase || !guide || phase === current) return;
      current = phase;
      ctx.insertBefore(element, {
        type: 'mdxJsxFlowElement',
        name: 'PhaseHeading',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'phase', value: phase },
          { type: 'mdxJsxAttribute', name: 'guide', value: guide },
        ],
        children: [],
      });
    },
  });
};
