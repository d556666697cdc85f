/**
 * Search records, one per guide page and one per issue page, read from the rendered HTML so search indexes exactly
 * what readers see. Every linkable item of a guide (step, rollback step, breaking change, checklist item,
 * validation check) is a sub-result of its page's record, anchored at its fragment, with its own filters in the
 * record's metadata: the client ranks and filters items, not pages (lib/search-rank.ts). The Pagefind integration
 * turns each record into a small HTML document (see recordDocument), keeping the weights the components put on
 * titles and error texts.
 */
import { allOf, Capture, classesOf, escapeAttribute, streamHtml, type StreamHandler, type Tag } from './html-stream.ts';
import { ISSUE_CATEGORIES, type IssueCategory } from './schemas.ts';
import type { ItemFilters } from './search-rank.ts';

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
  /** Site-relative page path, e.g. `/guides/v0.2.0-to-v0.3.0/` or `/issues/driver-oom/`. */
  url: string;
  kind: 'guide' | 'issue';
  title: string;
  /** The heading results are grouped under: the guide's label, or ISSUES_GROUP. */
  group: string;
  /**
   * Pagefind filters: guide, severity, change type, issue category, phase, item. A guide's record has every value
   * one of its items has, so Pagefind narrows pages and the client narrows their items (`items`).
   */
  filters: Record<string, string[]>;
  /** A guide's items, by fragment: their filters. */
  items?: ItemFilters;
  /** What is indexed (weights kept), without permalink anchors and ignored parts. */
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

/** What an element is to search: an item (with its kind), an issue left to its own page, or neither. */
interface ItemStart {
  kind: RecordKind;
  /** Known at once for items marked by their own id; else taken from the item's first heading with an id. */
  fragment?: string | undefined;
}

function itemStart(tag: Tag): ItemStart | undefined {
  const id = tag.attributes['id'];
  const classes = classesOf(tag);
  if (tag.name === 'li' && id && classes.includes('task-list-item')) return { kind: 'check', fragment: id };
  if (id?.startsWith('verify-')) return { kind: 'validation', fragment: id };
  if (tag.name === 'details' && id?.startsWith('issue-')) return { kind: 'issue', fragment: id };
  if (!classes.includes('item')) return undefined;
  const kind = (['step', 'rollback', 'change', 'issue', 'validation'] as const).find((name) =>
    classes.includes(`item--${name}`),
  );
  return kind && { kind };
}

const isHeading = (tag: Tag) => /^h[1-6]$/.test(tag.name);
/**
 * Parts never indexed: permalink and alias anchors, each item's "Report a problem" link (else every item would have
 * those words), and what the page marks data-pagefind-ignore.
 */
const NEVER_INDEXED = ['permalink', 'alias', 'report-link'];
const unindexed = (tag: Tag) =>
  classesOf(tag).some((name) => NEVER_INDEXED.includes(name)) || tag.attributes['data-pagefind-ignore'] !== undefined;
const pageFilter = (tag: Tag) => tag.attributes['data-pagefind-filter'];

/** The first element `accepts` takes, and its words, read as the stream passes it (an item's heading, an h1). */
class FirstElement implements StreamHandler {
  tag: Tag | undefined;
  title: string | undefined;
  private capture: Capture | undefined;
  private depth = 0;
  private readonly accepts: (tag: Tag) => boolean;

  constructor(accepts: (tag: Tag) => boolean) {
    this.accepts = accepts;
  }

  open(tag: Tag): void {
    if (this.capture) this.depth++;
    else if (!this.tag && this.accepts(tag)) [this.tag, this.capture, this.depth] = [tag, new Capture(unindexed), 1];
    this.capture?.open(tag);
  }

  text(text: string): void {
    this.capture?.text(text);
  }

  close(tag: Tag): void {
    if (!this.capture) return;
    this.capture.close(tag);
    if (--this.depth === 0) [this.title, this.capture] = [this.capture.toText(), undefined];
  }
}

/**
 * An item being read: its element, its HTML and words, and (for items not marked by their own id) its first
 * heading with an id, which names and anchors it.
 */
interface OpenItem extends ItemStart {
  tag: Tag;
  depth: number;
  body: Capture;
  heading?: FirstElement | undefined;
}

/** The first 120 characters of an item's words, for items without a heading (checklist items, checks). */
function firstLine(words: string): string {
  return words.length > 120 ? `${words.slice(0, 117).replace(/\s+\S*$/, '')}…` : words;
}

