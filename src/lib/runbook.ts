import { PHASES, TICKABLE_KINDS, type PageItem, type Phase } from './items.ts';

/** How many items a phase holds and their hands-on minutes. */
export function phaseSummary(items: readonly PageItem[], phase: Phase): { count: number; minutes: number } {
  const inPhase = items.filter((item) => item.phase === phase && item.kind !== 'check');
  return { count: inPhase.length, minutes: inPhase.reduce((sum, item) => sum + (item.minutes ?? 0), 0) };
}

/** The items an operator ticks, in page order. */
export function tickableItems(items: readonly PageItem[]): PageItem[] {
  return items.filter((item) => TICKABLE_KINDS.includes(item.kind));
}

/** Steps after which going back means a restore, in order. */
export function pointsOfNoReturn(items: readonly PageItem[]): PageItem[] {
  return items.filter((item) => item.irreversible);
}

/** Ticked and total items, overall and per phase: what the sticky progress line says. */
export function progressSummary(items: readonly { phase?: Phase | undefined; done: boolean }[]) {
  const count = (list: readonly { done: boolean }[]) => ({
    done: list.filter((item) => item.done).length,
    total: list.length,
  });
  return {
    all: count(items),
    phases: PHASES.map((phase) => ({ phase, ...count(items.filter((item) => item.phase === phase)) })).filter(
      (entry) => entry.total > 0,
    ),
  };
}
