import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Blockquote, Link, ListItem, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ITEM_KINDS, fragmentFor, slugWords, type ItemKind, type PageItem } from './items.ts';
import { PLACEHOLDER } from './scaffold.ts';
import { ITEM_ID_PATTERN } from './schemas.ts';
import { guidePath, parseGuideFileLink, withBase } from './urls.ts';
import { pairId } from './versions.ts';

interface Options {
  base: string;
  contentDir: string;
}

type Frontmatter = {
  draft?: unknown;
  from?: unknown;
  to?: unknown;
  breakingChanges?: { id?: unknown; title?: unknown; type?: unknown }[];
  aliases?: Record<string, unknown>;
  items?: PageItem[];
};

/** Which item kind each body component declares. */
const KIND_OF_COMPONENT = new Map<string, ItemKind>(
  Object.entries(ITEM_KINDS).flatMap(([kind, { component }]) => (component ? [[component, kind as ItemKind]] : [])),
);

/**
 * Gives every linkable item of a guide its permanent fragment and number, checks what authors wrote
 * (ids, duplicates, breaking changes against the frontmatter, aliases, links to guides) and rewrites links
 * to the deployed URLs. The items are exported as `remarkPluginFrontmatter.items` for the TOC and upgrade plans.
 * Errors go through `file.fail`, so the message carries the file and line.
 */
export function remarkGuide({ base, contentDir }: Options) {
  return (tree: Root, file: VFile) => {
    const astro = (file.data as { astro?: { frontmatter?: Frontmatter } }).astro;
    const frontmatter: Frontmatter = astro?.frontmatter ?? {};
    const guideIds = new Set(listGuideIds(contentDir));
    const changes = new Map((frontmatter.breakingChanges ?? []).map((change) => [String(change.id), change]));
    const aliasesOf = invertAliases(frontmatter.aliases ?? {});
    const items: PageItem[] = [];
    const declared = new Set<string>();

    const declare = (kind: ItemKind, id: string, title: string, node: Nodes) => {
      const fragment = fragmentFor(kind, id);
      if (declared.has(fragment)) file.fail(`Duplicate id "${fragment}" on this page: expected each id to be used once`, node);
      declared.add(fragment);
      const item = { kind, fragment, title, number: items.filter((other) => other.kind === kind).length + 1 };
      items.push(item);
      return item;
    };

    visit(tree, (node) => {
      if (node.type === 'text' && frontmatter.from && !frontmatter.draft && node.value.includes(PLACEHOLDER)) {
        file.fail(`"${node.value.trim()}": expected the ${PLACEHOLDER} placeholder replaced before the guide leaves draft`, node);
      }
      if (node.type === 'link') rewriteLink(node);
      if (node.type === 'blockquote') markCallout(node);
      if (node.type === 'listItem' && typeof node.checked === 'boolean') declareCheck(node);
      if (node.type === 'mdxJsxFlowElement') declareComponent(node);
    });

    for (const id of changes.keys()) {
      if (!items.some((item) => item.fragment === fragmentFor('change', id))) {
        file.fail(`breakingChanges: "${id}" has no <Change id="${id}"> in the body: expected one for each listed change`);
      }
    }
    for (const [target, old] of aliasesOf) {
      if (!declared.has(target)) file.fail(`aliases: ${old.join(', ')} → "${target}", but no item on this page has that id`);
      for (const fragment of old) {
        if (declared.has(fragment)) file.fail(`aliases: "${fragment}" is still a live id on this page: expected an alias to name a removed id`);
      }
    }
    if (astro?.frontmatter) astro.frontmatter.items = items;

    function rewriteLink(link: Link) {
      const guideLink = parseGuideFileLink(link.url);
      if (guideLink) {
        if (!guideIds.has(guideLink.id)) {
          file.fail(`Link "${link.url}": no guide ${guideLink.id} in ${path.join(contentDir, 'guides')} (expected one of: ${[...guideIds].join(', ')})`, link);
        }
        link.url = withBase(base, guidePath(guideLink.id)) + guideLink.hash;
      } else if (link.url.startsWith('/') && !link.url.startsWith('//')) {
        link.url = withBase(base, link.url);
      }
    }

    /** GitHub's alert syntax, `> [!WARNING]`, becomes a labelled callout; other blockquotes stay quotes. */
    function markCallout(quote: Blockquote) {
      const first = quote.children[0];
      const text = first?.type === 'paragraph' ? first.children[0] : undefined;
      const match = text?.type === 'text' ? /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/.exec(text.value) : null;
      if (!first || first.type !== 'paragraph' || !text || text.type !== 'text' || !match) return;
      const kind = match[1]!.toLowerCase();
      text.value = text.value.slice(match[0].length);
      first.children.unshift({ type: 'strong', children: [{ type: 'text', value: `${kind[0]!.toUpperCase()}${kind.slice(1)}: ` }] });
      quote.data = { hName: 'aside', hProperties: { className: ['callout', `callout--${kind}`] } };
    }

    function declareCheck(listItem: ListItem) {
      const words = slugWords(textOf(listItem));
      if (!words) file.fail('A checklist item has no text: expected words to derive its id from', listItem);
      const { fragment, title } = declare('check', words, textOf(listItem), listItem);
      const paragraph = listItem.children[0];
      if (paragraph?.type !== 'paragraph') return;
      // GFM's own checkbox has no accessible name; this one says which item it ticks.
      listItem.checked = null;
      listItem.data = { ...listItem.data, hProperties: { ...listItem.data?.hProperties, id: fragment, className: ['task-list-item'] } };
      paragraph.children.unshift(...aliasAnchors(fragment), checkbox(`Done: ${title}`), { type: 'text', value: ' ' });
      paragraph.children.push(permalink(fragment, `Checklist: ${title}`));
    }

    function declareComponent(element: MdxJsxFlowElement) {
      if (element.name === 'Troubleshooting') {
        setAttribute(element, 'guide', pairId(String(frontmatter.from), String(frontmatter.to)));
        return;
      }
      const kind = element.name ? KIND_OF_COMPONENT.get(element.name) : undefined;
      if (!kind) return;
      const id = attribute(element, 'id');
      if (!id || !ITEM_ID_PATTERN.test(id)) {
        file.fail(`<${element.name}> id="${id ?? ''}": expected lower-case words joined by hyphens, e.g. id="migrate-catalog"`, element);
      }
      let title = attribute(element, 'title');
      if (kind === 'change') {
        const change = changes.get(id);
        if (!change) file.fail(`<Change id="${id}">: expected an entry with id "${id}" in the frontmatter's breakingChanges`, element);
        title = String(change.title);
        setAttribute(element, 'type', String(change.type));
      }
      if (!title) file.fail(`<${element.name} id="${id}">: expected a title="…" attribute`, element);
      if (!frontmatter.draft && title.includes(PLACEHOLDER)) {
        file.fail(`<${element.name} id="${id}"> title: expected the ${PLACEHOLDER} placeholder replaced before the guide leaves draft`, element);
      }
      const item = declare(kind, id, title, element);
      setAttribute(element, 'fragment', item.fragment);
      setAttribute(element, 'title', title);
      setAttribute(element, 'number', String(item.number));
      setAttribute(element, 'aliases', (aliasesOf.get(item.fragment) ?? []).join(' '));
    }

    function checkbox(label: string): MdxJsxTextElement {
      return {
        type: 'mdxJsxTextElement',
        name: 'input',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'type', value: 'checkbox' },
          { type: 'mdxJsxAttribute', name: 'disabled', value: null },
          { type: 'mdxJsxAttribute', name: 'aria-label', value: label },
        ],
        children: [],
      };
    }

    /** The same anchor components/Permalink.astro renders, for items that are plain Markdown. */
    function permalink(fragment: string, label: string): MdxJsxTextElement {
      return {
        type: 'mdxJsxTextElement',
        name: 'a',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'class', value: 'permalink' },
          { type: 'mdxJsxAttribute', name: 'href', value: `#${fragment}` },
          { type: 'mdxJsxAttribute', name: 'data-label', value: label },
          { type: 'mdxJsxAttribute', name: 'aria-label', value: `Link to ${label}` },
        ],
        children: [],
      };
    }

    function aliasAnchors(fragment: string): MdxJsxTextElement[] {
      return (aliasesOf.get(fragment) ?? []).map((old) => ({
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'id', value: old },
          { type: 'mdxJsxAttribute', name: 'class', value: 'alias' },
        ],
        children: [],
      }));
    }
  };
}

