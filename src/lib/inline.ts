/** A piece of a one-line Markdown string from frontmatter: plain text, `code`, or a [link](href). */
export type InlineSegment = { type: 'text' | 'code'; value: string } | { type: 'link'; value: string; href: string };

const TOKEN = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/**
 * Frontmatter strings (roles, rollback criteria) allow code spans and links and nothing else, so they render as
 * escaped text by construction: no HTML from content ever reaches the page as markup.
 */
export function inlineSegments(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ type: 'text', value: text.slice(last, match.index) });
    if (match[1] !== undefined) segments.push({ type: 'code', value: match[1] });
    else segments.push({ type: 'link', value: match[2]!, href: match[3]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ type: 'text', value: text.slice(last) });
  return segments;
}

/** The same string as plain text, for copied checklists and search. */
export function inlineText(text: string): string {
  return inlineSegments(text)
    .map((segment) => segment.value)
    .join('');
}
