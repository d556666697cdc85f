/**
 * Plans list each item with its commands folded away. The folds are written here, not in the plan's HTML (without
 * JavaScript they could not be filled, and the item's title already opens it on its guide page). Unfolding fetches
 * the guide page once (the browser caches it) and shows the item's own content in place, so a plan never repeats
 * a guide's text.
 */
const pages = new Map<string, Promise<Document>>();

/** A fold under every plan item but checklist items (`check-…`, lib/items.ts), which have no commands. */
export function addPlanDetails(): void {
  for (const item of document.querySelectorAll<HTMLElement>('.plan-item')) {
    if (item.dataset['item']!.startsWith('check-')) continue;
    const title = item.querySelector<HTMLAnchorElement>(':scope > a')!;
    const details = document.createElement('details');
    details.className = 'plan-item__details';
    const summary = document.createElement('summary');
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = `: ${title.textContent}`;
    summary.append('Commands and expected output', name);
    const open = document.createElement('a');
    open.href = title.href;
    open.textContent = `Open ${title.textContent} on the guide page`;
    const line = document.createElement('p');
    line.append(open);
    details.append(summary, line);
    details.addEventListener('toggle', () => {
      if (details.open && !details.dataset['loaded']) void loadPlanDetails(details, title.href);
    });
    item.append(details);
  }
}

async function loadPlanDetails(details: HTMLDetailsElement, href: string): Promise<void> {
  details.dataset['loaded'] = 'true';
  const url = new URL(href);
  const fragment = decodeURIComponent(url.hash.slice(1));
  url.hash = '';
  let page = pages.get(url.href);
  if (!page) {
    page = fetch(url).then(async (response) => new DOMParser().parseFromString(await response.text(), 'text/html'));
    pages.set(url.href, page);
  }
  try {
    const item = (await page).querySelector(`[data-item="${CSS.escape(fragment)}"]`);
    if (!item) return;
    const content = document.createElement('div');
    content.className = 'plan-item__content';
    // The item's body without its heading and meta line, which the plan already shows.
    for (const child of item.children) {
      if (!child.matches('.item__head, .runbook-meta')) content.append(document.importNode(child, true));
    }
    details.append(content);
  } catch {
    delete details.dataset['loaded'];
  }
}
