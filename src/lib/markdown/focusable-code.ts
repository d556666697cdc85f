import { defineHastPlugin } from 'satteri';

/** Code blocks scroll sideways; tabindex lets keyboard users scroll them too (WCAG 2.1.1). */
export const focusableCode = defineHastPlugin({
  name: 'focusable-code',
  element: {
    filter: ['pre'],
    visit(pre, ctx) {
      ctx.setProperty(pre, 'tabIndex', 0);
    },
  },
});
