import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { defineMdastPlugin, type MdastPluginEntry, type MdastVisitorContext as Ctx } from 'satteri';
import { GUIDE_COMPONENTS, componentFor } from '../guide-components.ts';
import { fragmentFor, slugWords, type ItemKind, type PageItem } from '../items.ts';
import { runbookProblems, type RunbookFacts } from '../runbook-rules.ts';
import { PLACEHOLDER } from '../scaffold.ts';
import {
  ITEM_ID_PATTERN,
  rollbackStepAttributesSchema,
  stepAttributesSchema,
  type StepAttributes,
} from '../schemas.ts';
import { pairId } from '../versions.ts';
import { fail, frontmatterOf, type RawFrontmatter } from './context.ts';
import { attribute, hasAttribute, withAttributes } from './jsx.ts';

/** Kinds whose facts live in a frontmatter list; the body only places them (`<Change id>`, `<Check id>`). */
const LISTED_IN: Partial<Record<ItemKind, 'breakingChanges' | 'checks'>> = {
  change: 'breakingChanges',
  validation: 'checks',
};

type Listed = { id?: unknown; title?: unknown; type?: unknown; phase?: unknown; minutes?: unknown; owner?: unknown };

/**
 * Gives every linkable item of a guide its permanent fragment and its number, reads its runbook facts (phase,
 * minutes, owner, point of no return) and checks them, and hands the list to the pages as
 * `remarkPluginFrontmatter.items`. The components receive what they render as attributes.
 */
export const items: MdastPluginEntry = () => {
  const found: PageItem[] = [];
  const nodes = new Map<string, Nodes>();

  const declare = (ctx: Ctx, item: Omit<PageItem, 'fragment' | 'number'> & { id: string }, node: Nodes) => {
    const { id, ...rest } = item;
    const fragment = fragmentFor(item.kind, id);
    if (nodes.has(fragment))
      fail(ctx, `Duplicate id "${fragment}" on this page: expected each id to be used once`, node);
    const declared: PageItem = {
      ...rest,
      fragment,
      number: found.filter((other) => other.kind === item.kind).length + 1,
    };
    found.push(declared);
    nodes.set(fragment, node);
    return declared;
  };

  return defineMdastPlugin({
    name: 'guide-items',
    options: { position: true },
    mdxJsxFlowElement(element, ctx) {
      const frontmatter = frontmatterOf(ctx);
      const guide = pairId(String(frontmatter.from), String(frontmatter.to));
      const places = element.name ? GUIDE_COMPONENTS[element.name]?.places : undefined;
      if (!places) return;
      // A part of the guide's data, rendered where the author places it: it needs only the guide's id.
      if (places === 'guide-data') {
        ctx.replaceNode(element, withAttributes(element, { guide }));
        return;
      }
      const kind = places;
      const facts = factsOf(ctx, kind, element, frontmatter);
      const item = declare(ctx, { kind, ...facts }, element);
      const ownerName = roleName(frontmatter, item.owner);
      ctx.replaceNode(
        element,
        withAttributes(element, {
          guide,
          fragment: item.fragment,
          title: item.title,
          number: String(item.number),
          aliases: aliasesOf(frontmatter).get(item.fragment)?.join(' ') ?? '',
          ...(item.phase && { phase: item.phase }),
          ...(item.minutes && { minutes: String(item.minutes) }),
          ...(ownerName && { ownerName }),
          ...(facts.type && { type: facts.type }),
        }),
      );
    },
    listItem(listItem, ctx) {
      if (typeof listItem.checked !== 'boolean') return;
      const title = textOf(listItem);
      const words = slugWords(title);
      if (!words) fail(ctx, 'A checklist item has no text: expected words to derive its id from', listItem);
      const item = declare(ctx, { kind: 'check', id: words, title, phase: 'before' }, listItem);
      // The checkbox and permalink are added on the HTML side (./checklist.ts), which reads these.
      ctx.setProperty(listItem, 'data', {
        hProperties: {
          id: item.fragment,
          className: ['task-list-item'],
          dataTitle: title,
          dataAliases: aliasesOf(frontmatterOf(ctx)).get(item.fragment)?.join(' ') ?? '',
        },
      });
    },
    after(_root, ctx) {
      const frontmatter = frontmatterOf(ctx);
      for (const [kind, list] of Object.entries(LISTED_IN) as [ItemKind, string][]) {
        for (const entry of listOf(frontmatter, list)) {
          const id = String(entry.id);
          if (!nodes.has(fragmentFor(kind, id))) {
            fail(
              ctx,
              `${list}: "${id}" has no <${componentFor(kind)} id="${id}"> in the body: expected one for each listed item`,
            );
          }
        }
      }
      for (const [target, old] of aliasesOf(frontmatter)) {
        if (!nodes.has(target))
          fail(ctx, `aliases: ${old.join(', ')} → "${target}", but no item on this page has that id`);
        for (const fragment of old) {
          if (nodes.has(fragment))
            fail(ctx, `aliases: "${fragment}" is still a live id on this page: expected an alias to name a removed id`);
        }
      }
      if (Array.isArray(frontmatter['roles']) && frontmatter['estimatedMinutes']) {
        const [problem] = runbookProblems(found, frontmatter as unknown as RunbookFacts);
        if (problem) {
          const where = problem.item ? `${tagOf(problem.item)} ${problem.field}` : problem.field;
          fail(ctx, `${where}: ${problem.message}`, problem.item && nodes.get(problem.item.fragment));
        }
      }
      frontmatter['items'] = found;
    },
  });
};

