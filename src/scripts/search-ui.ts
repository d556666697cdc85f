import { UNAVAILABLE, hitLink, search, typedQuery, type Hit } from './pagefind-client.ts';

/**
 * The header's results list, as an ARIA combobox: arrows move through results, Enter opens one (or, with none
 * chosen, the full search page with filters), Escape closes.
 */
export function startSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>('[data-search-results]')!;
  const list = document.createElement('ul');
  list.id = 'search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  const more = document.createElement('a');
  more.className = 'search-box__more';
  panel.replaceChildren(list, more);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const choose = (index: number) => {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const chosen = options()[index];
    if (chosen) input.setAttribute('aria-activedescendant', chosen.id);
    else input.removeAttribute('aria-activedescendant');
    chosen?.scrollIntoView({ block: 'nearest' });
  };
  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
  };
  const show = (hits: Hit[], query: string) => {
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const option = document.createElement('li');
        option.id = `search-option-${index}`;
        option.setAttribute('role', 'option');
        option.append(hitLink(hit));
        return option;
      }),
    );
    if (hits.length === 0) list.innerHTML = '<li class="search-box__empty">No results. Try fewer words or part of the error message.</li>';
    more.href = `${form.action}?q=${encodeURIComponent(query)}`;
    more.textContent = 'All results and filters →';
    choose(-1);
    open(true);
  };

  const run = async () => {
    const query = typedQuery(input.value);
    if (!query) return open(false);
    try {
      const hits = await search(query);
      if (hits && input.value.trim().startsWith(query)) show(hits, input.value.trim());
    } catch {
      list.innerHTML = `<li class="search-box__empty">${UNAVAILABLE}</li>`;
      open(true);
    }
  };
  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count > 0) choose((active + 1) % count);
    else if (event.key === 'ArrowUp' && count > 0) choose((active - 1 + count) % count);
    else if (event.key === 'Escape') return open(false);
    else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      return options()[active]!.querySelector('a')!.click();
    } else return;
    event.preventDefault();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  void run();
}
