import { parseFrontmatter } from '@astrojs/markdown-remark';
import { guideSchema, issueSchema } from './schemas.ts';

/** Which schema checks a content file, by where it lives (as in src/content.config.ts). */
const SCHEMAS = [
  { pattern: /\/guides\/[^/]+\.mdx$/, schema: guideSchema },
  { pattern: /\/issues\/[^/]+\.md$/, schema: issueSchema },
];

/**
 * The frontmatter problems of one content file, each "file: field: expected …"; [] when it is valid or not a
 * checked file. The dev server shows them in the browser overlay as soon as the file is saved.
 */
export function frontmatterProblems(file: string, text: string): string[] {
  const schema = SCHEMAS.find((candidate) => candidate.pattern.test(file))?.schema;
  if (!schema) return [];
  let frontmatter: unknown;
  try {
    frontmatter = parseFrontmatter(text).frontmatter;
  } catch (error) {
    return [`${file}: frontmatter is not valid YAML: ${(error as Error).message}`];
  }
  const result = schema.safeParse(frontmatter);
  return result.success ? [] : result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}
