/**
 * Turns what a reader pastes into search (an error as their logs print it, with its own numbers, names, paths,
 * hosts, ids, timestamps and stack-trace lines) into the words worth searching for: the parts that are the same
 * every time the error happens. Pure: the search client and the relevance suite both run it.
 */

export interface NormalisedQuery {
  /** Lower-case words to search for, at most MAX_TERMS, error codes and class names first. */
  terms: string[];
  /** Error codes and class names found in the text, as written (CAST_INVALID_INPUT, TimeoutException, 137). */
  signatures: string[];
  /** Every word left after removing what varies, in order, glue words included: for a phrase match. */
  phrase: string[];
}

/** More words than this cost index downloads and add nothing a shorter set does not already pin down. */
export const MAX_TERMS = 8;

/** Words that say nothing about which error this is: English glue, log levels, JVM and Spark package names. */
const NOISE = new Set(
  `a an and are as at be been but by can could did do does for from had has have he if in into is it its not no of on or
  our so such than that the their then there these they this to was were which while will with would you your we after
  before via please use using may might must should also only all any each other some more most very just here when
  where what who how why about above below up down out over under again further once same own too s t
  error errors warn warning info debug fatal trace severe exception caused by java lang util org apache scala sun jdk
  internal com net io spark sql main thread line lines null true false none`
    .split(/\s+/)
    .filter(Boolean),
);

