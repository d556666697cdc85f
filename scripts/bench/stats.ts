/** The arithmetic of the benchmark report, kept pure so it is unit-tested (tests/unit/bench-stats.test.ts). */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Point {
  guides: number;
  value: number;
}

/**
 * What each guide added between consecutive sizes: (value − previous value) / (guides − previous guides).
 * Fixed costs (Pagefind's runtime, the CSS, Astro's start-up) cancel out, so a linear cost shows as a constant.
 */
export function marginalPerGuide(points: readonly Point[]): number[] {
  return points.slice(1).map((point, index) => {
    const previous = points[index]!;
    return (point.value - previous.value) / (point.guides - previous.guides);
  });
}

/**
 * Linear when every marginal cost per guide is within `tolerance` of the first one; undefined with fewer than
 * three sizes (one interval cannot show a trend).
 */
export function isLinear(points: readonly Point[], tolerance = 0.25): boolean | undefined {
  const marginals = marginalPerGuide(points);
  if (marginals.length < 2) return undefined;
  const first = marginals[0]!;
  return marginals.every((marginal) => Math.abs(marginal - first) <= tolerance * Math.abs(first));
}

/** How much a figure grew against how much the corpus grew: 1 means proportional, above 1 faster than the corpus. */
export function growthVsGuides(previous: Point, current: Point): { ratio: number; guidesRatio: number } {
  return { ratio: current.value / previous.value, guidesRatio: current.guides / previous.guides };
}

/** Decimal units, as budgets are written ("25 KB" = 25,000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Budgets never fail the run; they only label a figure. */
export function verdict(value: number | undefined, limit: number): string {
  if (value === undefined || Number.isNaN(value)) return 'not measured';
  return value <= limit ? 'met' : 'MISSED';
}