/**
 * Streams the `<main>` of a page: `onOpen` gets each of its elements (with the item it is in), `onItem` each item
 * as it closes, and `rest` everything outside the items. The whole page also streams to `alongside`, if given.
 */
function streamMain(
  html: string,
  handlers: {
    onOpen?: (tag: Tag, item: OpenItem | undefined) => void;
    onItem: (item: OpenItem) => void;
    rest?: StreamHandler;
  },
  alongside: StreamHandler[],
): void {
  let depth = 0;
  let mainDepth: number | undefined;
  let item: OpenItem | undefined;
  let foundMain = false;
  streamHtml(
    html,
    {
      open(tag) {
        depth++;
        if (mainDepth === undefined) {
          if (tag.name === 'main' && !foundMain) [mainDepth, foundMain] = [depth, true];
          return;
        }
        handlers.onOpen?.(tag, item);
        const start = item ? undefined : itemStart(tag);
        if (start) {
          const heading = start.fragment
            ? undefined
            : new FirstElement((candidate) => isHeading(candidate) && !!candidate.attributes['id']);
          const body = new Capture(unindexed, {
            rename: start.kind === 'check' ? 'div' : undefined,
            headingIds: false,
          });
          item = { ...start, tag, depth, body, heading };
        }
        if (!item) return handlers.rest?.open(tag);
        item.body.open(tag);
        item.heading?.open(tag);
      },
      text(text) {
        if (mainDepth === undefined) return;
        if (!item) return handlers.rest?.text(text);
        item.body.text(text);
        item.heading?.text(text);
      },
      close(tag) {
        const closing = depth--;
        if (mainDepth === undefined) return;
        if (closing === mainDepth) return void (mainDepth = undefined);
        if (!item) return void handlers.rest?.close(tag);
        item.body.close(tag);
        item.heading?.close(tag);
        if (closing !== item.depth) return;
        const done = item;
        item = undefined;
        done.fragment ??= done.heading?.tag?.attributes['id'];
        if (done.fragment) handlers.onItem(done);
        // An element styled as an item without a heading to anchor it is just part of the page.
        else handlers.rest?.text(` ${done.body.toText()} `);
      },
    },
    ...alongside,
  );
  if (!foundMain) throw new Error('expected a <main> element');
}

/**
 * One guide page, read once: its facts (for the issues that relate to it) and its record: the guide's own text
 * (summary, who is affected, prerequisites, section introductions) first, then each item, anchored at its
 * fragment. Common issues are left out: each has its own page (issueRecord), so a pasted error shows its fix once,
 * not once per guide. The page also streams to `alongside` (the site checks), so it is parsed once.
 */
export function guidePage(
  html: string,
  pagePath: string,
  ...alongside: StreamHandler[]
): { facts: GuideFacts; record: SearchRecord } {
  const filters: Record<string, string[]> = {};
  const changeTypes = new Map<string, string>();
  const items: OpenItem[] = [];
  const h1 = new FirstElement((tag) => tag.name === 'h1');
  // The guide's own record: the page without its items, its contents (nav) and its filter spans.
  const rest = new Capture((tag) => unindexed(tag) || tag.name === 'nav' || pageFilter(tag) !== undefined);
  streamMain(
    html,
    {
      onOpen(tag) {
        const filter = pageFilter(tag);
        if (filter) {
          const split = filter.indexOf(':');
          (filters[filter.slice(0, split)] ??= []).push(filter.slice(split + 1));
        }
      },
      onItem(item) {
        if (item.kind === 'change' && item.tag.attributes['data-change-type'])
          changeTypes.set(item.fragment!, item.tag.attributes['data-change-type']);
        if (item.kind !== 'issue') items.push(item);
      },
      // The page's title (its h1) is read on the way past.
      rest: allOf(rest, h1),
    },
    alongside,
  );
  const label = filters['guide']?.[0] ?? '';
  const severity = filters['severity']?.[0] ?? '';
  const guideFilters: Record<string, Set<string>> = { guide: new Set([label]), severity: new Set([severity]) };
  const itemFilters: ItemFilters = { '': { item: [KIND_LABELS.guide] } };
  const parts = [`<div>${rest.toHtml()}</div>`];
  const words = [rest.toText()];
  for (const item of items) {
    const own: ItemFilters[string] = { item: [KIND_LABELS[item.kind]] };
    const changeType = item.tag.attributes['data-change-type'];
    if (item.kind === 'change' && changeType) own['change type'] = [changeType];
    const phase = item.tag.attributes['data-phase'];
    if (phase) own.phase = [PHASE_LABELS[phase] ?? phase];
    itemFilters[item.fragment!] = own;
    for (const [name, values] of Object.entries(own))
      for (const value of values) (guideFilters[name] ??= new Set()).add(value);
    const text = item.body.toText();
    const title = item.heading?.title ?? firstLine(text);
    // The item's element anchors its sub-result: its id is the fragment, its title the sub-result's title.
    parts.push(
      `<div id="${escapeAttribute(item.fragment!)}" data-pagefind-title="${escapeAttribute(title)}">${item.body.toHtml()}</div>`,
    );
    words.push(text);
  }
  (guideFilters['item'] ??= new Set()).add(KIND_LABELS.guide);
  const record: SearchRecord = {
    url: pagePath,
    kind: 'guide',
    title: `${h1.title ?? label} migration guide`,
    group: label,
    filters: Object.fromEntries(Object.entries(guideFilters).map(([name, values]) => [name, [...values]])),
    items: itemFilters,
    html: parts.join(''),
    text: words.join(' '),
  };
  return { facts: { label, severity, changeTypes }, record };
}

