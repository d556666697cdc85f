/** What the build's own output says: Astro's log, and the report of /usr/bin/time -v. */
import { stripVTControlCharacters } from 'node:util';

/**
 * Where a build's time went, from the timestamps (HH:MM:SS) Astro prints on its log lines: enough to tell
 * whether content sync, bundling (MDX compilation), rendering, the site checks or Pagefind dominate.
 */

export interface Phases {
  contentSyncS: number;
  bundleS: number;
  renderS: number;
  siteChecksS: number;
  pagefindS: number;
}

/** The line that ends each phase, in order; the first marker starts the first phase. */
const MARKERS: [keyof Phases | 'start', RegExp][] = [
  ['start', /\[content\] Syncing content/],
  ['contentSyncS', /\[content\] Synced content/],
  ['bundleS', /\[build\] Rearranging server assets/],
  ['renderS', /^\S+ ✓ Completed in/],
  ['siteChecksS', /\[site-checks\]/],
  ['pagefindS', /\[pagefind\] indexed/],
];

function seconds(clock: string): number {
  const [hours, minutes, secs] = clock.split(':').map(Number);
  return hours! * 3600 + minutes! * 60 + secs!;
}

/** Undefined when a marker is missing (a different Astro version, or a failed build). */
export function buildPhases(log: string): Phases | undefined {
  const lines = stripVTControlCharacters(log).split('\n');
  const times: number[] = [];
  let from = 0;
  for (const [, pattern] of MARKERS) {
    const index = lines.findIndex((line, position) => position >= from && pattern.test(line));
    const clock = index >= 0 ? /^(\d\d:\d\d:\d\d) /.exec(lines[index]!)?.[1] : undefined;
    if (!clock) return undefined;
    times.push(seconds(clock));
    from = index + 1;
  }
  // A build that runs past midnight: the clock wraps once.
  const durations = times.slice(1).map((time, index) => (time - times[index]! + 86_400) % 86_400);
  const names = MARKERS.slice(1).map(([name]) => name as keyof Phases);
  return Object.fromEntries(names.map((name, index) => [name, durations[index]!])) as unknown as Phases;
}

export interface GnuTime {
  /** The largest single process of the tree (not the sum). */
  maxRssBytes: number | undefined;
  /** User + system CPU time of the tree: less sensitive than wall time to other work on the machine. */
  cpuMs: number | undefined;
}

/** The `Name: value` lines of `/usr/bin/time -v`. */
export function parseGnuTime(report: string): GnuTime {
  const field = (name: string) => {
    const line = report.split('\n').find((candidate) => candidate.trim().startsWith(`${name}:`));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(':') + 1));
  };
  const [user, system, maxRss] = [field('User time (seconds)'), field('System time (seconds)'), field('Maximum resident set size (kbytes)')];
  return {
    maxRssBytes: maxRss === undefined ? undefined : maxRss * 1024,
    cpuMs: user === undefined || system === undefined ? undefined : (user + system) * 1000,
  };
}
