import { compareVersions } from './versions.ts';
import { sumRanges, worstSeverity } from './guide-facts.ts';
import type { Severity } from './schemas.ts';

interface Pair {
  from: string;
  to: string;
}

/**
 * Upgrade pages are built for pairs up to this many guides apart. Every reachable pair would grow the site with
 * the square of the number of guides (1,000 guides in a chain: ~500,000 pages); this keeps it linear.
 * Longer jumps are planned as consecutive upgrades (see docs/decisions.md).
 */
export const MAX_HOPS = 4;

/** Shortest chains of upgrading guides from `start` to every version reachable within `maxHops` guides. */
function chainsFrom<T extends Pair>(
  byFrom: ReadonlyMap<string, T[]>,
  start: string,
  maxHops: number,
): Map<string, T[]> {
  const chains = new Map<string, T[]>([[start, []]]);
  let frontier = [start];
  for (let depth = 0; depth < maxHops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const version of frontier) {
      for (const guide of byFrom.get(version) ?? []) {
        // Only upgrades are followed, so a malformed downgrade can never make a cycle.
        if (chains.has(guide.to) || compareVersions(guide.from, guide.to) >= 0) continue;
        chains.set(guide.to, [...chains.get(version)!, guide]);
        next.push(guide.to);
      }
    }
    frontier = next;
  }
  chains.delete(start);
  return chains;
}

function indexByFrom<T extends Pair>(guides: readonly T[]): Map<string, T[]> {
  const byFrom = new Map<string, T[]>();
  for (const guide of guides) byFrom.set(guide.from, [...(byFrom.get(guide.from) ?? []), guide]);
  return byFrom;
}

/** Every pair reachable in 1 to `maxHops` guides with its shortest chain, ordered by from, then to. */
export function upgradePlans<T extends Pair>(
  guides: readonly T[],
  maxHops = MAX_HOPS,
): { from: string; to: string; hops: T[] }[] {
  const byFrom = indexByFrom(guides);
  return [...byFrom.keys()]
    .flatMap((start) => [...chainsFrom(byFrom, start, maxHops)].map(([to, hops]) => ({ from: start, to, hops })))
    .sort((a, b) => compareVersions(a.from, b.from) || compareVersions(a.to, b.to));
}

/** Combined facts of a chain, as GUIDE_FACTS combines them: times add up, the worst severity wins. */
export function summarizeHops(hops: readonly { severity: Severity; estimatedMinutes: { min: number; max: number } }[]) {
  return {
    minutes: sumRanges(hops.map((hop) => hop.estimatedMinutes)),
    severity: worstSeverity(hops.map((hop) => hop.severity)),
  };
}