/**
 * The record of one issue page (`/issues/<id>/`): its filters come from the guide items it relates to (their
 * guides, severities and change types) and its own category. The page also streams to `alongside`, as for guides.
 */
export function issueRecord(
  html: string,
  pagePath: string,
  guides: Map<string, GuideFacts>,
  ...alongside: StreamHandler[]
): SearchRecord {
  let article: OpenItem | undefined;
  const related = { guide: new Set<string>(), severity: new Set<string>(), 'change type': new Set<string>() };
  streamMain(
    html,
    {
      onOpen(tag, item) {
        // Links to the guide items the issue relates to: ignored by the index, read for the filters.
        const link =
          item?.kind === 'issue' &&
          !article &&
          tag.name === 'a' &&
          /\/guides\/([^/]+)\/#(.+)$/.exec(tag.attributes['href'] ?? '');
        const facts = link && guides.get(link[1]!);
        if (!link || !facts) return;
        related.guide.add(facts.label);
        related.severity.add(facts.severity);
        const changeType = facts.changeTypes.get(link[2]!);
        if (changeType) related['change type'].add(changeType);
      },
      onItem(item) {
        if (item.kind === 'issue') article ??= item;
      },
    },
    alongside,
  );
  if (!article) throw new Error(`${pagePath}: expected the issue's item element`);
  const filters: Record<string, string[]> = {
    guide: [...related.guide],
    severity: [...related.severity],
    item: [KIND_LABELS.issue],
  };
  const category = article.tag.attributes['data-issue-category'];
  if (category) filters['issue category'] = [ISSUE_CATEGORIES[category as IssueCategory] ?? category];
  if (related['change type'].size > 0) filters['change type'] = [...related['change type']];
  const text = article.body.toText();
  return {
    url: pagePath,
    kind: 'issue',
    title: article.heading?.title ?? firstLine(text),
    group: ISSUES_GROUP,
    filters,
    html: article.body.toHtml(),
    text,
  };
}

/**
 * The HTML document Pagefind indexes for a record: its HTML (weights kept), its title as Pagefind's title, the
 * group, kind and a guide's item filters as metadata, and its filters (Pagefind splits these attributes at the
 * first colon only).
 */
export function recordDocument(record: SearchRecord): string {
  const filters = Object.entries(record.filters).flatMap(([name, values]) =>
    values.map((value) => `<span data-pagefind-filter="${escapeAttribute(`${name}:${value}`)}"></span>`),
  );
  const meta = [`title:${record.title}`, `group:${record.group}`, `kind:${KIND_LABELS[record.kind]}`].map(
    (entry) => `<span data-pagefind-meta="${escapeAttribute(entry)}"></span>`,
  );
  // JSON holds commas, which Pagefind's `name:value` form would split: it is read from an attribute instead.
  if (record.items)
    meta.push(
      `<span data-pagefind-meta="items[data-items]" data-items="${escapeAttribute(JSON.stringify(record.items))}"></span>`,
    );
  return `<!doctype html><html lang="en"><body><main data-pagefind-body>${meta.join('')}${filters.join('')}${record.html}</main></body></html>`;
}
