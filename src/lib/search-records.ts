/**
 * Search records: every linkable item of a built page (step, rollback step, breaking change, checklist item,
 * validation check, common issue) becomes a search result of its own, with its own deep link and its own filters,
 * read from the rendered HTML so search indexes exactly what readers see. The Pagefind integration turns each
 * record into a small HTML document (see recordDocument), keeping the weights the components put on titles and
 * error texts.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { ISSUE_CATEGORIES, type IssueCategory } from './schemas.ts';

export type RecordKind = 'guide' | 'step' | 'rollback' | 'change' | 'check' | 'validation' | 'issue';

/** What a result says it is, and the value of the "item" filter. */
export const KIND_LABELS: Record<RecordKind, string> = {
  guide: 'Guide',
  step: 'Step',
  rollback: 'Rollback step',
  change: 'Breaking change',
  check: 'Checklist item',
  validation: 'Validation check',
  issue: 'Common issue',
};

/** Step sections carry data-phase (before|window|after); the filter shows it in words. */
export const PHASE_LABELS: Record<string, string> = {
  before: 'Before the window',
  window: 'During the window',
  after: 'After the window',
};

/** Results of common issues are grouped under this name: an issue can belong to several guides. */
export const ISSUES_GROUP = 'Common issues';

export interface SearchRecord {
  /** Site-relative deep link, e.g. `/guides/v0.2.0-to-v0.3.0/#step-migrate-catalog` or `/issues/driver-oom/`. */
  url: string;
  kind: RecordKind;
  title: string;
  /** The heading results are grouped under: the guide's label, or ISSUES_GROUP. */
  group: string;
  /** Pagefind filters: guide, severity, change type, issue category, phase, item. */
  filters: Record<string, string[]>;
  /** The item's HTML as rendered (weights kept), without permalink anchors and ignored parts. */
  html: string;
  /** Its words, for the vocabulary. */
  text: string;
}

/** What an issue record needs to know about the guides its related items belong to. */
export interface GuideFacts {
  label: string;
  severity: string;
  /** Breaking-change fragment → change type label. */
  changeTypes: Map<string, string>;
}

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';
const classes = (node: Element): string[] => {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};
const attr = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

function walk(node: Root | Element, visit: (element: Element) => boolean | void): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (visit(child) === false) continue; // false: do not descend
    walk(child, visit);
  }
}

function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walk(node, (element) => {
    if (!found && test(element)) found = element;
    return !found;
  });
  return found;
}

/** A copy of `node` without permalink anchors, alias anchors and `data-pagefind-ignore` parts. */
function cleaned(node: Element): Element {
  const keep = (child: ElementContent): boolean =>
    !isElement(child) ||
    !(
      classes(child).includes('permalink') ||
      classes(child).includes('alias') ||
      child.properties['dataPagefindIgnore'] !== undefined
    );
  const copy = (element: Element): Element => ({
    ...element,
    children: element.children.filter(keep).map((child) => (isElement(child) ? copy(child) : child)),
  });
  return copy(node);
}

const text = (node: Element): string => toText(cleaned(node)).replace(/\s+/g, ' ').trim();

/** Kind of an item element, or undefined for anything else. */
function itemKind(element: Element): { kind: RecordKind; fragment: string; heading?: Element } | undefined {
  const id = attr(element, 'id');
  if (element.tagName === 'li' && id && classes(element).includes('task-list-item'))
    return { kind: 'check', fragment: id };
  if (id?.startsWith('verify-')) return { kind: 'validation', fragment: id };
  if (element.tagName === 'details' && id?.startsWith('issue-')) return { kind: 'issue', fragment: id };
  if (!classes(element).includes('item')) return undefined;
  const heading = find(element, (child) => /^h[1-6]$/.test(child.tagName) && attr(child, 'id') !== undefined);
  const fragment = heading && attr(heading, 'id');
  if (!fragment) return undefined;
  const kind = (['step', 'rollback', 'change', 'issue', 'validation'] as const).find((name) =>
    classes(element).includes(`item--${name}`),
  );
  return kind && { kind, fragment, heading };
}

/** The page-level filters a guide page declares on hidden spans (layouts/Base.astro). */
function pageFilters(main: Element): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  walk(main, (element) => {
    const value = attr(element, 'dataPagefindFilter');
    if (!value) return;
    const split = value.indexOf(':');
    (filters[value.slice(0, split)] ??= []).push(value.slice(split + 1));
  });
  return filters;
}

function mainOf(html: string): Element {
  const main = find(fromHtml(html), (element) => element.tagName === 'main');
  if (!main) throw new Error('expected a <main> element');
  return main;
}

/** The guide's label, severity and the type of each breaking change, for the issues that relate to it. */
function factsOf(main: Element): GuideFacts {
  const filters = pageFilters(main);
  const changeTypes = new Map<string, string>();
  walk(main, (element) => {
    const found = itemKind(element);
    const type = attr(element, 'dataChangeType');
    if (found?.kind === 'change' && type) changeTypes.set(found.fragment, type);
  });
  return { label: filters['guide']?.[0] ?? '', severity: filters['severity']?.[0] ?? '', changeTypes };
}

