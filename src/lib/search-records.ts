/**
 * Search records: every linkable item of a built page (step, rollback step, breaking change, checklist item,
 * validation check, common issue) becomes a search result of its own, with its own deep link and its own filters,
 * read from the rendered HTML so search indexes exactly what readers see. The Pagefind integration turns each
 * record into a small HTML document (see recordDocument), keeping the weights the components put on titles and
 * error texts.
 */
import { Capture, classesOf, streamHtml, type StreamHandler, type Tag } from './html-stream.ts';
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
/** Parts never indexed: permalink and alias anchors, and what the page marks data-pagefind-ignore. */
const unindexed = (tag: Tag) =>
  classesOf(tag).includes('permalink') ||
  classesOf(tag).includes('alias') ||
  tag.attributes['data-pagefind-ignore'] !== undefined;
const pageFilter = (tag: Tag) => tag.attributes['data-pagefind-filter'];

/** An item being read: its element's attributes, its HTML and words, its heading's. */
interface OpenItem extends ItemStart {
  tag: Tag;
  depth: number;
  body: Capture;
  heading?: { depth: number; capture: Capture; title?: string };
  title?: string;
}

/** Feeds one item's content: its body, and its first heading with an id, which names and anchors it. */
function feed(item: OpenItem, event: 'open' | 'text' | 'close', tag: Tag | undefined, text: string, depth: number) {
  if (event === 'open' && tag && !item.heading && !item.fragment && isHeading(tag) && tag.attributes['id']) {
    item.fragment = tag.attributes['id'];
    item.heading = { depth, capture: new Capture(unindexed) };
  }
  const heading = item.heading && item.heading.title === undefined ? item.heading.capture : undefined;
  if (event === 'open') {
    item.body.open(tag!);
    heading?.open(tag!);
  } else if (event === 'text') {
    item.body.text(text);
    heading?.text(text);
  } else {
    item.body.close(tag!);
    heading?.close(tag!);
    if (heading && item.heading!.depth === depth) item.heading!.title = heading.toText();
  }
}

/** The first 120 characters of an item's words, for items without a heading (checklist items, checks). */
function firstLine(words: string): string {
  return words.length > 120 ? `${words.slice(0, 117).replace(/\s+\S*$/, '')}…` : words;
}

/**
 * Streams the `<main>` of a page: `onOpen` gets each of its elements (with the item it is in), `onItem` each item
 * as it closes, and `rest` everything outside the items.
 */
function streamMain(
  html: string,
  handlers: {
    onOpen?: (tag: Tag, item: OpenItem | undefined) => void;
    onItem: (item: OpenItem) => void;
    rest?: StreamHandler;
  },
): void {
  let depth = 0;
  let mainDepth: number | undefined;
  let item: OpenItem | undefined;
  let foundMain = false;
  streamHtml(html, {
    open(tag) {
      depth++;
      if (mainDepth === undefined) {
        if (tag.name === 'main' && !foundMain) [mainDepth, foundMain] = [depth, true];
        return;
      }
      handlers.onOpen?.(tag, item);
      if (item) return feed(item, 'open', tag, '', depth);
      const start = itemStart(tag);
      if (start) {
        item = { ...start, tag, depth, body: new Capture(unindexed, start.kind === 'check' ? 'div' : undefined) };
        return feed(item, 'open', tag, '', depth);
      }
      handlers.rest?.open(tag);
    },
    text(text) {
      if (mainDepth === undefined) return;
      if (item) feed(item, 'text', undefined, text, depth);
      else handlers.rest?.text(text);
    },
    close(tag) {
      const closing = depth--;
      if (mainDepth === undefined) return;
      if (closing === mainDepth) return void (mainDepth = undefined);
      if (!item) return void handlers.rest?.close(tag);
      feed(item, 'close', tag, '', closing);
      if (closing !== item.depth) return;
      const done = item;
      item = undefined;
      if (done.fragment) handlers.onItem(done);
      // An element styled as an item without a heading to anchor it is just part of the page.
      else handlers.rest?.text(` ${done.body.toText()} `);
    },
  });
  if (!foundMain) throw new Error('expected a <main> element');
}

/**
 * One guide page, read once: its facts (for the issues that relate to it) and its records, one per item and one
 * for the guide itself (its text outside items: summary, who is affected, prerequisites, section introductions).
 * Common issues are left out: each has its own page (issueRecord), so a pasted error shows its fix once, not once
 * per guide.
 */
export function guidePage(html: string, pagePath: string): { facts: GuideFacts; records: SearchRecord[] } {
  const filters: Record<string, string[]> = {};
  const changeTypes = new Map<string, string>();
  const items: OpenItem[] = [];
  let h1: Capture | undefined;
  let h1Depth = 0;
  let h1Title: string | undefined;
  // The guide's own record: the page without its items, its contents (nav) and its filter spans.
  const rest = new Capture((tag) => unindexed(tag) || tag.name === 'nav' || pageFilter(tag) !== undefined);
  streamMain(html, {
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
    rest: {
      open(tag) {
        rest.open(tag);
        if (tag.name === 'h1' && h1Title === undefined && !h1) [h1, h1Depth] = [new Capture(unindexed), 1];
        else if (h1) h1Depth++;
        h1?.open(tag);
      },
      text(text) {
        rest.text(text);
        h1?.text(text);
      },
      close(tag) {
        rest.close(tag);
        h1?.close(tag);
        if (h1 && --h1Depth === 0) [h1Title, h1] = [h1.toText(), undefined];
      },
    },
  });
  const label = filters['guide']?.[0] ?? '';
  const severity = filters['severity']?.[0] ?? '';
  const base = { guide: [label], severity: [severity] };
  const records: SearchRecord[] = items.map((item) => {
    const text = item.body.toText();
    const itemFilters: Record<string, string[]> = { ...base, item: [KIND_LABELS[item.kind]] };
    const changeType = item.tag.attributes['data-change-type'];
    if (item.kind === 'change' && changeType) itemFilters['change type'] = [changeType];
    const phase = item.tag.attributes['data-phase'];
    if (phase) itemFilters['phase'] = [PHASE_LABELS[phase] ?? phase];
    return {
      url: `${pagePath}#${item.fragment}`,
      kind: item.kind,
      title: item.heading?.title ?? firstLine(text),
      group: label,
      filters: itemFilters,
      html: item.body.toHtml(),
      text,
    };
  });
  records.unshift({
    url: pagePath,
    kind: 'guide',
    title: `${h1Title ?? label} migration guide`,
    group: label,
    filters: { ...base, item: [KIND_LABELS.guide] },
    html: `<div>${rest.toHtml()}</div>`,
    text: rest.toText(),
  });
  return { facts: { label, severity, changeTypes }, records };
}

/**
 * The record of one issue page (`/issues/<id>/`): its filters come from the guide items it relates to (their
 * guides, severities and change types) and its own category.
 */
export function issueRecord(html: string, pagePath: string, guides: Map<string, GuideFacts>): SearchRecord {
  let article: OpenItem | undefined;
  const related = { guide: new Set<string>(), severity: new Set<string>(), 'change type': new Set<string>() };
  streamMain(html, {
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
  });
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
