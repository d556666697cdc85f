import { z } from 'astro/zod';
import { PHASES } from './items.ts';
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
  .regex(/^(step|verify|check|change|rollback|issue)-[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a fragment such as "step-migrate-catalog"');
const VERSION_EXPECTED = 'expected a version like "v0.3.0" (v + MAJOR.MINOR.PATCH)';
const version = z.string({ error: VERSION_EXPECTED }).regex(VERSION_PATTERN, VERSION_EXPECTED);

const unfinished = `expected the ${PLACEHOLDER} placeholder replaced before the guide leaves draft`;

export const IMPACTS = ['High', 'Medium', 'Low'] as const;
export const COMPLEXITIES = ['Complex', 'Moderate', 'Simple'] as const;
export const ROLLBACK_DIFFICULTIES = ['Difficult', 'Moderate', 'Easy'] as const;

/** Who takes part in an upgrade; steps name one of these as their owner, and readers filter by them. */
const roleSchema = z.object({
  id: itemId,
  name: z.string().min(1, 'expected the role as a reader knows it, e.g. "Platform operator"'),
  /** Who belongs to the role, as the "Who is affected" table says it: "Submit jobs over the HTTP API". */
  who: z.string().min(1, 'expected who this role is, e.g. "Operate the Kubernetes deployments"'),
  does: z.string().min(1, 'expected what this role does in the upgrade, in one sentence'),
  affectedBy: z.array(itemId).default([]),
});

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
          /** This change's own rating; when absent, its type's impact-matrix row applies. */
          impact: z.enum(IMPACTS, { error: `expected one of: ${IMPACTS.join(', ')}` }).optional(),
          rollback: z.enum(ROLLBACK_DIFFICULTIES, { error: `expected one of: ${ROLLBACK_DIFFICULTIES.join(', ')}` }).optional(),
        }),
      )
      .default([]),
    roles: z.array(roleSchema).min(1, 'expected at least one role, e.g. { id: operator, name: Platform operator, does: … }'),
    /** Minutes the platform is unavailable during the window. */
    downtimeMinutes: z.number({ error: 'expected whole minutes of unavailability, e.g. 45' }).int().min(0).max(24 * 60),
    /** How long the target version runs in production before the next upgrade may start. */
    soak: z.object({
      days: z.number({ error: 'expected whole days, e.g. 7' }).int().min(0).max(365),
      reason: z.string().min(1, 'expected why the next upgrade must wait'),
    }),
    /** Whether the next guide's steps may run in the same maintenance window as this one's. */
    shareWindowWithNext: z.boolean().default(false),
    /** When to stop and roll back; shown beside the point of no return and on upgrade plans. */
    rollbackCriteria: z.array(z.string().min(1)).min(1, 'expected the conditions that decide a rollback, one per line'),
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
    const roles = new Set<string>();
    guide.roles.forEach((role, index) => {
      if (roles.has(role.id)) ctx.addIssue({ code: 'custom', path: ['roles', index, 'id'], message: `duplicate role "${role.id}"` });
      roles.add(role.id);
      role.affectedBy.forEach((id, at) => {
        if (!seen.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['roles', index, 'affectedBy', at], message: `expected the id of one of breakingChanges, got "${id}"` });
        }
      });
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
  cause: z.string().min(1),
  related: z.array(z.object({ guide: z.string(), fragment })).min(1, 'expected at least one related guide step'),
});
export type IssueData = z.infer<typeof issueSchema>;

export const homeSchema = z.object({ title: z.string(), description: z.string() });

const minutesAttribute = z
  .string({ error: 'expected whole minutes, e.g. minutes="10"' })
  .regex(/^[1-9][0-9]{0,3}$/, 'expected whole minutes, e.g. minutes="10"')
  .transform(Number);
const ownerAttribute = z.string({ error: 'expected the id of one of the guide\'s roles, e.g. owner="operator"' }).regex(ITEM_ID_PATTERN);

/** What a `<Step>` says about itself in the body: when it runs, how long it takes, who does it. */
export const stepAttributesSchema = z.strictObject({
  id: itemId,
  title: z.string({ error: 'expected a title="…" attribute' }).min(1, 'expected a title="…" attribute'),
  phase: z.enum(PHASES, { error: `expected one of: ${PHASES.join(', ')}` }),
  minutes: minutesAttribute,
  owner: ownerAttribute,
  irreversible: z.literal(true).optional(),
});

/** A `<RollbackStep>` runs only when rolling back, so it has no phase. */
export const rollbackStepAttributesSchema = stepAttributesSchema.omit({ phase: true, irreversible: true });
export type StepAttributes = z.infer<typeof rollbackStepAttributesSchema> & Partial<Pick<z.infer<typeof stepAttributesSchema>, 'phase' | 'irreversible'>>;
