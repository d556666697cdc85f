/**
 * The one place pages read content from: it validates what spans files (see lib/guide-rules.ts), leaves drafts
 * out of production builds, and renders each guide once however many pages need its items.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { pageItems } from './lib/items.ts';
import { CHANGE_TYPES } from './lib/schemas.ts';
import { pairLabel } from './lib/format.ts';
import { parseSupportUrl, type ReportLog } from './lib/report.ts';
import { failOn, guideFileProblems, issueLinkProblems } from './lib/guide-rules.ts';
import { newestFirst } from './lib/versions.ts';
import { ISSUES_PATH, REPORT_PATH, withBase } from './lib/urls.ts';

export type GuideEntry = CollectionEntry<'guides'>;
export type IssueEntry = CollectionEntry<'issues'>;

let guides: Promise<GuideEntry[]> | undefined;
let guidesById: Promise<Map<string, GuideEntry>> | undefined;
let issues: Promise<IssueEntry[]> | undefined;
let issuesByGuide: Promise<Map<string, IssueEntry[]>> | undefined;
const rendered = new Map<string, ReturnType<typeof renderGuide>>();

/** Published guides, newest first by semver. Drafts show only in `astro dev`. */
export function getGuides(): Promise<GuideEntry[]> {
  guides ??= (async () => {
    const all = await getCollection('guides');
    failOn(
      guideFileProblems(all.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, ...entry.data }))),
    );
    const visible = all.filter((entry) => import.meta.env.DEV || !entry.data.draft);
    return newestFirst(visible, (entry) => entry.data);
  })();
  return guides;
}

/**
 * A published guide by id; components placed in a guide's body get the id from the Markdown plugins. A map, not a
 * search: at 1,000 guides, every guide page and issue asks about ten times.
 */
export async function getGuide(id: string): Promise<GuideEntry> {
  guidesById ??= getGuides().then((all) => new Map(all.map((entry) => [entry.id, entry])));
  const guide = (await guidesById).get(id);
  if (!guide) throw new Error(`No published guide ${id}`);
  return guide;
}

async function renderGuide(entry: GuideEntry) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  return { Content, headings, items: pageItems(remarkPluginFrontmatter['items']) };
}

export function getRenderedGuide(entry: GuideEntry) {
  if (!rendered.has(entry.id)) rendered.set(entry.id, renderGuide(entry));
  return rendered.get(entry.id)!;
}

/** Common issues, each checked against the guide items it says it relates to. */
export function getIssues(): Promise<IssueEntry[]> {
  issues ??= (async () => {
    const [all, published] = await Promise.all([getCollection('issues'), getGuides()]);
    const itemsByGuide = new Map<string, Set<string>>();
    for (const guide of published) {
      const { items } = await getRenderedGuide(guide);
      itemsByGuide.set(guide.id, new Set(items.map((item) => item.fragment)));
    }
    const links = all.flatMap((issue) =>
      issue.data.related.map((link) => ({ issue: issue.id, filePath: issue.filePath ?? issue.id, ...link })),
    );
    failOn(issueLinkProblems(links, (guide) => itemsByGuide.get(guide)));
    return all.sort((a, b) => a.data.title.localeCompare(b.data.title));
  })();
  return issues;
}

/** The common issues that relate to a guide, in the order of getIssues(). */
export async function getIssuesOf(guide: string): Promise<IssueEntry[]> {
  issuesByGuide ??= getIssues().then((all) => {
    const byGuide = new Map<string, IssueEntry[]>();
    for (const issue of all) {
      for (const id of new Set(issue.data.related.map((link) => link.guide))) {
        if (!byGuide.has(id)) byGuide.set(id, []);
        byGuide.get(id)!.push(issue);
      }
    }
    return byGuide;
  });
  return (await issuesByGuide).get(guide) ?? [];
}

/** In the seed's order (the order of CHANGE_TYPES); the file loader returns entries sorted by id. */
export async function getImpactMatrix() {
  const levels = await getCollection('impactMatrix');
  return levels.sort((a, b) => CHANGE_TYPES.indexOf(a.data.id) - CHANGE_TYPES.indexOf(b.data.id));
}

/** The index page's frontmatter (title, description, what a problem report asks to attach). */
export async function getHome() {
  return (await getCollection('home'))[0]!.data;
}

export interface ReportContext {
  pageLabel: string;
  /** Absolute URL of the page; an item's permalink is this plus its fragment. */
  pageUrl: string;
  versions?: { from: string; to: string } | undefined;
  /** The commands that collect the logs, or the URL of /report/'s section that lists them. */
  logs: ReportLog[] | string;
  /** SUPPORT_URL, checked (see lib/report.ts). */
  supportUrl: string | undefined;
}

const reportContexts = new Map<string, Promise<ReportContext>>();

/**
 * What a "Report a problem" link on this page says besides its item: the guide or plan, its versions and the
 * commands that collect logs (a guide's own validate.sh first). Computed once per page, however many links it has.
 */
export function getReportContext(pathname: string, site: URL, base: string): Promise<ReportContext> {
  if (!reportContexts.has(pathname)) {
    reportContexts.set(
      pathname,
      (async () => {
        const route = pathname.slice(base.length);
        const pageUrl = new URL(pathname, site).href;
        const supportUrl = parseSupportUrl(process.env['SUPPORT_URL']);
        const { reportLogs } = await getHome();
        const guide = /^guides\/([^/]+)\/$/.exec(route)?.[1];
        const plan = /^upgrade\/(v[^/]+)-to-(v[^/]+)\/$/.exec(route);
        if (guide) {
          const entry = (await getGuides()).find((candidate) => candidate.id === guide)!;
          const validate = {
            title: "The validation script's output",
            run: `curl -fsSO ${pageUrl}validate.sh\nsh validate.sh 2>&1 | tee validate.log`,
          };
          const logs = entry.data.checks.length > 0 ? [validate, ...reportLogs] : reportLogs;
          return {
            pageLabel: pairLabel(entry.data),
            pageUrl,
            versions: { from: entry.data.from, to: entry.data.to },
            logs,
            supportUrl,
          };
        }
        // Plans and issue pages, several per guide, link the commands on /report/ rather than repeat them:
        // 2.3 KB a page, 11 KB per guide at 1,000 guides.
        const linkedLogs = `${new URL(withBase(base, REPORT_PATH), site).href}#report-a-problem`;
        if (plan) {
          const versions = { from: plan[1]!, to: plan[2]! };
          return { pageLabel: `Upgrade ${pairLabel(versions)}`, pageUrl, versions, logs: linkedLogs, supportUrl };
        }
        const issuePage = route.startsWith(ISSUES_PATH) && route !== ISSUES_PATH;
        return {
          pageLabel: route.startsWith(ISSUES_PATH) ? 'Common issues' : 'Platform migration',
          pageUrl,
          logs: issuePage ? linkedLogs : reportLogs,
          supportUrl,
        };
      })(),
    );
  }
  return reportContexts.get(pathname)!;
}