/** A stack-trace frame or other line that names where an error passed, not what it is. */
const FRAME_LINE = [
  /^\s*at\s+[\w$.<>/]+(\(.*\))?\s*$/, // Java/Scala frame
  /^\s*\.\.\.\s*\d+\s+(more|common frames omitted)/i,
  /^\s*File ".*", line \d+/, // Python frame
  /^\s*Traceback \(most recent call last\):/,
  /^\s*(Driver stacktrace|Stack trace):?\s*$/i,
  /^\s*[=\-^~*#]{3,}.*$/, // rulers and carets under SQL
];

/** What varies between two occurrences of the same error, in the order it is removed. */
const VARYING: RegExp[] = [
  /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, // URLs, s3a:// and jdbc:postgresql:// locations
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g, // ISO dates and timestamps
  /\b\d{2}\/\d{2}\/\d{2,4}(?:\s+\d{2}:\d{2}:\d{2})?/g, // 25/06/15 10:12:01 (log4j)
  /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, // times
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, // UUIDs
  /\b(?:container|application|appattempt|attempt|job|task|stage)_[0-9a-z_]+/gi, // YARN and Spark ids
  /\b[a-z0-9]+(?:-[a-z0-9]+)*-[a-f0-9]{6,10}-[a-z0-9]{5}\b/g, // pod of a deployment: name-5d8f7c9b6-x2x9k
  /\b[a-z0-9]+(?:-[a-z0-9]+)*-(?:exec|driver)(?:-\d+)?\b/g, // Spark pods: orders-daily-3f9c-exec-12
  /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, // container ids, hashes
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, // IP addresses
  /\b(?:[a-z0-9-]+\.)+(?:internal|local|lan|svc|cluster|com|net|io|cloud|amazonaws)(?::\d+)?\b/gi, // host names
  /(?:^|(?<=[\s(=:,[]))(?:~|\.{1,2})?\/[^\s'"`),\]]+/g, // Unix paths
  /\b[A-Za-z]:\\[^\s'"`]+/g, // Windows paths
  /"[^"\n]{0,200}?"/g, // quoted identifiers and values
  /`[^`\n]{0,200}?`/g,
  /(?:^|(?<=[\s(=:,[]))'[^'\n]{0,200}?'(?=$|[\s),.:;\]])/g,
];

/** `org.apache.spark.sql.AnalysisException` → `AnalysisException`: the package varies with versions, the class not. */
const QUALIFIED_CLASS = /\b(?:[a-z_$][\w$]*\.)+([A-Z][\w$]*)/g;

/** Error classes and codes: CAST_INVALID_INPUT, OOMKilled, TimeoutException, SQLSTATE 42P07. */
function isSignature(word: string): boolean {
  return (
    /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(word) || // error class
    /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(word) || // CamelCase class: TimeoutException
    /^[A-Z]{2,}[a-z][A-Za-z]*$/.test(word) || // OOMKilled
    /^(?=.*\d)(?=.*[A-Z])[0-9A-Z]{5}$/.test(word) // SQLSTATE 42P07
  );
}

/**
 * Keeps the lines that say what the error is: drops frames ("at …", "... 12 more", Python "File …"), rulers
 * and carets, and the "Caused by:" prefix of the cause lines, which are kept.
 */
export function meaningfulLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !FRAME_LINE.some((pattern) => pattern.test(line)))
    .map((line) => line.replace(/^\s*Caused by:\s*/i, '').trim());
}

/** Words of a text as the index knows them: lower case, split at anything but letters, digits and `_`. */
export function indexWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
}

/**
 * Frames and "Caused by:" inside one line: a search box is one line, so a pasted trace arrives with its line
 * breaks removed.
 */
const INLINE_FRAMES = [
  /\bat\s+[\w$.<>/]+\([^()\s]*(?::\d+)?\)/g,
  /\.\.\.\s*\d+\s+(?:more|common frames omitted)/gi,
  /\bCaused by:/g,
];

export function normaliseQuery(input: string): NormalisedQuery {
  let text = meaningfulLines(input).join(' ');
  for (const pattern of INLINE_FRAMES) text = text.replace(pattern, ' ');
  text = text.replace(QUALIFIED_CLASS, (_, name: string) => ` ${name} `);
  for (const pattern of VARYING) text = text.replace(pattern, ' ');
  // An exit or status code is the error's identity (exit code 137); other numbers vary between occurrences.
  const codes = [
    ...text.matchAll(/\b(?:exit code|exit status|status code|error code|errno|SQLSTATE)[:\s]+(\d+)\b/gi),
  ].map((match) => match[1]!);

  const signatures: string[] = [...codes];
  const words: string[] = [];
  const phrase: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}_]+/u)) {
    const word = raw.replace(/^_+|_+$/g, '');
    if (word && !/^\d/.test(word)) phrase.push(word.toLowerCase());
    if (word.length < 2) continue;
    if (isSignature(word)) signatures.push(word);
    else if (/^\d/.test(word) && !codes.includes(word))
      continue; // 300, 4g, 8GiB, 2025
    else if (!NOISE.has(word.toLowerCase())) words.push(word.toLowerCase());
  }
  const picked = [...new Set([...signatures.map((word) => word.toLowerCase()), ...words])];
  if (picked.length === 0) {
    // Nothing but numbers or glue words ("401", "what is this"): search for what was typed.
    const typed = indexWords(input);
    return {
      terms: [...new Set(typed.filter((word) => word.length > 1))].slice(0, MAX_TERMS),
      signatures: [],
      phrase: typed,
    };
  }
  return {
    terms: mostTelling(picked, new Set(signatures.map((word) => word.toLowerCase()))),
    signatures: [...new Set(signatures)],
    phrase,
  };
}

/**
 * At most MAX_TERMS words: signatures first, then the longest words (long words are rarer, so they tell items
 * apart), so a 40-word paste searches its most telling part.
 */
function mostTelling(words: string[], signatures: Set<string>): string[] {
  return bestInOrder(words, MAX_TERMS, (word) => (signatures.has(word) ? 1000 : 0) + word.length);
}

/** At most `limit` of `words`, those that rank highest, kept in the reader's order. */
export function bestInOrder(words: string[], limit: number, rank: (word: string) => number): string[] {
  if (words.length <= limit) return words;
  const kept = new Set([...words].sort((a, b) => rank(b) - rank(a)).slice(0, limit));
  return words.filter((word) => kept.has(word));
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The index word a reader probably meant by `word`, which the index does not have: within edit distance 1 (words
 * up to five letters) or 2, the nearest, and among equals the most common (`vocabulary` is ordered by how many
 * items use each word). One- and two-letter words are never suggested or corrected.
 */
export function suggestWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 3 || /[\d_]/.test(word)) return undefined;
  const limit = word.length <= 5 ? 1 : 2;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    if (candidate.length < 3 || candidate === word) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
    if (best?.distance === 1) break;
  }
  return best?.word;
}

/**
 * The index's own vocabulary, most common first: every word of two or more characters except long numbers (a
 * pasted error's own numbers never need looking up). "Did you mean …" suggests only words of letters.
 */
export function vocabulary(texts: Iterable<string>): string[] {
  const counts = new WordCounts();
  for (const text of texts) counts.add(text);
  return counts.mostCommonFirst();
}

/** The vocabulary counted text by text, so the texts need not be kept: how many texts use each word. */
export class WordCounts {
  private readonly count = new Map<string, number>();

  add(text: string): void {
    for (const word of new Set(indexWords(text))) {
      if (word.length >= 2 && !/^\d{5,}$/.test(word)) this.count.set(word, (this.count.get(word) ?? 0) + 1);
    }
  }

  mostCommonFirst(): string[] {
    return [...this.count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  }
}

/**
 * What the index knows, checked before searching: Pagefind answers a word it lacks with whatever matches a
 * shorter prefix of it ("memmory" finds items with "m"), so only words it knows are searched.
 */
export class Vocabulary {
  private readonly sorted: string[];
  private readonly words: Set<string>;
  private readonly suggestible: string[];
  private readonly position: Map<string, number>;

  constructor(byFrequency: readonly string[]) {
    this.words = new Set(byFrequency);
    this.position = new Map(byFrequency.map((word, index) => [word, index]));
    this.sorted = [...byFrequency].sort();
    this.suggestible = byFrequency.filter((word) => /^\p{L}{3,}$/u.test(word));
  }

  /**
   * Whether Pagefind will match `term` with words the reader meant: a word of the index, the start of one
   * (Pagefind matches prefixes, so a word being typed counts), or an inflection of one ("futures" for "future").
   */
  knows(term: string): boolean {
    if (this.words.has(term)) return true;
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]! < term) low = middle + 1;
      else high = middle;
    }
    if (this.sorted[low]?.startsWith(term)) return true;
    for (let length = term.length - 1; length >= Math.max(4, term.length - 3); length--) {
      if (this.words.has(term.slice(0, length))) return true;
    }
    return false;
  }

  /** How common `term` is: its place in the vocabulary, most common first; a word it lacks counts as rarest. */
  commonness(term: string): number {
    return this.position.get(term) ?? this.position.size;
  }

  suggest(term: string): string | undefined {
    return suggestWord(term, this.suggestible);
  }
}
