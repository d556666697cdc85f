/**
 * Linkable items of a page: every step, checklist item, breaking change, rollback step and common issue has a
 * fragment id that tickets link to. The prefix keeps kinds from colliding and tells a reader what the link is.
 */
export const ITEM_KINDS = {
  step: { component: 'Step', label: 'Step' },
  rollback: { component: 'RollbackStep', label: 'Rollback step' },
  change: { component: 'Change', label: 'Breaking change' },
  check: { component: undefined, label: 'Checklist' },
  issue: { component: undefined, label: 'Issue' },
} as const;
export type ItemKind = keyof typeof ITEM_KINDS;

export interface PageItem {
  kind: ItemKind;
  fragment: string;
  title: string;
  /** Position among items of the same kind, 1-based; what a ticket says in words ("Step 4"). */
  number: number;
}

export function fragmentFor(kind: ItemKind, id: string): string {
  return `${kind}-${id}`;
}

/** A checklist item's id comes from its words; the permalink registry then freezes it. */
export function slugWords(text: string, maxWords = 6): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, maxWords)
    .join('-');
}

/** "Step 4: Migrate the catalog" for steps; the bare title for the rest. */
export function itemLabel(item: Pick<PageItem, 'kind' | 'number' | 'title'>): string {
  return item.kind === 'step' || item.kind === 'rollback'
    ? `${ITEM_KINDS[item.kind].label} ${item.number}: ${item.title}`
    : item.title;
}
