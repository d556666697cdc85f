/**
 * Search over items, on top of Pagefind's pages. Pagefind indexes one record per guide or issue page, a guide's
 * items as its sub-results (lib/search-records.ts), and returns only pages that contain every word, so one word a
 * pasted error has and the stored text lacks ("Futures", a table name) would leave nothing. Here each word of the
 * normalised query is searched on its own (the same index chunks the whole query needs, so no extra download); a
 * page's score for a word is shared among its items by where the word occurs, and an item scores the sum of its
 * words' shares, with error codes and class names counting double and items that have every word first. Unknown
 * words get a "Did you mean …" from the index's vocabulary. Browser-free: the search box, the search page and the
 * relevance suite all run it.
 */
import { bestInOrder, normaliseQuery, type Vocabulary } from './search-query.ts';

/** The filters that differ from one item of a guide to the next; the guide and its severity are the page's. */
export const ITEM_FILTERS = ['item', 'phase', 'change type'] as const;

/**
 * A guide record's `items` metadata: the item filters of each of its sub-results, by fragment (`""`: the guide's own
 * text, outside its items).
 */
export type ItemFilters = Record<string, Partial<Record<(typeof ITEM_FILTERS)[number], string[]>>>;

export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  anchor?: { id?: string };
  weighted_locations?: { balanced_score: number }[];
}

export interface RecordData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
  /** Where each element with an id starts, in words: a guide's items and sections. */
  anchors?: { id: string; location: number }[];
  word_count?: number;
  /** The page's indexed text. */
  content?: string;
}

export interface EngineResult {
  id: string;
  score: number;
  data(): Promise<RecordData>;
}

/** The part of Pagefind's API this needs. */
export interface Engine {
  search(query: string, options: { filters?: Record<string, string> }): Promise<{ results: EngineResult[] } | null>;
}

export interface Hit {
  url: string;
  title: string;
  /** What the item is: "Step", "Common issue", … */
  kind: string;
  /** The guide it belongs to, or "Common issues". */
  group: string;
  /** Pagefind's excerpt, with its <mark>s (Pagefind escapes the text). */
  excerpt: string;
}

export interface SearchOutcome {
  hits: Hit[];
  /** The words that were searched and found something, in the reader's order. */
  used: string[];
  /** Words the index does not have, each with the index word it was searched as instead. */
  corrections: { typed: string; meant: string }[];
  /** True when no item has every word, so the results match only some of them. */
  partial: boolean;
}

export interface SearchOptions {
  filters?: Record<string, string>;
  /** Items of this group (the guide being read) rank above equally good ones elsewhere. */
  preferGroup?: string | undefined;
  limit?: number;
  /** The index's vocabulary: which words can be searched, and what an unknown one probably meant. */
  vocabulary: Vocabulary;
  /** True once a newer search has started: this one then stops before reading any page's items. */
  isStale?: () => boolean;
}

/**
 * Pagefind's options, for the site and the relevance suite alike. noWorker: a search takes milliseconds on the main
 * thread; the worker would cost another 12 KB and a start-up. Pagefind does not weigh a page's length: a guide is
 * long because it has many items, so its items are weighed by their own lengths instead (lengthWeight).
 */
export const PAGEFIND_OPTIONS = { excerptLength: 24, noWorker: true, ranking: { pageLength: 0 } };

const SIGNATURE_WEIGHT = 2;
const ALL_WORDS_BONUS = 1.5;
/** Items with the typed words in the typed order ("point of no return") beat items that merely have them. */
const PHRASE_BONUS = 2;
/** Longer phrases are pasted errors, whose wording varies: their order is not looked for. */
const MAX_PHRASE_WORDS = 6;
/** Up to this many words a query was typed, so an unknown word is a typo; in a longer paste it is a name. */
const MAX_TYPED_TERMS = 3;
const PREFERRED_GROUP_BONUS = 1.3;
/** Most searches are someone hitting an error: among equals, the issue with the fix beats a step that mentions it. */
const ISSUE_BONUS = 1.25;
/** A query naming an issue category ("schema conflicts", "memory issues") asks for the issues in it. */
const CATEGORY_BONUS = 2;
/**
 * Each searched word costs an index download (~15 KB at 1,000 guides) and a search. A long paste is searched by its error
 * codes and class names and then its rarest words, up to this many: the relevance suite ranks the same with 3 as
 * with 8, and 4 leaves a margin.
 */
