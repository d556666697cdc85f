import { pairId } from './versions.ts';

/**
 * Every internal URL goes through `withBase` so the site works under a sub-path (`base` in astro.config.mjs).
 * `base` always ends with a slash (see astro.config.mjs); `path` is site-relative, with or without a leading slash.
 */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\//, '');
}

export function guidePath(id: string): string {
  return `guides/${id}/`;
}

export function upgradePath(id: string): string {
  return `upgrade/${id}/`;
}

/**
 * Whether an upgrade through `hops` guides has a plan page: a single guide is its own runbook, so only a chain of
 * guides gets one. `/upgrade/` URLs of single guides redirect to the guide (pages/upgrade/[pair].astro), and the
 * sitemap and the index's list of plans leave them out.
 */
export function hasPlanPage(hops: number): boolean {
  return hops > 1;
}

/** Where the upgrade from `from` to `to` through `hops` guides is read. The index's picker runs this in the browser. */
export function upgradePagePath(from: string, to: string, hops: number): string {
  const id = pairId(from, to);
  return hasPlanPage(hops) ? upgradePath(id) : guidePath(id);
}

export const ISSUES_PATH = 'issues/';

/** A common issue's own page, for tickets: `issues/<id>/`. */
export function issuePath(id: string): string {
  return `${ISSUES_PATH}${id}/`;
}
export const SEARCH_PATH = 'search/';

/** How to report a problem, with the commands that collect the logs (pages/report.astro). */
export const REPORT_PATH = 'report/';

/** A link as the original README wrote it: `./v0.1.0-to-v0.2.0.md`, optionally `.mdx` and `#fragment`. */
const GUIDE_FILE_LINK = /^\.\/(v[0-9.]+-to-v[0-9.]+)\.mdx?(#.*)?$/;

export function parseGuideFileLink(href: string): { id: string; hash: string } | undefined {
  const match = GUIDE_FILE_LINK.exec(href);
  return match ? { id: match[1]!, hash: match[2] ?? '' } : undefined;
}
