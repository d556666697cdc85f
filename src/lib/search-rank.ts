/**
 * Search over the per-item records, on top of Pagefind. Pagefind returns only items that contain every word, so
 * one word a pasted error has and the stored text lacks ("Futures", a table name) would leave nothing. Here each
 * word of the normalised query is searched on its own (the same index chunks the whole query needs, so no extra
 * download) and an item scores the sum of its words' Pagefind scores, with error codes and class names counting
 * double and items that have every word first. Unknown words get a "Did you mean …" from the index's vocabulary.
 * Browser-free: the search box, the search page and the relevance suite all run it.
 */
import { bestInOrder, normaliseQuery, type Vocabulary } from './search-query.ts';

export interface RecordData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
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
  /** True once a newer search has started: this one then stops before reading any item's data. */
  isStale?: () => boolean;
}

const SIGNATURE_WEIGHT = 2;
const ALL_WORDS_BONUS = 1.5;
/** Items with the typed words in the typed order ("point of no return") beat items that merely have them. */
const PHRASE_BONUS = 2;
/** Longer phrases are pasted errors, whose wording varies; a phrase search would only cost downloads. */
const MAX_PHRASE_WORDS = 6;
/** Up to this many words a query was typed, so an unknown word is a typo; in a longer paste it is a name. */
const MAX_TYPED_TERMS = 3;
const PREFERRED_GROUP_BONUS = 1.3;
/** Most searches are someone hitting an error: among equals, the issue with the fix beats a step that mentions it. */
const ISSUE_BONUS = 1.25;
/** A query naming an issue category ("schema conflicts", "memory issues") asks for the issues in it. */
const CATEGORY_BONUS = 2;
/**
 * Each searched word costs an index download (~30 KB gzip at 1,000 guides). A long paste is searched by its error
 * codes and class names and then its rarest words, up to this many: the relevance suite ranks the same with 3 as
 * with 8, and 4 leaves a margin.
 */
export const MAX_SEARCHED = 4;
/** Items beyond the limit whose data is read, so the preferred guide can move up. */
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
    query.phrase.every((word) => options.vocabulary.knows(word));
  // One search per word, not one more for all of them: an item with every word is in every word's results, and
  // each search walks every matching item, which at thousands of items is most of a search's time.
  const [exact, ...each] = await Promise.all(
    [phrase ? `"${query.phrase.join(' ')}"` : undefined, ...unique].map((term) =>
      term ? engine.search(term, { filters }) : { results: [] },
    ),
  );
  if (!exact || each.some((found) => !found) || options.isStale?.()) return null;
  const found = each.map((result) => result!.results);
  const scores = new Map<string, { score: number; result: EngineResult; best: number; words: number }>();
  found.forEach((results, index) => {
    const weight = signatures.has(unique[index]!) ? SIGNATURE_WEIGHT : 1;
    for (const result of results) {
      const gained = result.score * weight;
      const entry = scores.get(result.id);
      if (!entry) scores.set(result.id, { score: gained, result, best: gained, words: 1 });
      else {
        entry.score += gained;
        entry.words++;
        if (gained > entry.best) Object.assign(entry, { result, best: gained });
      }
    }
  });
  const inOrder = new Set(exact.results.map((result) => result.id));
  let complete = 0;
  for (const [id, entry] of scores) {
    const hasEvery = entry.words === unique.length;
    if (hasEvery) complete++;
    if (hasEvery && unique.length > 1) entry.score *= ALL_WORDS_BONUS;
    if (inOrder.has(id)) entry.score *= PHRASE_BONUS;
  }
  const used = unique.filter((_, index) => found[index]!.length > 0);

  const candidates = [...scores].sort((a, b) => b[1].score - a[1].score).slice(0, limit + CANDIDATE_SLACK);
  if (options.isStale?.()) return null;
  const loaded = await Promise.all(
    candidates.map(async ([, entry]) => {
      const data = await entry.result.data();
      const preferred =
        preferGroup !== undefined &&
        (data.meta['group'] === preferGroup || data.filters['guide']?.includes(preferGroup));
      const issue = data.meta['kind'] === 'Common issue';
      const named = (data.filters['issue category'] ?? []).some((category) => namesCategory(unique, category));
      return {
        data,
        score:
          entry.score *
          (preferred ? PREFERRED_GROUP_BONUS : 1) *
          (issue ? ISSUE_BONUS : 1) *
          (named ? CATEGORY_BONUS : 1),
      };
    }),
  );
  const hits = loaded
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ data }) => toHit(data, used));
  return { hits, used, corrections, partial: complete === 0 && unique.length > 1 };
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

/** A guide's own record links to the section that matched best (Summary, Rollback …), not the top of the page. */
function toHit(data: RecordData, words: readonly string[]): Hit {
  const score = (sub: NonNullable<RecordData['sub_results']>[number]) =>
    (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  const best =
    data.meta['kind'] === 'Guide' ? [...(data.sub_results ?? [])].sort((a, b) => score(b) - score(a))[0] : undefined;
  return {
    url: best?.url ?? data.url,
    title:
      best && best.title !== data.meta['title']
        ? `${data.meta['title']} · ${best.title}`
        : (data.meta['title'] ?? data.url),
    kind: data.meta['kind'] ?? '',
    group: data.meta['group'] ?? '',
    excerpt: markWords(best?.excerpt ?? data.excerpt, words),
  };
}
