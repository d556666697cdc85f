/**
 * "Report a problem": the issue a reader files from a guide item — title, where (guide, item, permalink, versions,
 * phase), what they had ticked, and the commands that collect the logs. Pure, so the build (links that work without
 * JavaScript) and the browser (which adds the ticked items) write the same text.
 */

export interface ReportLog {
  title: string;
  run: string;
}

export interface ReportInput {
  /** "v0.2.0 → v0.3.0", or the plan's or page's label. */
  pageLabel: string;
  /** "Step 4: Migrate the catalog"; absent for a report about the whole page. */
  itemLabel?: string | undefined;
  /** Absolute link to the item (or the page). */
  url: string;
  versions?: { from: string; to: string } | undefined;
  phase?: string | undefined;
  /** Labels of the items ticked so far; undefined when not known (no JavaScript). */
  ticked?: readonly string[] | undefined;
  /** The commands that collect logs, or the URL of the page section listing them (links built without JavaScript). */
  logs: readonly ReportLog[] | string;
}

const PHASES: Record<string, string> = { before: 'before the window', window: 'during the window', after: 'after the window' };

export function reportTitle(input: Pick<ReportInput, 'pageLabel' | 'itemLabel'>): string {
  return `${input.pageLabel}: problem with ${input.itemLabel ?? 'the upgrade'}`;
}

export function reportBody(input: ReportInput): string {
  const where = [
    `- Page: ${input.pageLabel}`,
    input.itemLabel && `- Item: ${input.itemLabel}`,
    `- Link: ${input.url}`,
    input.versions && `- Upgrading from ${input.versions.from} to ${input.versions.to}`,
    input.phase && `- Phase: ${PHASES[input.phase] ?? input.phase}`,
  ].filter(Boolean);
  const ticked =
    input.ticked === undefined
      ? ['(List the steps and checks you had done.)']
      : input.ticked.length === 0
        ? ['Nothing ticked in this browser.']
        : input.ticked.map((label) => `- [x] ${label}`);
  const logs =
    typeof input.logs === 'string'
      ? [`Run the commands listed at ${input.logs} and attach the files they write.`]
      : ['Attach the files these commands write:', '', ...input.logs.flatMap((log) => [`${log.title}:`, '', '```sh', log.run.trimEnd(), '```', ''])];
  return [
    '## Where',
    ...where,
    '',
    '## Done so far',
    ...ticked,
    '',
    '## What happened',
    'The command you ran, what you expected, and the error exactly as it was printed.',
    '',
    '## Logs',
    ...logs,
  ]
    .join('\n')
    .trimEnd();
}

/** The whole report as Markdown, for the clipboard when no tracker is configured. */
export function reportMarkdown(input: ReportInput): string {
  return `# ${reportTitle(input)}\n\n${reportBody(input)}\n`;
}

/**
 * SUPPORT_URL at build time: an http(s) new-issue URL, with `{title}` and `{body}` where the tracker wants them
 * (GitLab: `…/-/issues/new?issue[title]={title}&issue[description]={body}`; without placeholders GitHub's
 * `title=` and `body=` are added), or a `mailto:` address (subject and body are added). Unset: no tracker.
 */
export function parseSupportUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.replace(/\{(title|body)\}/g, 'x'));
  } catch {
    throw new Error(`SUPPORT_URL "${value}": expected an https:// new-issue URL or a mailto: address`);
  }
  if (!['https:', 'http:', 'mailto:'].includes(url.protocol)) {
    throw new Error(`SUPPORT_URL "${value}": expected an https:// new-issue URL or a mailto: address, not ${url.protocol}`);
  }
  return value;
}

/** The tracker URL with the report filled in. */
export function supportHref(template: string, title: string, body: string): string {
  if (/\{(title|body)\}/.test(template)) {
    return template.replaceAll('{title}', encodeURIComponent(title)).replaceAll('{body}', encodeURIComponent(body));
  }
  const [subjectKey, bodyKey] = template.startsWith('mailto:') ? ['subject', 'body'] : ['title', 'body'];
  const separator = template.includes('?') ? '&' : '?';
  return `${template}${separator}${subjectKey}=${encodeURIComponent(title)}&${bodyKey}=${encodeURIComponent(body)}`;
}
