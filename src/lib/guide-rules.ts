import { contentError } from './content-error.ts';
import { pairId } from './versions.ts';

export interface GuideFile {
  id: string;
  filePath: string;
  from: string;
  to: string;
}

/**
 * Rules that span files, which a per-file schema cannot see. Each problem names the file, the field and what
 * was expected, so the author can act on the message alone.
 */
export function guideFileProblems(guides: readonly GuideFile[]): string[] {
  const problems: string[] = [];
  const byPair = new Map<string, GuideFile>();
  for (const guide of guides) {
    const pair = pairId(guide.from, guide.to);
    const first = byPair.get(pair);
    if (first) {
      problems.push(`${guide.filePath}: from/to: the pair ${guide.from} → ${guide.to} is already defined by ${first.filePath} (expected each version pair once)`);
    } else {
      byPair.set(pair, guide);
    }
    if (guide.id !== pair) {
      problems.push(`${guide.filePath}: from/to say ${guide.from} → ${guide.to}, so the file must be named ${pair}.mdx (expected file name and versions to agree)`);
    }
  }
  return problems;
}

export interface IssueLink {
  issue: string;
  filePath: string;
  guide: string;
  fragment: string;
}

/** A common issue must point at a guide and an item that exist; `itemsOf` returns undefined for unknown guides. */
export function issueLinkProblems(links: readonly IssueLink[], itemsOf: (guide: string) => ReadonlySet<string> | undefined): string[] {
  return links.flatMap((link) => {
    const items = itemsOf(link.guide);
    if (!items) return [`${link.filePath}: related.guide "${link.guide}": no such guide (expected the id of a guide, e.g. v0.2.0-to-v0.3.0)`];
    if (!items.has(link.fragment)) {
      return [`${link.filePath}: related.fragment "${link.fragment}": no such item in ${link.guide} (expected one of its step-, change-, rollback- or check- ids)`];
    }
    return [];
  });
}

/** One error for all problems, so an author sees every mistake in one build. */
export function failOn(problems: readonly string[]): void {
  if (problems.length > 0) throw contentError(`Content is invalid:\n- ${problems.join('\n- ')}`);
}