export const MAX_SEARCHED = 4;
/** Pages beyond the limit whose items are read, so the preferred guide can move up. */
const CANDIDATE_SLACK = 4;

/**
 * An engine that remembers its last `size` answers. Typing changes one word at a time, and each search repeats
 * the others: remembered, a keystroke costs one Pagefind search instead of one per word.
 */
export function rememberingEngine(engine: Engine, size = 64): Engine {
  const answers = new Map<string, ReturnType<Engine['search']>>();
  return {
    search(query, options) {
      const key = JSON.stringify([query, options.filters ?? {}]);
      // A failed search is forgotten, so the next keystroke tries again.
      const answer =
        answers.get(key) ??
        engine.search(query, options).catch((error: unknown) => {
          answers.delete(key);
          throw error;
        });
      answers.delete(key);
      answers.set(key, answer);
      if (answers.size > size) answers.delete(answers.keys().next().value!);
      return answer;
    },
  };
}

export const EMPTY: SearchOutcome = { hits: [], used: [], corrections: [], partial: false };

/** Results grouped in order of their best item, for "up to 10 items grouped by guide". */
export function groupHits(hits: Hit[]): { group: string; hits: Hit[] }[] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) groups.set(hit.group, [...(groups.get(hit.group) ?? []), hit]);
  return [...groups].map(([group, grouped]) => ({ group, hits: grouped }));
}

export async function searchItems(engine: Engine, text: string, options: SearchOptions): Promise<SearchOutcome | null> {
  const { filters = {}, preferGroup, limit = 10 } = options;
  const query = normaliseQuery(text);
  if (query.terms.length === 0) return EMPTY;
  const signatures = new Set(query.signatures.map((word) => word.toLowerCase()));

  // Words the index lacks are searched as the nearest word it has ("Did you mean …"), or left out.
  const corrections: SearchOutcome['corrections'] = [];
  const terms: string[] = [];
  for (const term of query.terms) {
    if (options.vocabulary.knows(term)) terms.push(term);
    else if (query.terms.length <= MAX_TYPED_TERMS) {
      const meant = options.vocabulary.suggest(term);
      if (meant) {
        corrections.push({ typed: term, meant });
        terms.push(meant);
      }
    }
  }
  const unique = rarest([...new Set(terms)], signatures, options.vocabulary);
  if (unique.length === 0) return { ...EMPTY, corrections };

  const phrase =
    query.phrase.length >= 2 &&
    query.phrase.length <= MAX_PHRASE_WORDS &&
    corrections.length === 0 &&
    query.phrase.every((word) => options.vocabulary.knows(word))
      ? query.phrase
      : undefined;
  // One search per word, not one more for all of them: a page with every word is in every word's results, and
  // each search walks every matching page, which at thousands of pages is most of a search's time. Nor one for the
  // phrase: Pagefind would give only its first place on each page, and the pages read have their text at hand.
  const each = await Promise.all(unique.map((term) => engine.search(term, { filters })));
  if (each.some((found) => !found) || options.isStale?.()) return null;
  const found = each.map((result) => result!.results);
  const weights = unique.map((word) => (signatures.has(word) ? SIGNATURE_WEIGHT : 1));
  const pages = new Map<string, PageMatch>();
  found.forEach((results, index) => {
    for (const result of results) {
      const page = pages.get(result.id) ?? { score: 0, words: [] };
      page.score += result.score * weights[index]!;
      page.words[index] = result;
      pages.set(result.id, page);
    }
  });
  const used = unique.filter((_, index) => found[index]!.length > 0);
  // A page, or an item, with every searched word of several.
  const everyWordBonus = (words: number) => (words === unique.length && unique.length > 1 ? ALL_WORDS_BONUS : 1);

  // The pages whose items are read: most of all, pages with every word. Ranked once each, not in every comparison
  // of the sort: a common word matches thousands of pages.
  const ranked = [...pages.values()].map((page) => ({
    page,
    rank: page.score * everyWordBonus(page.words.filter(Boolean).length),
  }));
  const candidates = ranked
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit + CANDIDATE_SLACK)
    .map(({ page }) => page);
  if (options.isStale?.()) return null;
  const items = (await Promise.all(candidates.map((page) => itemsOf(page, weights, phrase)))).flat();

  let complete = 0;
  const hits = items
    .filter((item) => matchesFilters(item, filters))
    .map((item) => {
      const hasEvery = item.words.size === unique.length;
      if (hasEvery) complete++;
      const { data } = item;
      const preferred =
        preferGroup !== undefined &&
        (data.meta['group'] === preferGroup || data.filters['guide']?.includes(preferGroup));
      const named = (data.filters['issue category'] ?? []).some((category) => namesCategory(unique, category));
      const score =
        item.score *
        everyWordBonus(item.words.size) *
        (item.inOrder ? PHRASE_BONUS : 1) *
        (preferred ? PREFERRED_GROUP_BONUS : 1) *
        (item.kind === 'Common issue' ? ISSUE_BONUS : 1) *
        (named ? CATEGORY_BONUS : 1);
      return { item, score };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ item }) => toHit(item, used));
  return { hits, used, corrections, partial: complete === 0 && unique.length > 1 };
}

