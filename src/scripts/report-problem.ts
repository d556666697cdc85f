/**
 * Loaded on the first click on "Report a problem" (see enhance.ts): builds the report from the page (ReportSection's
 * data, the item's link and phase, the ticked items in this browser) and opens the tracker, or copies the report
 * as Markdown when none is configured.
 */
import { reportBody, reportMarkdown, reportTitle, supportHref, type ReportInput } from '../lib/report.ts';
import { tickedFragments } from './checklist-progress.ts';

export async function reportProblem(link: HTMLAnchorElement): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-report]');
  if (!section) return void location.assign(link.href);
  const data = section.dataset;
  const fragment = link.dataset['reportItem'];
  const progressPage = data['progressPage'];
  const input: ReportInput = {
    pageLabel: data['pageLabel']!,
    itemLabel: link.dataset['reportLabel'],
    url: fragment ? `${data['pageUrl']}#${fragment}` : data['pageUrl']!,
    versions: data['from'] && data['to'] ? { from: data['from'], to: data['to'] } : undefined,
    phase: link.closest<HTMLElement>('[data-phase]')?.dataset['phase'],
    ticked: progressPage ? tickedFragments(progressPage).map(labelOf) : undefined,
    logs: [...section.querySelectorAll<HTMLElement>('[data-report-log]')].map((pre) => ({ title: pre.dataset['reportLog']!, run: pre.textContent! })),
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

/** "Step 4: Migrate the catalog" for a ticked fragment, as its permalink (or plan entry) names it; the id if it is gone. */
function labelOf(fragment: string): string {
  const item = document.getElementById(fragment);
  return item?.querySelector<HTMLElement>('a.permalink')?.dataset['label'] ?? item?.textContent?.trim() ?? fragment;
}
