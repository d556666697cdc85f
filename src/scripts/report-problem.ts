/**
 * Loaded on the first click on "Report a problem" (see enhance.ts): builds the report from the page (the report
 * section's data, the item's label, link and phase, the items ticked in this browser) and opens the tracker, or
 * copies the report as Markdown when none is configured.
 */
import { reportBody, reportMarkdown, reportTitle, supportHref, type ReportInput } from '../lib/report.ts';
import { tickedLabels } from './export-items.ts';
import { phaseOf } from './progress.ts';

export async function reportProblem(link: HTMLAnchorElement): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-report]');
  if (!section) return void location.assign(link.href);
  const data = section.dataset;
  const item = link.closest<HTMLElement>('[data-item]');
  const container = link.closest<HTMLElement>('[data-guide]');
  // An item's link sits in the item (in its actions menu once copy.ts has run), whose permalink names and links it.
  const permalink = link.closest('.item')?.querySelector<HTMLAnchorElement>('a.permalink');
  const fragment = permalink?.getAttribute('href')!.slice(1);
  // Links in the report are the site's own (SITE_URL), wherever the reader opened the page.
  const url =
    fragment && container
      ? new URL(`${container.dataset['guideUrl']}#${fragment}`, data['pageUrl']).href
      : fragment
        ? `${data['pageUrl']}#${fragment}`
        : data['pageUrl']!;
  const versions = /^(v[^-]+)-to-(v.+)$/.exec(container?.dataset['guide'] ?? '');
  const runbook = document.querySelector<HTMLElement>('[data-runbook]');
  const input: ReportInput = {
    pageLabel: data['pageLabel']!,
    itemLabel: permalink?.dataset['label'],
    url,
    versions: versions
      ? { from: versions[1]!, to: versions[2]! }
      : data['from'] && data['to']
        ? { from: data['from'], to: data['to'] }
        : undefined,
    phase: item ? phaseOf(item) : undefined,
    ticked: runbook ? tickedLabels(runbook) : undefined,
    logs:
      data['logsUrl'] ??
      [...section.querySelectorAll<HTMLElement>('[data-report-log]')].map((pre) => ({
        title: pre.dataset['reportLog']!,
        run: pre.textContent!,
      })),
  };
  const tracker = data['supportUrl'];
  if (tracker) {
    const href = supportHref(tracker, reportTitle(input), reportBody(input));
    // A new tab keeps the guide open mid-window; a mail client or a blocked pop-up gets this tab instead.
    const tab = tracker.startsWith('mailto:') ? null : open(href, '_blank');
    if (tab) tab.opener = null;
    else location.assign(href);
    return;
  }
  const idle = link.textContent;
  try {
    await navigator.clipboard.writeText(reportMarkdown(input));
    link.textContent = 'Report copied as Markdown: paste it into your tracker';
  } catch {
    return void location.assign('#report-a-problem');
  }
  setTimeout(() => (link.textContent = idle), 4000);
}
