import { runHighlighterWithAstro } from '@astrojs/prism/dist/highlighter';
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

/** Languages Astro never highlights (its `defaultExcludeLanguages`). */
const NOT_HIGHLIGHTED = new Set(['math']);

/** `language-sh` → `sh`. */
function languageOf(code: Element): string {
  const className = code.properties['className'];
  const found = Array.isArray(className) ? className.find((name): name is string => typeof name === 'string' && name.startsWith('language-')) : undefined;
  return found?.slice('language-'.length) ?? 'plaintext';
}

/**
 * Code blocks highlighted by Prism, the same markup as Astro's `syntaxHighlight: 'prism'` (token classes that
 * global.css styles, no inline style). Astro's version parses Prism's HTML back into one tree node per token, only
 * for the compiler to print those nodes as the same HTML again; here Prism's HTML goes into the page as it is (a
 * `raw` node). That was most of the cost of compiling a guide. Text is escaped by Prism (`&` and `<`).
 * Wired with `syntaxHighlight: false`, so code is highlighted once, by this plugin. In MDX a raw node compiles only
 * inside static HTML, which `mdx({ optimize: true })` (astro.config.mjs) turns every code block into; without it
 * the compiler stops with an error naming the raw node, never silently.
 */
export const highlightCode = defineHastPlugin({
  name: 'highlight-code',
  element: {
    filter: ['pre'],
    async visit(pre, ctx) {
      const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return;
      const language = languageOf(code);
      if (NOT_HIGHLIGHTED.has(language)) return;
      const { html, classLanguage } = await runHighlighterWithAstro(language, ctx.textContent(code).replace(/\n$/, ''));
      return {
        type: 'element',
        tagName: 'pre',
        properties: { className: [classLanguage], dataLanguage: language },
        children: [{ type: 'element', tagName: 'code', properties: { className: [classLanguage] }, children: [{ type: 'raw', value: html }] }],
      };
    },
  },
});
