/**
 * Reading built pages as a stream of tags and text (htmlparser2), for the checks and the search records that run
 * over every page after the build. A tree (parse5, hast) cost 3 to 10 ms a guide page, most of the time spent
 * after rendering at 1,000 guides; the stream costs under 1 ms. Text inside tags is still text: ` id="x"` shown
 * in a code block is never taken for an attribute.
 */
import { Parser } from 'htmlparser2';

export interface Tag {
  name: string;
  attributes: Record<string, string>;
}

export interface StreamHandler {
  open(tag: Tag): void;
  text(text: string): void;
  /** Called for every opened element, void ones and those the HTML closes implicitly included. */
  close(tag: Tag): void;
}

/** One handler that passes every event to each of `handlers` in turn, so several readers share one stream. */
export function allOf(...handlers: StreamHandler[]): StreamHandler {
  return {
    open: (tag) => handlers.forEach((handler) => handler.open(tag)),
    text: (text) => handlers.forEach((handler) => handler.text(text)),
    close: (tag) => handlers.forEach((handler) => handler.close(tag)),
  };
}

/**
 * Streams `html` to each handler in turn: every element opens and closes in order, so a depth count stays right.
 * Several handlers share one parse (the site checks and the search records read the same pages).
 */
export function streamHtml(html: string, ...handlers: StreamHandler[]): void {
  const handler = allOf(...handlers);
  const open: Tag[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        const tag = { name, attributes };
        open.push(tag);
        handler.open(tag);
      },
      ontext: (text) => handler.text(text),
      onclosetag: () => handler.close(open.pop()!),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
}

/**
 * A copy of a value read from a page, for keeping after the page is parsed: V8 shares a substring's characters with
 * the string it was cut from, so a kept id or link would keep its page's whole HTML alive (at 1,000 guides, the
 * checks' live heap was 395 MB instead of 95).
 */
export const ownCopy = (value: string): string => ` ${value}`.slice(1);

export const classesOf = (tag: Tag): string[] => tag.attributes['class']?.split(/\s+/).filter(Boolean) ?? [];

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements that run on in a line of text; the others start a new one, so their words never run together. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd label mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);
/** Never text a reader sees (`hidden` parts appear only once scripts run, like the runbook's tick boxes). */
const UNSEEN = new Set(['script', 'style', 'template', 'noscript']);
const unseen = (tag: Tag) => UNSEEN.has(tag.name) || tag.attributes['hidden'] !== undefined;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What the index reads of an element's attributes: its weights and settings, and a heading's id (a sub-result). */
const indexedAttribute = (tag: Tag, name: string, headingIds: boolean) =>
  name.startsWith('data-pagefind-') || (headingIds && name === 'id' && /^h[1-6]$/.test(tag.name));

/**
 * What search indexes of part of a page as it streams past: its HTML cut down to what the index reads (block
 * elements, weights, headings' ids; classes, ARIA and inline styling tags are dropped, which halves the bytes
 * the indexer parses) and its words, without the elements `leaveOut` names (and what they hold). `rename`
 * writes the outermost element under another name (a list item kept outside its list); without `headingIds`
 * the part's headings start no sub-result of their own (an item is one sub-result, anchored where it starts).
 */
export class Capture {
  private readonly html: string[] = [];
  private readonly words: string[] = [];
  private skipping = 0;
  /** For each open element, whether its tags are written. */
  private readonly written: boolean[] = [];
  private readonly leaveOut: (tag: Tag) => boolean;
  private readonly rename: string | undefined;
  private readonly headingIds: boolean;

  constructor(
    leaveOut: (tag: Tag) => boolean,
    { rename, headingIds = true }: { rename?: string | undefined; headingIds?: boolean } = {},
  ) {
    this.leaveOut = leaveOut;
    this.rename = rename;
    this.headingIds = headingIds;
  }

  open(tag: Tag): void {
    if (this.skipping > 0 || unseen(tag) || this.leaveOut(tag)) {
      this.skipping++;
      return;
    }
    const name = this.written.length === 0 && this.rename ? this.rename : tag.name;
    const attributes = Object.entries(tag.attributes)
      .filter(([key]) => indexedAttribute(tag, key, this.headingIds))
      .map(([key, value]) => (value === '' ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`))
      .join('');
    const write = !INLINE.has(tag.name) || attributes !== '';
    this.written.push(write);
    if (write) this.html.push(`<${name}${attributes}>`);
    if (!INLINE.has(tag.name)) this.words.push(' ');
  }

  text(text: string): void {
    if (this.skipping > 0) return;
    this.html.push(escapeText(text));
    this.words.push(text);
  }

  close(tag: Tag): void {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const write = this.written.pop();
    const name = this.written.length === 0 && this.rename ? this.rename : tag.name;
    if (write && !VOID.has(tag.name)) this.html.push(`</${name}>`);
    if (!INLINE.has(tag.name)) this.words.push(' ');
  }

  /** What was captured, as HTML. */
  toHtml(): string {
    return this.html.join('');
  }

  /** Its words, one space between them. */
  toText(): string {
    return this.words.join('').replace(/\s+/g, ' ').trim();
  }
}
