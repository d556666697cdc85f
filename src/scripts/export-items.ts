/**
 * The runbook's items as a ticket or a problem report needs them, read from the page. Loaded on the first "Copy
 * runbook" or "Report a problem" click, so no page carries it before.
 */
import type { ExportItem } from '../lib/checklist-export.ts';
import { labelOf, phaseOf } from './progress.ts';

/** The tickable items as a ticket needs them, in page order, only those the role filter shows. */
export function exportItems(page: HTMLElement): ExportItem[] {
  // Role names once per page, from the role filter, rather than on every item that a role owns.
  const roleNames = new Map(
    [...page.querySelectorAll<HTMLElement>('[data-role-filter] [data-role]')].map((link) => [
      link.dataset['role'],
      link.textContent.trim(),
    ]),
  );
  return [...page.querySelectorAll<HTMLElement>('[data-item]')].flatMap((element) => {
    const container = element.closest<HTMLElement>('[data-guide]');
    const box = element.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (element.hidden || !container || !box) return [];
    const { item, minutes, owner } = element.dataset;
    return [
      {
        label: labelOf(element),
        url: new URL(`${container.dataset['guideUrl']}#${item}`, location.href).href,
        guide: container.dataset['guideLabel'] ?? container.dataset['guide']!,
        phase: phaseOf(element),
        minutes: minutes ? Number(minutes) : undefined,
        owner: owner && roleNames.get(owner),
        done: box.checked,
      },
    ];
  });
}

/** Labels of the items ticked on this page ("Step 4: Migrate the catalog"), for a problem report. */
export function tickedLabels(page: HTMLElement): string[] {
  return exportItems(page).flatMap((item) =>
    item.done ? [item.guide === page.dataset['guideLabel'] ? item.label : `${item.guide} · ${item.label}`] : [],
  );
}
