/** What the build's own output says: Astro's log, and the report of /usr/bin/time -v. */
import { stripVTControlCharacters } from 'node:util';

/**
 * Where a build's time went, from the timestamps (HH:MM:SS) Astro prints on its log lines: enough to tell
 * whether content sync, bundling (MDX compilation), rendering, reading the pages back (site checks and search
 * records, while Pagefind indexes in its own process) or what is left of Pagefind's work after that dominate.
 */

export interface Phases {
  contentSyncS: number;
  bundleS: number;
  renderS: number;
  siteChecksS: number;
  pagefindS: number;
}

/**
 * Rendering split by route kind, in ms: the sum of the "(+N ms)" Astro prints after each page it writes (the time
 * since the previous page, so one page's rendering when pages are rendered one at a time, as here).
 */
export interface RenderSplit {
  guidesMs: number;
  upgradePlansMs: number;
  otherMs: number;
  pages: { guides: number; upgradePlans: number; other: number };
}

const PAGE_LINE = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(m?s)\)/;

export function renderSplit(log: string): RenderSplit {
  const split: RenderSplit = {
    guidesMs: 0,
    upgradePlansMs: 0,
    otherMs: 0,
    pages: { guides: 0, upgradePlans: 0, other: 0 },
  };
  for (const line of stripVTControlCharacters(log).split('\n')) {
    const match = PAGE_LINE.exec(line);
    if (!match) continue;
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    // Routes may carry the site's base path before /guides/ or /upgrade/.
    const kind = /\/guides\/[^/]+\/index\.html$/.test(match[1]!)
      ? 'guides'
      : /\/upgrade\/[^/]+\/index\.html$/.test(match[1]!)
        ? 'upgradePlans'
        : 'other';
    split[`${kind}Ms`] += ms;
    split.pages[kind] += 1;
  }
  return split;
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
}

/** The `Name: value` lines of `/usr/bin/time -v`. */
export function parseGnuTime(report: string): GnuTime {
  const field = (name: string) => {
    const line = report.split('\n').find((candidate) => candidate.trim().startsWith(`${name}:`));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(':') + 1));
  };
  const maxRss = field('Maximum resident set size (kbytes)');
  return { maxRssBytes: maxRss === undefined ? undefined : maxRss * 1024 };
}
