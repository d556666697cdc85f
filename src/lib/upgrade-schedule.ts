import type { PageItem } from './items.ts';

/** What scheduling needs to know of one guide in a chain. */
export interface ScheduledHop<G> {
  guide: G;
  items: readonly PageItem[];
  downtimeMinutes: number;
  soak: { days: number; reason: string };
  shareWindowWithNext: boolean;
}

export interface MaintenanceWindow<G> {
  hops: ScheduledHop<G>[];
  /** Minutes of unavailability: the sum of its guides' downtime. */
  downtimeMinutes: number;
  /** Hands-on minutes of the items that run inside the window. */
  windowMinutes: number;
  /** The wait after this window before the next one may start; absent after the last window. */
  soakAfter?: { days: number; reason: string } | undefined;
}

/**
 * How a chain of guides is booked: one maintenance window per guide unless a guide allows the next to share its
 * window, the soak a guide asks for between windows, and every guide's `before` work gathered first so that all
 * teams can start it now. Calendar time counts the soaks between windows plus the last guide's soak when work
 * remains after it (a finalize that waits for it).
 */
export function scheduleUpgrade<G>(hops: readonly ScheduledHop<G>[]) {
  const windows: MaintenanceWindow<G>[] = [];
  hops.forEach((hop, index) => {
    const previous = hops[index - 1];
    const current = windows.at(-1);
    if (current && previous?.shareWindowWithNext) current.hops.push(hop);
    else windows.push({ hops: [hop], downtimeMinutes: 0, windowMinutes: 0 });
  });
  for (const [index, window] of windows.entries()) {
    window.downtimeMinutes = sum(window.hops.map((hop) => hop.downtimeMinutes));
    window.windowMinutes = sum(window.hops.flatMap((hop) => minutesOf(hop.items, 'window')));
    if (index < windows.length - 1) window.soakAfter = window.hops.at(-1)!.soak;
  }
  const last = hops.at(-1);
  const waitsAtEnd =
    last && last.items.some((item) => item.phase === 'after' && item.kind !== 'check') ? last.soak.days : 0;
  return {
    windows,
    handsOnMinutes: sum(
      hops.flatMap((hop) => hop.items.filter((item) => item.kind !== 'rollback').map((item) => item.minutes ?? 0)),
    ),
    beforeMinutes: sum(hops.flatMap((hop) => minutesOf(hop.items, 'before'))),
    calendarDays: sum(windows.map((window) => window.soakAfter?.days ?? 0)) + waitsAtEnd,
    pointsOfNoReturn: hops.flatMap((hop) =>
      hop.items.filter((item) => item.irreversible).map((item) => ({ guide: hop.guide, item })),
    ),
  };
}

function minutesOf(items: readonly PageItem[], phase: PageItem['phase']): number[] {
  return items.filter((item) => item.phase === phase && item.kind !== 'check').map((item) => item.minutes ?? 0);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
