import { groupHits } from '../lib/search-rank.ts';
import { UNAVAILABLE, describeQuery, hitLink, loadPagefind, search, typedQuery } from './pagefind-client.ts';

/**
 * Filters offered on the search page, by Pagefind filter name (set on each item's record by
 * lib/search-records.ts): they narrow items, not pages. A filter no item has yet (phase) is not shown.
 */
const FILTERS = {
  guide: 'Guide',
  item: 'Kind of item',
  'change type': 'Change type',
  severity: 'Severity',
  'issue category': 'Issue category',
  phase: 'Phase',
} as const;

/**
 * /search/?q=…&guide=… runs its query on load, so a search can be pasted into a ticket; typing and filtering
 * keep the address in step.
 */
export async function attachSearchPage(): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (!page) return;
  const form = page.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const fieldset = page.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const status = page.querySelector<HTMLElement>('[data-search-status]')!;
  const list = page.querySelector<HTMLElement>('[data-search-list]')!;
  const note = page.querySelector<HTMLElement>('[data-search-note]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let available: Record<string, Record<string, number>>;
  try {
    available = await (await loadPagefind()).filters();
  } catch {
    status.textContent = UNAVAILABLE;
    return;
  }
  const selects = Object.entries(FILTERS).filter(([name]) => Object.keys(available[name] ?? {}).length > 0).map(([name, label]) => {
    const select = document.createElement('select');
    select.name = name;
    select.id = `filter-${name.replace(' ', '-')}`;
    select.append(new Option(`Any ${label.toLowerCase()}`, ''), ...Object.keys(available[name] ?? {}).sort().map((value) => new Option(value)));
    select.value = params.get(name) ?? '';
    const caption = document.createElement('label');
    caption.htmlFor = select.id;
    caption.textContent = label;
    const field = document.createElement('div');
    field.append(caption, select);
    fieldset.append(field);
    return select;
  });
  fieldset.hidden = false;

  /** `typing`: the user is mid-word, so a short trailing fragment waits (see typedQuery). */
  const run = async (typing = false) => {
    const query = typing ? typedQuery(input.value) : input.value.trim();
    const filters = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query && { q: query }), ...filters }).toString();
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      note.replaceChildren();
      status.textContent = 'Type a few words or paste an error message.';
      return;
    }
    const outcome = await search(query, filters);
    if (!outcome || !input.value.trim().startsWith(query)) return;
    const count = outcome.hits.length;
    status.textContent = count === 0 ? `No results for “${query}”.` : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
    note.replaceChildren(...describeQuery(outcome));
    list.replaceChildren(
      ...groupHits(outcome.hits).map(({ group, hits }) => {
        const section = document.createElement('section');
        const heading = document.createElement('h2');
        heading.textContent = group;
        const items = document.createElement('ol');
        items.append(
          ...hits.map((hit) => {
            const item = document.createElement('li');
            item.append(hitLink(hit));
            return item;
          }),
        );
        section.append(heading, items);
        return section;
      }),
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run(true));
  for (const select of selects) select.addEventListener('change', () => void run());
  await run();
}