/**
 * One guide page, parsed once: its facts (for the issues that relate to it) and its records, one per item and one
 * for the guide itself (its text outside items: summary, who is affected, prerequisites, section introductions).
 * Common issues are left out: each has its own page (issueRecord), so a pasted error shows its fix once, not once
 * per guide.
 */
export function guidePage(html: string, pagePath: string): { facts: GuideFacts; records: SearchRecord[] } {
  const main = mainOf(html);
  const facts = factsOf(main);
  const { label, severity } = facts;
  const base = { group: label, filtersBase: { guide: [label], severity: [severity] } };
  const records: SearchRecord[] = [];
  const itemNodes = new Set<Element>();
  walk(main, (element) => {
    const found = itemKind(element);
    if (!found) return;
    itemNodes.add(element);
    if (found.kind === 'issue') return false;
    const item = cleaned(element);
    const title = found.heading ? text(found.heading) : firstLine(item);
    const filters: Record<string, string[]> = { ...base.filtersBase, item: [KIND_LABELS[found.kind]] };
    const changeType = attr(element, 'dataChangeType');
    if (found.kind === 'change' && changeType) filters['change type'] = [changeType];
    const phase = attr(element, 'dataPhase');
    if (phase) filters['phase'] = [PHASE_LABELS[phase] ?? phase];
    const wrapped = found.kind === 'check' ? { ...item, tagName: 'div' } : item;
    records.push({
      url: `${pagePath}#${found.fragment}`,
      kind: found.kind,
      title,
      group: label,
      filters,
      html: toHtml(wrapped),
      text: text(item),
    });
    return false;
  });
  const rest = cleaned({ ...main, tagName: 'div', properties: {}, children: withoutNodes(main, itemNodes) });
  const title = find(main, (element) => element.tagName === 'h1');
  records.unshift({
    url: pagePath,
    kind: 'guide',
    title: `${title ? text(title) : label} migration guide`,
    group: label,
    filters: { ...base.filtersBase, item: [KIND_LABELS.guide] },
    html: toHtml(rest),
    text: text(rest),
  });
  return { facts, records };
}

/** The children of `node` with `remove` (and page filter spans) taken out, however deep. */
function withoutNodes(node: Element, remove: Set<Element>): ElementContent[] {
  return node.children
    .filter(
      (child) =>
        !(
          isElement(child) &&
          (remove.has(child) || attr(child, 'dataPagefindFilter') !== undefined || child.tagName === 'nav')
        ),
    )
    .map((child) => (isElement(child) ? { ...child, children: withoutNodes(child, remove) } : child));
}

function firstLine(item: Element): string {
  const words = toText(item).replace(/\s+/g, ' ').trim();
  return words.length > 120 ? `${words.slice(0, 117).replace(/\s+\S*$/, '')}…` : words;
}

/**
 * The record of one issue page (`/issues/<id>/`): its filters come from the guide items it relates to (their
 * guides, severities and change types) and its own category.
 */
export function issueRecord(html: string, pagePath: string, guides: Map<string, GuideFacts>): SearchRecord {
  const main = mainOf(html);
  const article = find(main, (element) => itemKind(element)?.kind === 'issue');
  if (!article) throw new Error(`${pagePath}: expected the issue's item element`);
  const { heading } = itemKind(article)!;
  const filters: Record<string, string[]> = { guide: [], severity: [], item: [KIND_LABELS.issue] };
  const category = attr(article, 'dataIssueCategory');
  if (category) filters['issue category'] = [ISSUE_CATEGORIES[category as IssueCategory] ?? category];
  const add = (name: string, value: string | undefined) => {
    if (value && !(filters[name] ??= []).includes(value)) filters[name]!.push(value);
  };
  walk(article, (element) => {
    const related = /\/guides\/([^/]+)\/#(.+)$/.exec(attr(element, 'href') ?? '');
    const facts = related && guides.get(related[1]!);
    if (!related || !facts || element.tagName !== 'a') return;
    add('guide', facts.label);
    add('severity', facts.severity);
    add('change type', facts.changeTypes.get(related[2]!));
  });
  return {
    url: pagePath,
    kind: 'issue',
    title: heading ? text(heading) : firstLine(article),
    group: ISSUES_GROUP,
    filters,
    html: toHtml(cleaned(article)),
    text: text(article),
  };
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The HTML document Pagefind indexes for a record: the item itself (its weights kept), its title as Pagefind's
 * title, the group and kind as metadata, and its filters (Pagefind splits these attributes at the first colon only).
 */
export function recordDocument(record: SearchRecord): string {
  const filters = Object.entries(record.filters).flatMap(([name, values]) =>
    values.map((value) => `<span data-pagefind-filter="${escapeHtml(`${name}:${value}`)}"></span>`),
  );
  const meta = [`title:${record.title}`, `group:${record.group}`, `kind:${KIND_LABELS[record.kind]}`].map(
    (entry) => `<span data-pagefind-meta="${escapeHtml(entry)}"></span>`,
  );
  return `<!doctype html><html lang="en"><body><main data-pagefind-body>${meta.join('')}${filters.join('')}${record.html}</main></body></html>`;
}
