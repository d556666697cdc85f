import { PHASE_TITLES, PHASES, type Phase } from './items.ts';

/** One tickable item as a ticket needs it: what, where it lands, when, how long, who, and whether it is done. */
export interface ExportItem {
  label: string;
  url: string;
  guide: string;
  phase?: Phase | undefined;
  minutes?: number | undefined;
  owner?: string | undefined;
  done: boolean;
}

export type ExportFormat = 'markdown' | 'jira';

const SITE = 'Platform Migration Guides';

/**
 * The runbook as a task list for a tracker: the site's name first (so it is unambiguous among other lists), then
 * each guide and phase as a heading, one line per item with its permalink, time and owner. Markdown task lists
 * render as checkboxes on GitHub and GitLab; Jira's wiki markup has none, so done items carry its (/) icon.
 */
export function exportChecklist(title: string, items: readonly ExportItem[], format: ExportFormat): string {
  const heading = (level: number, text: string) =>
    format === 'markdown' ? `${'#'.repeat(level)} ${text}` : `h${level}. ${text}`;
  const lines = [format === 'markdown' ? `**${SITE}** · ${title}` : `*${SITE}* · ${title}`];
  const guides = [...new Set(items.map((item) => item.guide))];
  for (const guide of guides) {
    const ofGuide = items.filter((item) => item.guide === guide);
    if (guides.length > 1) lines.push('', heading(2, guide));
    for (const phase of [...PHASES, undefined]) {
      const inPhase = ofGuide.filter((item) => item.phase === phase);
      if (inPhase.length === 0) continue;
      if (phase) lines.push('', heading(3, PHASE_TITLES[phase]));
      else lines.push('');
      lines.push(...inPhase.map((item) => line(item, format)));
    }
  }
  return `${lines.join('\n')}\n`;
}

function line(item: ExportItem, format: ExportFormat): string {
  const facts = [item.minutes ? `${item.minutes} min` : undefined, item.owner].filter(Boolean).join(' · ');
  const suffix = facts ? ` · ${facts}` : '';
  // Brackets in a label would end the link text early in both syntaxes.
  const label = item.label.replace(/[[\]|]/g, ' ');
  return format === 'markdown'
    ? `- [${item.done ? 'x' : ' '}] [${label}](${item.url})${suffix}`
    : `* ${item.done ? '(/) ' : ''}[${label}|${item.url}]${suffix}`;
}
