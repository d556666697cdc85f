/**
 * Linkable items of a page: every step, checklist item, breaking change, validation check, rollback step and common
 * issue has a fragment id that tickets link to. The prefix keeps kinds from colliding and tells a reader what the
 * link is.
 */
export const ITEM_KINDS = {
  step: { label: 'Step' },
  validation: { label: 'Validation check' },
  rollback: { label: 'Rollback step' },
  change: { label: 'Breaking change' },
  check: { label: 'Checklist' },
  issue: { label: 'Issue' },
} as const;
export type ItemKind = keyof typeof ITEM_KINDS;

/** When an item is done: days ahead, inside the maintenance window, or after it (verification, soak, finalize). */
export const PHASES = ['before', 'window', 'after'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_TITLES: Record<Phase, string> = {
  before: 'Before the window',
  window: 'During the window',
  after: 'After the window',
};

export interface PageItem {
  kind: ItemKind;
  fragment: string;
  title: string;
  /** Position among items of the same kind, 1-based; what a ticket says in words ("Step 4"). */
  number: number;
  /** Runbook facts of steps, validation checks and checklist items (rollback steps have no phase). */
  phase?: Phase | undefined;
  minutes?: number | undefined;
  /** A role id of the guide's `roles`. */
  owner?: string | undefined;
  /** After this item, going back means a restore: the point of no return. */
  irreversible?: boolean | undefined;
}

/** Items an operator ticks off while running the upgrade (rollback steps only count when rolling back). */
export const TICKABLE_KINDS: readonly ItemKind[] = ['check', 'step', 'validation'];

export function fragmentFor(kind: ItemKind, id: string): string {
  return `${KIND_PREFIX[kind]}-${id}`;
}

const KIND_PREFIX: Record<ItemKind, string> = {
  step: 'step',
  validation: 'verify',
  rollback: 'rollback',
  change: 'change',
  check: 'check',
  issue: 'issue',
};

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

/** "Step 4: Migrate the catalog" for numbered kinds; the bare title for the rest. */
export function itemLabel(item: Pick<PageItem, 'kind' | 'number' | 'title'>): string {
  return item.kind === 'step' || item.kind === 'rollback' || item.kind === 'validation'
    ? `${ITEM_KINDS[item.kind].label} ${item.number}: ${item.title}`
    : item.title;
}

/**
 * The items the Markdown plugins hand a page (`remarkPluginFrontmatter.items`), checked at the seam so pages get
 * typed data rather than a cast; a mismatch is a bug in the plugins, not in content.
 */
export function pageItems(value: unknown): PageItem[] {
  if (!Array.isArray(value)) throw new TypeError('Expected the guide pipeline to hand pages an items array');
  for (const item of value as Partial<PageItem>[]) {
    if (
      !item ||
      !(String(item.kind) in ITEM_KINDS) ||
      typeof item.fragment !== 'string' ||
      typeof item.title !== 'string'
    ) {
      throw new TypeError(`Expected a page item, got ${JSON.stringify(item)}`);
    }
  }
  return value as PageItem[];
}
