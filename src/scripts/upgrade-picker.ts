/** Turns the index's plain list of upgrade plans into two selects that go straight to a plan. */
export function attachUpgradePicker(): void {
  const picker = document.querySelector<HTMLElement>('[data-upgrade-picker]');
  const form = picker?.querySelector('form');
  if (!picker || !form) return;
  const targets = JSON.parse(picker.dataset['targets'] ?? '{}') as Record<string, string[]>;
  const from = form.elements.namedItem('from') as HTMLSelectElement;
  const to = form.elements.namedItem('to') as HTMLSelectElement;
  const fillTargets = () => to.replaceChildren(...(targets[from.value] ?? []).map((version) => new Option(version)));
  from.addEventListener('change', fillTargets);
  fillTargets();
  to.selectedIndex = to.options.length - 1;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.href = (picker.dataset['url'] ?? '').replace('FROM', from.value).replace('TO', to.value);
  });
  form.hidden = false;
}
