/** Turns the index's plain list of upgrade plans into two selects that go straight to a plan (or a lone guide). */
export function attachUpgradePicker(): void {
  const picker = document.querySelector<HTMLElement>('[data-upgrade-picker]');
  const form = picker?.querySelector('form');
  if (!picker || !form) return;
  // Version → version it can reach → the page of that upgrade.
  const targets = JSON.parse(picker.dataset['targets'] ?? '{}') as Record<string, Record<string, string>>;
  const from = form.elements.namedItem('from') as HTMLSelectElement;
  const to = form.elements.namedItem('to') as HTMLSelectElement;
  const fillTargets = () =>
    to.replaceChildren(...Object.keys(targets[from.value] ?? {}).map((version) => new Option(version)));
  from.addEventListener('change', fillTargets);
  fillTargets();
  to.selectedIndex = to.options.length - 1;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.href = targets[from.value]![to.value]!;
  });
  form.hidden = false;
}
