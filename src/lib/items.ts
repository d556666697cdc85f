/**
 * Linkable items of a page: every step, checklist item, breaking change, rollback step and common issue has a
 * fragment id that tickets link to. The prefix keeps kinds from colliding and tells a reader what the link is.
 */
export const ITEM_KINDS = {
  step: { component: 'Step', label: 'Step' },
  rollback: { component: 'RollbackStep', label: 'Rollback step' },
  change: { component: 'Change', label: 'Breaking change' },
  check: { component: undefined, label: 'Checklist' },
  /** Title and command come from the frontmatter's `checks`; each entry is placed once with <Check id="…" />. */
  validation: { component: 'Check', label: 'Validation check', prefix: 'verify' },
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

/** The fragment's prefix is the kind's name, except where that would read badly (`verify-health`, not `validation-health`). */
export function fragmentFor(kind: ItemKind, id: string): string {
  const spec = ITEM_KINDS[kind];
  return `${'prefix' in spec ? spec.prefix : kind}-${id}`;
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

/** Kinds whose items are done in order, so a ticket says "Step 4" or "Validation check 2". */
const NUMBERED: readonly ItemKind[] = ['step', 'rollback', 'validation'];

/** "Step 4: Migrate the catalog" for steps, rollback steps and validation checks; the bare title for the rest. */
export function itemLabel(item: Pick<PageItem, 'kind' | 'number' | 'title'>): string {
  return NUMBERED.includes(item.kind) ? `${ITEM_KINDS[item.kind].label} ${item.number}: ${item.title}` : item.title;
}
