/**
 * Everything a page does with JavaScript beyond reading: copy buttons, checklist progress, opening a collapsed
 * section that holds the linked item. Each piece does nothing when its markup is absent.
 */
import { attachChecklistProgress } from './checklist-progress.ts';
import { attachCodeCopy, attachPermalinkCopy } from './copy.ts';
import { revealTarget } from './reveal-target.ts';

attachCodeCopy();
attachPermalinkCopy();
attachChecklistProgress();
revealTarget();
addEventListener('hashchange', revealTarget);
