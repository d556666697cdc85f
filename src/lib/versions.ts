/** Versions are `vMAJOR.MINOR.PATCH`; pre-releases are not published as guides, so they are rejected. */
export const VERSION_PATTERN = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export type Version = readonly [major: number, minor: number, patch: number];

export function parseVersion(text: string): Version | undefined {
  const match = VERSION_PATTERN.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** Numeric comparison, so v0.10.0 sorts after v0.9.0 (string order would not). */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) throw new Error(`Not a version: ${left ? b : a} (expected vMAJOR.MINOR.PATCH)`);
  for (let i = 0; i < 3; i++) {
    if (left[i] !== right[i]) return left[i]! - right[i]!;
  }
  return 0;
}

/** The id of a version pair, also its file name and URL segment: dots are kept. */
export function pairId(from: string, to: string): string {
  return `${from}-to-${to}`;
}

/** Newest first: by target version, then by source version, both descending. */
export function newestFirst<T>(items: readonly T[], pairOf: (item: T) => { from: string; to: string }): T[] {
  return [...items].sort((a, b) => {
    const [left, right] = [pairOf(a), pairOf(b)];
    return compareVersions(right.to, left.to) || compareVersions(right.from, left.from);
  });
}
