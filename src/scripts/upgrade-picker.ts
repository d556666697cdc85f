import { upgradePagePath, withBase } from '../lib/urls.ts';

/** Turns the index's plain list of upgrade plans into two selects that go straight to a plan (or a lone guide). */
export function attachUpgradePicker(): void {
  const picker = document.querySelector<HTMLElement>('[data-upgrade-picker]');
  const form = picker?.querySelector('form');
  if (!picker || !form) return;
  // Version → version it reaches → in how many guides.
  const targets = JSON.parse(picker.dataset['targets'] ?? '{}') as Record<string, Record<string, number>>;
  const from = form.elements.namedItem('from') as HTMLSelectElement;
  const to = form.elements.namedItem('to') as HTMLSelectElement;
  const fillTargets = () =>
    to.replaceChildren(...Object.keys(targets[from.value] ?? {}).map((version) => new Option(version)));
  from.addEventListener('change', fillTargets);
  fillTargets();
  to.selectedIndex = to.options.length - 1;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const hops = targets[from.value]![to.value]!;
    location.href = withBase(document.body.dataset['base'] ?? '/', upgradePagePath(from.value, to.value, hops));
  });
  form.hidden = false;
}
