import { z } from 'astro/zod';
import { PLACEHOLDER } from './scaffold.ts';
import { VERSION_PATTERN, compareVersions } from './versions.ts';

/** The five change types of the impact matrix; a breaking change must be one of them. */
export const CHANGE_TYPES = ['schema', 'api', 'configuration', 'data-format', 'infrastructure'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** Ordered from most to least severe: the rank decides the "worst" severity of a multi-hop upgrade. */
export const SEVERITIES = ['critical', 'moderate', 'minor', 'none'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The seed's five common-issue categories; the index and the issues page group by them. */
export const ISSUE_CATEGORIES = {
  'type-casting': 'Type Casting Errors',
  memory: 'Memory Issues',
  'schema-conflicts': 'Schema Conflicts',
  performance: 'Performance Degradation',
  'data-quality': 'Data Quality Issues',
} as const;
export type IssueCategory = keyof typeof ISSUE_CATEGORIES;

/** Item ids become URL fragments that tickets link to, so they are kept to readable, stable words. */
export const ITEM_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const itemId = z.string().regex(ITEM_ID_PATTERN, 'expected lower-case words joined by hyphens, e.g. "migrate-catalog"');
const fragment = z
  .string()
  .regex(/^(step|check|change|rollback|issue)-[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a fragment such as "step-migrate-catalog"');
const VERSION_EXPECTED = 'expected a version like "v0.3.0" (v + MAJOR.MINOR.PATCH)';
const version = z.string({ error: VERSION_EXPECTED }).regex(VERSION_PATTERN, VERSION_EXPECTED);

const unfinished = `expected the ${PLACEHOLDER} placeholder replaced before the guide leaves draft`;

export const guideSchema = z
  .object({
    from: version,
    to: version,
    severity: z.enum(SEVERITIES, { error: `expected one of: ${SEVERITIES.join(', ')}` }),
    estimatedMinutes: z
      .object({ min: z.number().int().positive(), max: z.number().int().positive() })
      .refine((range) => range.min <= range.max, {
        message: 'expected min to be at most max (a range of minutes, e.g. { min: 15, max: 30 })',
        path: ['min'],
      }),
    releaseDate: z.coerce.date({ error: 'expected a date like 2025-06-16' }),
    summary: z.string().min(1, 'expected a one- or two-sentence summary'),
    breakingChanges: z
      .array(
        z.object({
          id: itemId,
          type: z.enum(CHANGE_TYPES, { error: `expected one of: ${CHANGE_TYPES.join(', ')}` }),
          title: z.string().min(1),
        }),
      )
      .default([]),
    /** Old fragment → current fragment, so links published before a rename keep landing on the item. */
    aliases: z.record(fragment, fragment).default({}),
    draft: z.boolean().default(false),
  })
  .superRefine((guide, ctx) => {
    if (VERSION_PATTERN.test(guide.from) && VERSION_PATTERN.test(guide.to) && compareVersions(guide.from, guide.to) >= 0) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `expected a version above from (${guide.from}), got ${guide.to}` });
    }
    const seen = new Set<string>();
    guide.breakingChanges.forEach((change, index) => {
      if (seen.has(change.id)) {
        ctx.addIssue({ code: 'custom', path: ['breakingChanges', index, 'id'], message: `duplicate id "${change.id}"` });
      }
      seen.add(change.id);
      if (!guide.draft && change.title.includes(PLACEHOLDER)) {
        ctx.addIssue({ code: 'custom', path: ['breakingChanges', index, 'title'], message: unfinished });
      }
    });
    if (!guide.draft && guide.summary.includes(PLACEHOLDER)) ctx.addIssue({ code: 'custom', path: ['summary'], message: unfinished });
  });
export type GuideData = z.infer<typeof guideSchema>;

export const impactLevelSchema = z.object({
  id: z.enum(CHANGE_TYPES, { error: `expected one of: ${CHANGE_TYPES.join(', ')}` }),
  label: z.string(),
  impact: z.enum(['High', 'Medium', 'Low']),
  complexity: z.enum(['Complex', 'Moderate', 'Simple']),
  rollback: z.enum(['Difficult', 'Moderate', 'Easy']),
});
export type ImpactLevel = z.infer<typeof impactLevelSchema>;

export const issueSchema = z.object({
  title: z.string().min(1),
  category: z.enum(Object.keys(ISSUE_CATEGORIES) as [IssueCategory, ...IssueCategory[]], {
    error: `expected one of: ${Object.keys(ISSUE_CATEGORIES).join(', ')}`,
  }),
  error: z.string().min(1, 'expected the exact error text a user would paste into search'),
  /** The same error as other versions and runtimes print it (Spark 3.3 and 3.5, YARN and Kubernetes, PostgreSQL). */
  variants: z.array(z.string().min(1, 'expected an error text as printed')).default([]),
  /** Short codes and classes the error is known by (CAST_INVALID_INPUT, OOMKilled, exit code 137): search falls back to them. */
  signatures: z.array(z.string().min(1, 'expected an error class or code, e.g. OOMKilled')).default([]),
  cause: z.string().min(1),
  related: z.array(z.object({ guide: z.string(), fragment })).min(1, 'expected at least one related guide step'),
});
export type IssueData = z.infer<typeof issueSchema>;

export const homeSchema = z.object({ title: z.string(), description: z.string() });
