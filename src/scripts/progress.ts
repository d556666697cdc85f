import { progressSummary } from '../lib/runbook.ts';
import type { Phase } from '../lib/items.ts';

/**
 * Ticks on every checklist item, step and validation check, kept in this browser once per guide and item: a guide
 * page and every upgrade plan that includes the guide read and write the same list, and an edit to an item's text
 * keeps its tick. Also the role filter (`?role=`) and the reset that can be undone.
 */
const KEY = (guide: string) => `migration-guides:progress:guides/${guide}`;

interface Tickable {
  box: HTMLInputElement;
  element: HTMLElement;
  guide: string;
  fragment: string;
}

export function attachProgress(): void {
  const page = document.querySelector<HTMLElement>('[data-runbook]');
  const status = page?.querySelector<HTMLElement>('[data-progress]');
  if (!page || !status) return;
  // Tick boxes exist only with this script, which can keep them: the HTML marks where they go (RunbookMeta).
  for (const meta of page.querySelectorAll('.runbook-meta[data-tick]'))
    meta.insertAdjacentHTML(
      'afterbegin',
      '<label class="tick"><input type="checkbox"><span aria-hidden="true">Done</span></label> ',
    );
  const items: Tickable[] = [...page.querySelectorAll<HTMLElement>('[data-item]')].flatMap((element) => {
    const box = element.querySelector<HTMLInputElement>('input[type="checkbox"]');
    const guide = element.closest<HTMLElement>('[data-guide]')?.dataset['guide'];
    return box && guide ? [{ box, element, guide, fragment: element.dataset['item']! }] : [];
  });
  if (items.length === 0) return;
  const done = new Map<string, Set<string>>();
  const ticked = (item: Tickable) => done.get(item.guide)?.has(item.fragment) ?? false;
  const load = () => {
    for (const guide of new Set(items.map((item) => item.guide))) done.set(guide, new Set(read(KEY(guide))));
  };

  const count = document.createElement('span');
  count.setAttribute('role', 'status');
  const reset = document.createElement('button');
  reset.type = 'button';
  let undo: Map<string, Set<string>> | undefined;
  status.replaceChildren(count, ' ', reset);
  status.hidden = false;

  const render = () => {
    const visible = items.filter((item) => !item.element.hidden);
    const summary = progressSummary(visible.map((item) => ({ phase: phaseOf(item.element), done: ticked(item) })));
    const phases = summary.phases.map((entry) => `${PHASE_NAMES[entry.phase]}: ${entry.done} of ${entry.total}`);
    count.textContent = [`${summary.all.done} of ${summary.all.total} done`, ...phases].join(' · ');
    reset.textContent = undo ? 'Undo reset' : 'Reset progress';
    for (const item of items) {
      item.box.checked = ticked(item);
      item.element.classList.toggle('is-done', item.box.checked);
    }
  };
  const save = (guide: string) => write(KEY(guide), [...(done.get(guide) ?? [])]);

  for (const item of items) {
    item.box.disabled = false;
    // A checklist's box is in the HTML with its name; a written one is named after its item here.
    if (item.box.parentElement!.matches('.tick')) item.box.setAttribute('aria-label', `Done: ${labelOf(item.element)}`);
    item.box.addEventListener('change', () => {
      const list = done.get(item.guide)!;
      if (item.box.checked) list.add(item.fragment);
      else list.delete(item.fragment);
      undo = undefined;
      save(item.guide);
      render();
    });
  }
  // One stray click never loses a migration's progress: the reset keeps what it cleared until the next tick.
  reset.addEventListener('click', () => {
    if (undo) {
      for (const [guide, list] of undo) done.set(guide, list);
      undo = undefined;
    } else {
      undo = new Map([...done].map(([guide, list]) => [guide, new Set(list)]));
      for (const list of done.values()) list.clear();
    }
    for (const guide of done.keys()) save(guide);
    render();
  });
  // Another tab (the guide beside its plan) ticked something: show it here too.
  addEventListener('storage', (event) => {
    if (event.key?.startsWith('migration-guides:progress:')) {
      load();
      render();
    }
  });
  applyRoleFilter(page);
  load();
  render();
}

const PHASE_NAMES: Record<Phase, string> = { before: 'Before', window: 'Window', after: 'After' };

/** `?role=` shows the items of one role (and those that belong to no one); without it, or without JS, all show. */
function applyRoleFilter(page: HTMLElement): void {
  const filter = page.querySelector<HTMLElement>('[data-role-filter]');
  if (!filter) return;
  filter.hidden = false;
  const role = new URLSearchParams(location.search).get('role') ?? '';
  for (const link of filter.querySelectorAll<HTMLAnchorElement>('a[data-role]')) {
    if (link.dataset['role'] === role) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  for (const element of page.querySelectorAll<HTMLElement>('[data-item][data-owner]')) {
    element.hidden = role !== '' && element.dataset['owner'] !== role;
  }
}

/** A guide's item carries its phase; a plan lists each phase's items apart, and the list carries it. */
export function phaseOf(item: HTMLElement): Phase | undefined {
  return item.closest<HTMLElement>('[data-phase]')?.dataset['phase'] as Phase | undefined;
}

/**
 * "Step 4: Migrate the catalog". On a guide the item's permalink carries it (the heading shows the title and number
 * apart, and a checklist item has no heading); a plan's item is only its title link, which reads exactly that.
 */
export function labelOf(item: HTMLElement): string {
  return (
    item.querySelector<HTMLElement>('a.permalink')?.dataset['label'] ?? item.querySelector(':scope > a')!.textContent
  );
}

// Storage can be disabled (private modes, policies); ticks then still work for this visit.
function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

function write(key: string, ids: string[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(ids));
  } catch {
    /* progress is kept for this visit only */
  }
}

/** "Copy runbook as …": the (filtered) runbook as a task list, with ticks, for a ticket. */
export function attachExport(): void {
  const page = document.querySelector<HTMLElement>('[data-runbook]');
  const bar = page?.querySelector<HTMLElement>('[data-export]');
  if (!page || !bar) return;
  bar.hidden = false;
  for (const button of bar.querySelectorAll<HTMLButtonElement>('button[data-export-format]')) {
    const idle = button.textContent;
    button.addEventListener('click', async () => {
      const format = button.dataset['exportFormat'] === 'jira' ? 'jira' : 'markdown';
      try {
        // The formatter is fetched on the first click: pages carry none of it before.
        const [{ exportChecklist }, { exportItems }] = await Promise.all([
          import('../lib/checklist-export.ts'),
          import('./export-items.ts'),
        ]);
        await navigator.clipboard.writeText(exportChecklist(bar.dataset['export']!, exportItems(page), format));
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Copy failed';
      }
      setTimeout(() => (button.textContent = idle), 1500);
    });
  }
}
