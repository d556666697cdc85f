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