const guideIdCache = new Map<string, { mtime: number; ids: string[] }>();

/** The guide ids on disk, listed again only when the folder changes (every MDX file asks; 1,000 guides → 1,000 asks). */
function listGuideIds(contentDir: string): string[] {
  const dir = path.join(contentDir, 'guides');
  try {
    const mtime = statSync(dir).mtimeMs;
    const cached = guideIdCache.get(dir);
    if (cached?.mtime === mtime) return cached.ids;
    const ids = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, ''));
    guideIdCache.set(dir, { mtime, ids });
    return ids;
  } catch {
    return [];
  }
}

function invertAliases(aliases: Record<string, unknown>): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const [old, target] of Object.entries(aliases)) {
    byTarget.set(String(target), [...(byTarget.get(String(target)) ?? []), old]);
  }
  return byTarget;
}

function attribute(element: MdxJsxFlowElement, name: string): string | undefined {
  const found = element.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function setAttribute(element: MdxJsxFlowElement, name: string, value: string) {
  element.attributes = element.attributes.filter((attr) => !(attr.type === 'mdxJsxAttribute' && attr.name === name));
  element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** The visible text of a node, without nested lists (a checklist item's sub-items are not its title). */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'code') return node.value;
  if (!('children' in node)) return '';
  return node.children
    .filter((child) => child.type !== 'list')
    .map((child) => textOf(child))
    .join('')
    .trim();
}
