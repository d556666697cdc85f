import { groupHits } from '../lib/search-rank.ts';
import {
  UNAVAILABLE,
  describeQuery,
  hitLink,
  preload,
  search,
  typedQuery,
  type SearchOutcome,
} from './pagefind-client.ts';

/**
 * The header's results list, as an ARIA combobox: arrows move through results, Enter opens one (or, with none
 * chosen, the full search page with filters), Escape closes. Typing clears the choice; results that arrive after an
 * arrow key keep it, so Enter opens the result that was highlighted even when a search was still running.
 */
export function startSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  preload();
  const panel = form.querySelector<HTMLElement>('[data-search-results]')!;
  // Divs, not ul/li: a listbox holds groups and options, and li may not take the group role.
  const list = document.createElement('div');
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
  const note = document.createElement('div');
  note.className = 'search-box__note';
  panel.prepend(note);
  /** Up to 10 items, grouped by guide (issues under "Common issues"); each group is labelled for screen readers. */
  const show = (outcome: SearchOutcome, query: string) => {
    const chosen = options()[active]?.getAttribute('href');
    let index = 0;
    list.replaceChildren(
      ...groupHits(outcome.hits).map(({ group, hits }, position) => {
        const item = document.createElement('div');
        item.setAttribute('role', 'group');
        item.setAttribute('aria-labelledby', `search-group-${position}`);
        const title = document.createElement('div');
        title.id = `search-group-${position}`;
        title.className = 'search-box__group';
        title.textContent = group;
        item.append(
          title,
          // The link is the option itself: an option wrapping a link would nest one control in another.
          ...hits.map((hit) => {
            const option = hitLink(hit);
            option.id = `search-option-${index++}`;
            option.setAttribute('role', 'option');
            option.tabIndex = -1;
            return option;
          }),
        );
        return item;
      }),
    );
    note.replaceChildren(...describeQuery(outcome));
    if (outcome.hits.length === 0)
      list.innerHTML =
        '<li class="search-box__empty" role="presentation">No results. Try fewer words or part of the error message.</li>';
    more.href = `${form.action}?q=${encodeURIComponent(query)}`;
    more.textContent = 'All results and filters →';
    choose(chosen ? options().findIndex((option) => option.getAttribute('href') === chosen) : -1);
    open(true);
  };

  const run = async () => {
    choose(-1);
    const query = typedQuery(input.value);
    if (!query) return open(false);
    try {
      const outcome = await search(query);
      if (outcome && input.value.trim().startsWith(query)) show(outcome, input.value.trim());
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
      return options()[active]!.click();
    } else return;
    event.preventDefault();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  void run();
}
