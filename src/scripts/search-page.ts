import { UNAVAILABLE, hitLink, loadPagefind, search, typedQuery } from './pagefind-client.ts';

/** Filters offered on the search page, by Pagefind filter name (set on pages by layouts/Base.astro). */
const FILTERS = { guide: 'Guide', 'change type': 'Change type', severity: 'Severity' } as const;

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
  const list = page.querySelector<HTMLOListElement>('[data-search-list]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let available: Record<string, Record<string, number>>;
  try {
    available = await (await loadPagefind()).filters();
  } catch {
    status.textContent = UNAVAILABLE;
    return;
  }
  const selects = Object.entries(FILTERS).map(([name, label]) => {
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
      status.textContent = 'Type a few words or paste an error message.';
      return;
    }
    const hits = await search(query, filters, 20);
    if (!hits || !input.value.trim().startsWith(query)) return;
    status.textContent = hits.length === 0 ? `No results for “${query}”.` : `${hits.length} results for “${query}”.`;
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement('li');
        item.append(hitLink(hit));
        return item;
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
