/**
 * Everything a page does with JavaScript beyond reading: copy buttons, runbook progress and export, opening a collapsed
 * section that holds the linked item. Each piece does nothing when its markup is absent.
 */
import { attachPlanDetails } from './plan-details.ts';
import { attachExport, attachProgress } from './progress.ts';
import { attachCodeCopy, attachPermalinkCopy } from './copy.ts';
import { revealTarget } from './reveal-target.ts';

attachCodeCopy();
attachPermalinkCopy();
attachProgress();
attachExport();
attachPlanDetails();
revealTarget();
addEventListener('hashchange', revealTarget);

// "Report a problem": the report is built by a module fetched on the first click, so pages carry none of it.
addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.report-link');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  void import('./report-problem.ts').then(({ reportProblem }) => reportProblem(link));
});
