/**
 * Everything a page does with JavaScript beyond reading: copy buttons, checklist progress, the contents list
 * following the reader, keyboard access to what scrolls sideways, opening a collapsed section that holds the
 * linked item. Each piece does nothing when its markup is absent.
 */
import { attachChecklistProgress } from './checklist-progress.ts';
import { attachCopy } from './copy.ts';
import { revealTarget } from './reveal-target.ts';
import { focusScrollers } from './scrollers.ts';
import { followToc } from './toc.ts';

attachCopy();
attachChecklistProgress();
focusScrollers();
followToc();
revealTarget();
addEventListener('hashchange', revealTarget);