/** A page that some searched words matched: its score summed over them, and each word's result (by word). */
interface PageMatch {
  score: number;
  words: (EngineResult | undefined)[];
}

/** One item of a page (a step, an issue, a guide's own text) and what the searched words gave it. */
interface ItemMatch {
  data: RecordData;
  kind: string;
  /** Its item filters; undefined for a page that is one item (an issue), which Pagefind has filtered already. */
  filters: ItemFilters[string] | undefined;
  score: number;
  /** Indexes of the searched words it has. */
  words: Set<number>;
  inOrder: boolean;
  /** The sub-result that gained most: its link, title and excerpt show the item. */
  best: SubResult;
  bestGain: number;
}

/**
 * A page's items, each with its share of the page's score for every word, weighed by its length. A page without
 * item metadata (an issue) is one item.
 */
async function itemsOf(page: PageMatch, weights: number[], phrase: string[] | undefined): Promise<ItemMatch[]> {
  const items = new Map<string, ItemMatch>();
  // Read from the page's data once, at its first word.
  let byItem: ItemFilters | undefined;
  let layout: Layout | undefined;
  for (const [index, result] of page.words.entries()) {
    if (!result) continue;
    const gain = result.score * weights[index]!;
    // One word after another: Pagefind hands every search of a page the same fragment object, re-aimed at the
    // words of the latest, so its sub-results are read before the next search's data is asked for.
    const data = await result.data();
    if (!layout) {
      byItem = data.meta['items'] ? (JSON.parse(data.meta['items']) as ItemFilters) : undefined;
      layout = layoutOf(data, byItem);
    }
    const subs: SubResult[] = byItem ? (data.sub_results ?? []) : [{ ...data, title: data.meta['title'] ?? data.url }];
    // What each item holds of the word (a guide's own text is one item, however many sections it has).
    const held = new Map<string, { weight: number; best: SubResult; bestWeight: number }>();
    for (const sub of subs) {
      const fragment = byItem && sub.anchor?.id && sub.anchor.id in byItem ? sub.anchor.id : '';
      const weight = weightOf(sub);
      const entry = held.get(fragment) ?? { weight: 0, best: sub, bestWeight: -1 };
      entry.weight += weight;
      if (weight > entry.bestWeight) [entry.best, entry.bestWeight] = [sub, weight];
      held.set(fragment, entry);
    }
    const most = Math.max(0, ...[...held.values()].map((entry) => entry.weight));
    for (const [fragment, { weight, best }] of held) {
      if (weight <= 0 && byItem) continue;
      let item = items.get(fragment);
      if (!item) {
        const filters = byItem?.[fragment];
        const kind = filters?.item?.[0] ?? data.meta['kind'] ?? '';
        item = { data, kind, filters, score: 0, words: new Set(), inOrder: false, best, bestGain: -1 };
        items.set(fragment, item);
      }
      // The item that holds the word most gets the page's whole score for it, as if it were a page of its own.
      const gained = gain * (byItem ? weight / most : 1) * lengthWeight(layout.lengths.get(fragment) ?? 0);
      item.score += gained;
      item.words.add(index);
      if (gained > item.bestGain) [item.best, item.bestGain] = [best, gained];
    }
  }
  if (phrase && layout)
    for (const fragment of layout.withPhrase(phrase)) if (items.has(fragment)) items.get(fragment)!.inOrder = true;
  return [...items.values()];
}

