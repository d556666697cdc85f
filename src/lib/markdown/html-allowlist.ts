import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { defineMdastPlugin } from 'satteri';
import { urlProblem, type UrlUse } from './safe-urls.ts';
import { contentError } from '../content-error.ts';
import { where } from './where.ts';
import type { ComponentSpec } from '../guide-components.ts';

/**
 * HTML by allowlist, in guides (MDX, where tags are JSX) and in issues (Markdown, where tags are raw HTML):
 * the documented components with their string attributes, and a few formatting tags Markdown has no syntax for.
 * Everything else fails with where it is; nothing is silently dropped, so what an author reviews is what ships.
 */

const COMMON_ATTRIBUTES = ['title', 'lang', 'dir'];
/** Formatting Markdown cannot write; no script, style, iframe, object, embed, meta, link, form or base. */
export const HTML_TAGS: Record<string, readonly string[]> = {
  a: ['href'],
  abbr: [],
  b: [],
  blockquote: [],
  br: [],
  code: [],
  dd: [],
  del: [],
  details: ['open'],
  dl: [],
  dt: [],
  em: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start'],
  p: [],
  pre: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  tr: [],
  ul: [],
  var: [],
};
const URL_ATTRIBUTES: Record<string, UrlUse> = { href: 'link', src: 'image' };

type ChildNode = DefaultTreeAdapterMap['childNode'];
type Position = { start: { line: number; column: number } };
type At = { position?: Position | undefined };

const WRITE_INSTEAD = 'expected Markdown (**bold**, `code`, [text](url), ![alt](image.png)) or one of the allowed tags';

/** What is wrong with one tag and its attributes, or undefined. `attributes` maps name → string value (null: none). */
function tagProblem(name: string, attributes: [string, string | null][]): string | undefined {
  const allowed = HTML_TAGS[name];
  if (!allowed) return `<${name}> is not allowed: ${WRITE_INSTEAD} (${Object.keys(HTML_TAGS).join(', ')})`;
  for (const [attribute, value] of attributes) {
    if (!allowed.includes(attribute) && !COMMON_ATTRIBUTES.includes(attribute)) {
      const why = /^on/i.test(attribute)
        ? 'event handlers run code'
        : attribute === 'style'
          ? 'styles come from the site'
          : 'not allowed';
      return `<${name} ${attribute}>: ${why}: expected only ${[...allowed, ...COMMON_ATTRIBUTES].join(', ')} on <${name}>`;
    }
    const use = URL_ATTRIBUTES[attribute];
    const problem = use && urlProblem(value ?? '', use);
    if (problem) return `<${name} ${attribute}>: ${problem}`;
  }
  return undefined;
}

type JsxNode = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: Position | undefined;
};

export function htmlAllowlist({ components }: { components: Readonly<Record<string, ComponentSpec>> }) {
  const check = (node: JsxNode, fileURL: URL | undefined) => {
    const at = where(fileURL, node);
    if (node.name === null)
      throw contentError(`${at}: a fragment <>…</> is not needed: expected the content without it`);
    const attributes = node.attributes.map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        throw contentError(
          `${at}: <${node.name} {…}> spreads attributes from code: expected each attribute written out, e.g. id="migrate-catalog"`,
        );
      }
      if (attribute.value !== null && typeof attribute.value !== 'string') {
        throw contentError(
          `${at}: <${node.name} ${attribute.name}={…}> computes a value with code: expected a plain string, ${attribute.name}="…"`,
        );
      }
      return [attribute.name, attribute.value as string | null] as [string, string | null];
    });
    const allowedAttributes = components[node.name]?.attributes;
    if (allowedAttributes) {
      if (node.type === 'mdxJsxTextElement') {
        throw contentError(
          `${at}: <${node.name}> sits inside a paragraph: expected it on a line of its own, with a blank line before and after`,
        );
      }
      const unknown = attributes.find(([name]) => !allowedAttributes.includes(name));
      if (unknown) {
        throw contentError(
          `${at}: <${node.name} ${unknown[0]}> is not an attribute of <${node.name}>: expected ${allowedAttributes.join(', ') || 'no attributes'}`,
        );
      }
      return;
    }
    if (/^[A-Z]/.test(node.name) || node.name.includes('.')) {
      throw contentError(
        `${at}: <${node.name}> is not a documented component: expected one of ${Object.keys(components).join(', ')}`,
      );
    }
    const problem = tagProblem(node.name, attributes);
    if (problem) throw contentError(`${at}: ${problem}`);
  };

  return defineMdastPlugin({
    name: 'html-allowlist',
    options: { position: true },
    mdxJsxFlowElement(node, ctx) {
      check(node as JsxNode, ctx.fileURL);
    },
    mdxJsxTextElement(node, ctx) {
      check(node as JsxNode, ctx.fileURL);
    },
    html(node, ctx) {
      const problem = rawHtmlProblem(node.value);
      if (problem) throw contentError(`${where(ctx.fileURL, shift(node, problem.at))}: ${problem.message}`);
    },
  });
}

/** Raw HTML in Markdown, parsed as a browser would; the first disallowed tag or attribute, with its place in `html`. */
export function rawHtmlProblem(html: string): { message: string; at: At } | undefined {
  const pending: ChildNode[] = [...parseFragment(html, { sourceCodeLocationInfo: true }).childNodes];
  while (pending.length > 0) {
    const node = pending.shift()!;
    if (!('tagName' in node)) continue;
    const attributes = node.attrs.map((attribute) => [attribute.name, attribute.value] as [string, string | null]);
    const message = tagProblem(node.tagName, attributes);
    const location = node.sourceCodeLocation;
    if (message)
      return {
        message,
        at: location ? { position: { start: { line: location.startLine, column: location.startCol } } } : {},
      };
    // <template> keeps its children in `content`; anything else in childNodes.
    pending.unshift(...('content' in node ? node.content.childNodes : []), ...node.childNodes);
  }
  return undefined;
}

/** The place of a tag inside a raw HTML node, relative to the file. */
function shift(node: At, inner: At): At {
  const outer = node.position?.start;
  const start = inner.position?.start;
  if (!outer || !start) return node;
  return {
    position: {
      start: {
        line: outer.line + start.line - 1,
        column: start.line === 1 ? outer.column + start.column - 1 : start.column,
      },
    },
  };
}
