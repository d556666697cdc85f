/**
 * The one door to Pagefind, shared by the header box and the search page. Pagefind's files are fetched on the
 * first search, never with the page.
 */
interface PagefindPage {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  sub_results: { title: string; url: string; excerpt: string; weighted_locations: { balanced_score: number }[] }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options: { filters?: Record<string, string> },
    wait: number,
  ): Promise<{ results: { data(): Promise<PagefindPage> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Hit {
  /** Deep link: the section (step, change, issue) that matched best, not just the page. */
  url: string;
  page: string;
  section: string;
  excerpt: string;
}

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  const base = document.body.dataset['base'] ?? '/';
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
    // noWorker: a search takes milliseconds on the main thread; the worker would cost another 12 KB and a start-up.
    await module.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  });
  return pagefind;
}

/**
 * What to search for while the user is still typing: a trailing one- or two-letter fragment would make Pagefind
 * fetch the index chunks of every word starting with it, so it waits until the fragment grows.
 */
export function typedQuery(text: string): string {
  return text.trim().replace(/(^|\s)\S{1,2}$/, '').trim();
}

/** Top hits for `query`, or null when a newer query superseded this one. */
export async function search(query: string, filters: Record<string, string> = {}, limit = 8): Promise<Hit[] | null> {
  const found = await (await loadPagefind()).debouncedSearch(query, { filters }, 20);
  if (!found) return null;
  const pages = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
  // The best section is the one whose matches score highest, so a pasted error lands on its issue (whose title
  // and error text carry extra weight) rather than on a step that merely repeats common words.
  const score = (sub: PagefindPage['sub_results'][number]) => sub.weighted_locations.reduce((sum, hit) => sum + hit.balanced_score, 0);
  return pages.map((page) => {
    const best = page.sub_results.reduce<PagefindPage['sub_results'][number] | undefined>(
      (top, sub) => (!top || score(sub) > score(top) ? sub : top),
      undefined,
    );
    return {
      url: best?.url ?? page.url,
      page: page.meta['title'] ?? page.url,
      section: best && best.title !== page.meta['title'] ? best.title : '',
      excerpt: best?.excerpt ?? page.excerpt,
    };
  });
}

/** One result as a link: page, matched section, excerpt with Pagefind's <mark>s (Pagefind escapes the text). */
export function hitLink(hit: Hit): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'hit';
  link.innerHTML = `<span class="hit__page"></span><span class="hit__section"></span><span class="hit__excerpt">${hit.excerpt}</span>`;
  link.querySelector('.hit__page')!.textContent = hit.page;
  link.querySelector('.hit__section')!.textContent = hit.section;
  return link;
}

export const UNAVAILABLE =
  'Search is not available here. It is built by `npm run build`; in `npm run dev` use `npm start` instead.';