/** An item's facts: from its attributes (steps), or from the frontmatter list that describes it (changes, checks). */
function factsOf(ctx: Ctx, kind: ItemKind, element: MdxJsxFlowElement, frontmatter: RawFrontmatter) {
  const tag = `<${element.name}${attribute(element, 'id') ? ` id="${attribute(element, 'id')}"` : ''}>`;
  const id = attribute(element, 'id');
  if (!id || !ITEM_ID_PATTERN.test(id)) {
    fail(
      ctx,
      `<${element.name}> id="${id ?? ''}": expected lower-case words joined by hyphens, e.g. id="migrate-catalog"`,
      element,
    );
  }
  const list = LISTED_IN[kind];
  if (list) {
    const entry = listOf(frontmatter, list).find((candidate) => candidate.id === id);
    if (!entry) fail(ctx, `${tag}: expected an entry with id "${id}" in the frontmatter's ${list}`, element);
    return {
      id,
      title: String(entry.title),
      type: typeof entry.type === 'string' ? entry.type : undefined,
      phase: entry.phase as PageItem['phase'],
      minutes: typeof entry.minutes === 'number' ? entry.minutes : undefined,
      owner: typeof entry.owner === 'string' ? entry.owner : undefined,
    };
  }
  const schema = kind === 'rollback' ? rollbackStepAttributesSchema : stepAttributesSchema;
  const attributes = Object.fromEntries(
    element.attributes.flatMap((attr) => (attr.type === 'mdxJsxAttribute' ? [[attr.name, attr.value ?? true]] : [])),
  );
  const parsed =
    kind === 'rollback'
      ? rollbackStepAttributesSchema.safeParse(attributes)
      : stepAttributesSchema.safeParse(attributes);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'attributes';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown attribute ${issue.keys.join(', ')} (expected: ${Object.keys(schema.shape).join(', ')})`
        : issue.message;
    fail(ctx, `${tag} ${field}: ${message}`, element);
  }
  const facts: StepAttributes = parsed.data;
  if (!frontmatter.draft && facts.title.includes(PLACEHOLDER)) {
    fail(ctx, `${tag} title: expected the ${PLACEHOLDER} placeholder replaced before the guide leaves draft`, element);
  }
  return { ...facts, irreversible: hasAttribute(element, 'irreversible') || undefined, type: undefined };
}

function listOf(frontmatter: RawFrontmatter, list: string): Listed[] {
  const value = frontmatter[list];
  return Array.isArray(value) ? (value as Listed[]) : [];
}

function roleName(frontmatter: RawFrontmatter, owner: string | undefined): string | undefined {
  const roles = Array.isArray(frontmatter['roles']) ? (frontmatter['roles'] as { id?: unknown; name?: unknown }[]) : [];
  return owner === undefined ? undefined : String(roles.find((role) => role.id === owner)?.name ?? owner);
}

/** Current fragment → the old fragments that must keep landing on it. */
function aliasesOf(frontmatter: RawFrontmatter): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  // A common issue's aliases are a list of its old file names, placed by components/CommonIssue.astro.
  if (Array.isArray(frontmatter.aliases)) return byTarget;
  for (const [old, target] of Object.entries(frontmatter.aliases ?? {})) {
    byTarget.set(String(target), [...(byTarget.get(String(target)) ?? []), old]);
  }
  return byTarget;
}

function tagOf(item: PageItem): string {
  const component = componentFor(item.kind);
  const id = item.fragment.slice(item.fragment.indexOf('-') + 1);
  return component ? `<${component} id="${id}">` : `checklist item "${item.title}"`;
}

/** The visible text of a node, without nested lists (a checklist item's sub-items are not its title). */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'code') return node.value;
  if (!('children' in node)) return '';
  return (node.children as Nodes[])
    .filter((child) => child.type !== 'list')
    .map((child) => textOf(child))
    .join('')
    .trim();
}
