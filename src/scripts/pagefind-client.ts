/**
 * The one door to Pagefind, shared by the header box and the search page. Pagefind's files are fetched on the
 * first search, never with the page; the ranking itself is lib/search-rank.ts.
 */
import { Vocabulary } from '../lib/search-query.ts';
import {
  PAGEFIND_OPTIONS,
  rememberingEngine,
  searchItems,
  type Engine,
  type Hit,
  type SearchOutcome,
} from '../lib/search-rank.ts';

export type { Hit, SearchOutcome };

interface Pagefind extends Engine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const base = () => document.body.dataset['base'] ?? '/';
let pagefind: Promise<Pagefind> | undefined;
let words: Promise<Vocabulary> | undefined;
let engine: Engine | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base()}pagefind/pagefind.js`) as Promise<Pagefind>).then(
    async (module) => {
      await module.options({ ...PAGEFIND_OPTIONS, baseUrl: base() });
      await module.init();
      return module;
    },
  );
  return pagefind;
}

/** The index's vocabulary (written by integrations/pagefind.ts), fetched alongside Pagefind on first use. */
function loadVocabulary(): Promise<Vocabulary> {
  words ??= fetch(`${base()}pagefind/vocabulary.json`)
    .then((response) => response.json() as Promise<string[]>)
    .then((list) => new Vocabulary(list));
  return words;
}

/**
 * What to search for while the user is still typing: a trailing one- or two-letter fragment would make Pagefind
 * fetch the index chunks of every word starting with it, so it waits until the fragment grows.
 */
export function typedQuery(text: string): string {
  return text
    .trim()
    .replace(/(^|\s)\S{1,2}$/, '')
    .trim();
}

/** Starts fetching Pagefind and the vocabulary as the box gets focus, so a paste does not wait for them. */
export function preload(): void {
  void loadPagefind().catch(() => undefined);
  void loadVocabulary().catch(() => undefined);
}

let latest = 0;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Items for `query`, best first, on a guide page its own items first among equals; null when a newer search
 * started meanwhile. Typing fires a search per keystroke: they run one at a time, and one that a newer keystroke
 * overtook while it waited is skipped, so the last query never shares the machine with a dozen stale ones.
 */
export function search(query: string, filters: Record<string, string> = {}, limit = 10): Promise<SearchOutcome | null> {
  const generation = ++latest;
  const isStale = () => generation !== latest;
  const run = async () => {
    if (isStale()) return null;
    const [loaded, vocabulary] = await Promise.all([loadPagefind(), loadVocabulary()]);
    if (isStale()) return null;
    engine ??= rememberingEngine(loaded);
    const outcome = await searchItems(engine, query, {
      filters,
      limit,
      preferGroup: document.body.dataset['pageLabel'],
      vocabulary,
      isStale,
    });
    return isStale() ? null : outcome;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** One result as a link: its title, what it is, and the excerpt with Pagefind's <mark>s (Pagefind escapes the text). */
export function hitLink(hit: Hit): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'hit';
  link.innerHTML = `<span class="hit__section"></span><span class="hit__page"></span><span class="hit__excerpt">${hit.excerpt}</span>`;
  link.querySelector('.hit__section')!.textContent = hit.title;
  link.querySelector('.hit__page')!.textContent = hit.kind;
  return link;
}

/** "Searched for: cast_invalid_input, broadcast", and "Did you mean memory?" for words the index does not have. */
export function describeQuery(outcome: SearchOutcome): HTMLElement[] {
  const lines: HTMLElement[] = [];
  if (outcome.corrections.length > 0) {
    const line = document.createElement('p');
    line.className = 'search-note search-note--typo';
    line.textContent = `Did you mean ${outcome.corrections.map((correction) => `“${correction.meant}”`).join(', ')}? Showing results for it.`;
    lines.push(line);
  }
  if (outcome.used.length > 0) {
    const line = document.createElement('p');
    line.className = 'search-note';
    line.textContent = `${outcome.partial ? 'No item has all the words; matched on' : 'Searched for'}: ${outcome.used.join(', ')}`;
    lines.push(line);
  }
  return lines;
}

export const UNAVAILABLE =
  'Search is not available here. It is built by `npm run build`; in `npm run dev` use `npm start` instead.';
