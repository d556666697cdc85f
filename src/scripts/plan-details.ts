/**
 * Plans list each item with its commands folded away. Unfolding fetches the guide page once (the browser caches
 * it) and shows the item's own content in place, so a plan never repeats a guide's text in its HTML.
 */
const pages = new Map<string, Promise<Document>>();

export async function loadPlanDetails(details: HTMLDetailsElement): Promise<void> {
  details.dataset['loaded'] = 'true';
  // The link that opens the item on its guide page without JavaScript says where to fetch it from.
  const url = new URL(details.querySelector('a')!.href);
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
