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

/** Guide frontmatter straight from the files, independent of the site's own loading code. */
export function readGuides(dir = CONTENT): GuideFile[] {
  return readdirSync(path.join(dir, 'guides'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { frontmatter } = parseFrontmatter(readFileSync(path.join(dir, 'guides', name), 'utf8'));
      return { ...(frontmatter as Omit<GuideFile, 'id'>), id: name.replace(/\.mdx$/, '') };
    })
    .filter((guide) => !guide.draft);
}

export function readIssues(dir = CONTENT): IssueFile[] {
  return readdirSync(path.join(dir, 'issues'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const { frontmatter } = parseFrontmatter(readFileSync(path.join(dir, 'issues', name), 'utf8'));
      return { ...(frontmatter as Omit<IssueFile, 'id'>), id: name.replace(/\.md$/, '') };
    });
}
