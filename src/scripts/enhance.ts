/**
 * Everything a page does with JavaScript beyond reading: the search box, copy buttons, runbook progress and
 * export, the contents list following the reader, keyboard access to what scrolls sideways, opening a collapsed
 * section that holds the linked item. Each piece does nothing when its markup is absent. One module, so a page
 * loads one script (and the helper Vite adds for the lazily loaded ones).
 */
import { attachExport, attachProgress } from './progress.ts';
import { attachCopy } from './copy.ts';
import { revealTarget } from './reveal-target.ts';
import { focusScrollers } from './scrollers.ts';
import { followToc } from './toc.ts';
import { attachSearchBox } from './search-box.ts';

attachSearchBox();
attachCopy();
attachProgress();
attachExport();
focusScrollers();
followToc();
revealTarget();
addEventListener('hashchange', revealTarget);

// "Report a problem": the report is built by a module fetched on the first click, so pages carry none of it.
addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.report-link');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  void import('./report-problem.ts').then(({ reportProblem }) => reportProblem(link));
});