/**
 * What an item's length does to its score, as Pagefind weighs a page's length by default (its `pageLength` 0.75):
 * an item of 200 words (about a common issue's page) keeps its score, a shorter one gains, a longer one loses.
 */
const lengthWeight = (words: number) => 1 / (0.25 + (0.75 * words) / 200);

interface Layout {
  /** The words of each item, by fragment (`""`: a guide's own text, or the whole of an issue's page). */
  lengths: Map<string, number>;
  /** The items in which `phrase` stands, word after word (each matched by its start, as Pagefind matches). */
  withPhrase(phrase: string[]): Set<string>;
}

/** Where a page's items lie: each anchor starts the item it anchors, or (a guide's section) the guide's own text. */
function layoutOf(data: RecordData, byItem: ItemFilters | undefined): Layout {
  const starts = [{ location: 0, fragment: '' }];
  for (const anchor of [...(byItem ? (data.anchors ?? []) : [])].sort((a, b) => a.location - b.location))
    starts.push({ location: anchor.location, fragment: anchor.id in byItem! ? anchor.id : '' });
  const lengths = new Map<string, number>();
  starts.forEach(({ location, fragment }, index) => {
    const end = starts[index + 1]?.location ?? data.word_count ?? 0;
    lengths.set(fragment, (lengths.get(fragment) ?? 0) + end - location);
  });
  const itemAt = (location: number) => starts.findLast((start) => start.location <= location)!.fragment;
  return {
    lengths,
    withPhrase(phrase) {
      // Pagefind's locations count the words of the page's text, split at white space.
      const words = (data.content ?? '')
        .split(/\s+/)
        .map((word) => word.toLowerCase().replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, ''));
      const found = new Set<string>();
      for (let at = 0; at + phrase.length <= words.length; at++)
        if (phrase.every((word, offset) => words[at + offset]!.startsWith(word))) found.add(itemAt(at));
      return found;
    },
  };
}

const weightOf = (sub: SubResult) =>
  (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

/** Whether an item has the selected item filters (Pagefind has kept only pages that have them somewhere). */
function matchesFilters(item: ItemMatch, filters: Record<string, string>): boolean {
  return Object.entries(filters).every(
    ([name, value]) =>
      !item.filters ||
      !(ITEM_FILTERS as readonly string[]).includes(name) ||
      item.filters[name as (typeof ITEM_FILTERS)[number]]?.includes(value),
  );
}

/** At most MAX_SEARCHED of `terms`, in the reader's order: signatures first, then the rarest in the index. */
function rarest(terms: string[], signatures: Set<string>, vocabulary: Vocabulary): string[] {
  return bestInOrder(terms, MAX_SEARCHED, (term) => (signatures.has(term) ? Infinity : vocabulary.commonness(term)));
}

/** Whether the searched words include every telling word of a category label (by their first five letters). */
function namesCategory(terms: string[], category: string): boolean {
  const stem = (word: string) => word.slice(0, 5);
  const searched = new Set(terms.map(stem));
  const words = normaliseQuery(category).terms;
  return words.length > 0 && words.every((word) => searched.has(stem(word)));
}

/**
 * Marks the searched words Pagefind left unmarked: an item's data comes from one word's search, whose excerpt
 * marks only that word. Words are matched as Pagefind matches them, by their start.
 */
export function markWords(excerpt: string, words: readonly string[]): string {
  if (words.length === 0) return excerpt;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const word = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})[\\p{L}\\p{N}_]*`, 'giu');
  // Existing marks and entities (&amp; has "amp" in it) stay as they are; only the text between them is marked.
  return excerpt
    .split(/(<mark>.*?<\/mark>|&[#\w]+;)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(word, '<mark>$&</mark>')))
    .join('');
}

/** An item as a result; a guide's own text links to its section that matched best (Summary, Rollback …). */
function toHit(item: ItemMatch, words: readonly string[]): Hit {
  const { data, best } = item;
  const page = data.meta['title'] ?? data.url;
  // A guide's item is named by its sub-result, an issue by its page, a guide's own text by the guide and its section.
  const title =
    item.kind === 'Guide' ? (best.title === page ? page : `${page} · ${best.title}`) : item.filters ? best.title : page;
  return {
    url: best.url,
    title,
    kind: item.kind,
    group: data.meta['group'] ?? '',
    excerpt: markWords(best.excerpt, words),
  };
}
