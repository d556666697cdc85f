import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

export const CONTENT = path.resolve('content');

export interface GuideFile {
  id: string;
  from: string;
  to: string;
  severity: string;
  estimatedMinutes: { min: number; max: number };
  releaseDate: string | Date;
  summary: string;
  breakingChanges: { id: string; type: string; title: string }[];
  draft?: boolean;
}

export interface IssueFile {
  id: string;
  title: string;
  category: string;
  error: string;
  related: { guide: string; fragment: string }[];
}

/**
 * Frontmatter of every file in one content folder, straight from the files, independent of the site's own loading.
 * Tests are generated from these lists, so an empty one is an error: it would make them pass by testing nothing.
 */
function readFolder<T>(dir: string, folder: string, extension: string): T[] {
  const files = readdirSync(path.join(dir, folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => {
      const { frontmatter } = parseFrontmatter(readFileSync(path.join(dir, folder, name), 'utf8'));
      return { ...(frontmatter as object), id: name.slice(0, -extension.length) } as T;
    });
  return nonEmpty(files, `${path.join(dir, folder)}/*${extension}`);
}

export function nonEmpty<T>(list: T[], what: string): T[] {
  if (list.length === 0) throw new Error(`No ${what} found: the tests generated from them would test nothing.`);
  return list;
}

export function readGuides(dir = CONTENT): GuideFile[] {
  return nonEmpty(
    readFolder<GuideFile>(dir, 'guides', '.mdx').filter((guide) => !guide.draft),
    `published guide in ${path.join(dir, 'guides')}`,
  );
}

export function readIssues(dir = CONTENT): IssueFile[] {
  return readFolder<IssueFile>(dir, 'issues', '.md');
}
