/**
 * Makes checklist items tickable and remembers them in this browser. Keys are the page and the item's fragment,
 * so progress survives edits to the guide's text.
 */
export function attachChecklistProgress(): void {
  const page = document.querySelector<HTMLElement>('[data-checklist-page]');
  // Checklist items carry their fragment as the list item's id; validation checks name it on the box.
  const boxes = [...(page?.querySelectorAll<HTMLInputElement>('li[id] input[type="checkbox"], input[data-progress-item]') ?? [])];
  const status = page?.querySelector<HTMLElement>('[data-progress]');
  if (!page || !status || boxes.length === 0) return;
  const key = progressKey(page.dataset['checklistPage']!);
  const idOf = (box: HTMLInputElement) => box.dataset['progressItem'] ?? box.closest('li[id]')!.id;
  const done = new Set<string>(read(key));

  const count = document.createElement('span');
  count.setAttribute('role', 'status');
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.textContent = 'Reset progress';
  status.replaceChildren(count, ' ', reset);
  status.hidden = false;

  const update = () => {
    count.textContent = `${boxes.filter((box) => box.checked).length} of ${boxes.length} done`;
    for (const box of boxes) box.closest('li, .item')!.classList.toggle('is-done', box.checked);
  };
  for (const box of boxes) {
    box.disabled = false;
    box.checked = done.has(idOf(box));
    box.addEventListener('change', () => {
      if (box.checked) done.add(idOf(box));
      else done.delete(idOf(box));
      write(key, [...done]);
      update();
    });
  }
  reset.addEventListener('click', () => {
    done.clear();
    write(key, []);
    for (const box of boxes) box.checked = false;
    update();
  });
  update();
}

function progressKey(page: string): string {
  return `migration-guides:progress:${page}`;
}

/** The fragments ticked on a page (`guides/<id>`), as kept in this browser: what a problem report lists. */
export function tickedFragments(page: string): string[] {
  return read(progressKey(page));
}

// Storage can be disabled (private modes, policies); the checklist then still works for this visit.
function read(key: string): string[] {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '[]') as string[];
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
