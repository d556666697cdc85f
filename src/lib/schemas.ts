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

/**
 * Objects refuse keys they do not know: a misspelt `Draft: true` used to be dropped, publishing an unfinished guide.
 * The message names the key and the closest known one.
 */
function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownKey(key, known)).join('; ') : undefined),
  });
}

export function unknownKey(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  return `unknown key "${key}"${guess ? `: did you mean "${guess}"?` : ''} (expected one of: ${known.join(', ')})`;
}

/** The known key at the smallest edit distance, if it is close enough to be a typo. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const DATE_EXPECTED = 'expected a real date written YYYY-MM-DD, e.g. 2025-06-16';

/**
 * `YYYY-MM-DD` and a day that exists: `2025-02-30` used to become 2025-03-02 and `20250304` 1970-01-01.
 * Astro's YAML reader hands over a Date; the content check (lib/content-check.ts) reads the same frontmatter as
 * text first, so a Date here was written as a real YYYY-MM-DD day.
 */
export const isoDate = z.union([z.string(), z.date()], { error: DATE_EXPECTED }).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()) || value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() !== 0) {
      ctx.addIssue({ code: 'custom', message: DATE_EXPECTED });
      return z.NEVER;
    }
    return value;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    ctx.addIssue({ code: 'custom', message: `${DATE_EXPECTED}, got "${value}"` });
    return z.NEVER;
  }
  return date;
});

/** A week: longer is a typo (or 9000000000000000), never a maintenance window. */
export const MAX_MINUTES = 7 * 24 * 60;
const minutes = z
  .number({ error: 'expected a whole number of minutes' })
  .int('expected a whole number of minutes')
  .positive('expected at least 1 minute')
  .max(MAX_MINUTES, `expected at most ${MAX_MINUTES} minutes (a week)`);

const unfinished = `expected the ${PLACEHOLDER} placeholder replaced before the guide leaves draft`;

export const IMPACTS = ['High', 'Medium', 'Low'] as const;
export const COMPLEXITIES = ['Complex', 'Moderate', 'Simple'] as const;
export const ROLLBACK_DIFFICULTIES = ['Difficult', 'Moderate', 'Easy'] as const;

/** Who takes part in an upgrade; steps name one of these as their owner, and readers filter by them. */
const roleSchema = strictObject({
  id: itemId,
  name: z.string().min(1, 'expected the role as a reader knows it, e.g. "Platform operator"'),
  /** Who belongs to the role, as the "Who is affected" table says it: "Submit jobs over the HTTP API". */
  who: z.string().min(1, 'expected who this role is, e.g. "Operate the Kubernetes deployments"'),
  does: z.string().min(1, 'expected what this role does in the upgrade, in one sentence'),
  affectedBy: z.array(itemId).default([]),
});

/**
 * What a validation check's output must show. `contains`: every string appears in the output. `matches`: a line of
 * the output matches a POSIX extended regular expression, as `grep -E` reads it (the generated validate.sh runs
 * grep); it must also compile as a JavaScript RegExp, so the page and the tests can use it.
 */
export type Expectation = { contains: string[] } | { matches: string };

/** JavaScript-only regex syntax that grep -E reads differently (or not at all): named so the author can fix it. */
const NOT_POSIX = /\\[dDsSwWbB]|\(\?|[*+?}]\?/;

function expectationProblem(expect: unknown): string | Expectation {
  const shape = 'expected expect: { contains: "text" | ["text", …] } or { matches: "regular expression" }';
  if (typeof expect !== 'object' || expect === null || Array.isArray(expect)) return shape;
  const keys = Object.keys(expect);
  if (keys.length !== 1) return shape;
  const { contains, matches } = expect as { contains?: unknown; matches?: unknown };
  if (keys[0] === 'contains') {
    const list = Array.isArray(contains) ? contains : [contains];
    if (list.length === 0 || !list.every((text) => typeof text === 'string' && text.length > 0)) {
      return 'expected expect.contains: a non-empty string or a list of non-empty strings';
    }
    return { contains: list as string[] };
  }
  if (keys[0] === 'matches') {
    if (typeof matches !== 'string' || matches.length === 0) return 'expected expect.matches: a regular expression';
    try {
      new RegExp(matches);
    } catch (error) {
      return `expect.matches ${JSON.stringify(matches)} is not a valid regular expression (${(error as Error).message})`;
    }
    const foreign = NOT_POSIX.exec(matches);
    if (foreign) return `expect.matches ${JSON.stringify(matches)}: "${foreign[0]}" is not POSIX extended syntax (grep -E): use [0-9], [[:space:]], [[:alnum:]_] or a plain group`;
    return { matches };
  }
  return shape;
}

/**
 * One validation check: rendered by <Check id="…" /> where the guide places it, and run by the generated validate.sh.
 * `run` and `expect` are checked here rather than by their own schemas so the message can name the check.
 */
const validationCheck = strictObject({
    id: itemId,
    title: z.string().min(1, 'expected the check\'s title'),
    phase: z.enum(PHASES, { error: `expected one of: ${PHASES.join(', ')}` }),
    minutes: z.number({ error: 'expected whole minutes, e.g. 2' }).int().positive(),
    owner: z.string({ error: 'expected the id of one of the guide\'s roles, e.g. owner: operator' }).regex(ITEM_ID_PATTERN),
    run: z.unknown().optional(),
    expect: z.unknown().optional(),
  })
  .superRefine((check, ctx) => {
    const name = `check "${check.id}"`;
    if (typeof check.run !== 'string' || check.run.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['run'], message: `${name}: expected run: the shell command to run (a YAML block scalar, run: |)` });
    }
    const expect = expectationProblem(check.expect);
    if (typeof expect === 'string') ctx.addIssue({ code: 'custom', path: ['expect'], message: `${name}: ${expect}` });
  })
  .transform((check) => ({ ...check, run: String(check.run).replace(/\n+$/, ''), expect: expectationProblem(check.expect) as Expectation }));
export type ValidationCheck = z.output<typeof validationCheck>;

export const guideSchema = strictObject({
    from: version,
    to: version,
    severity: z.enum(SEVERITIES, { error: `expected one of: ${SEVERITIES.join(', ')}` }),
    estimatedMinutes: strictObject({ min: minutes, max: minutes })
      .refine((range) => range.min <= range.max, {
        message: 'expected min to be at most max (a range of minutes, e.g. { min: 15, max: 30 })',
        path: ['min'],
      }),
    releaseDate: isoDate,
    summary: z.string().min(1, 'expected a one- or two-sentence summary'),
    breakingChanges: z
      .array(
        strictObject({
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
    soak: strictObject({
      days: z.number({ error: 'expected whole days, e.g. 7' }).int().min(0).max(365),
      reason: z.string().min(1, 'expected why the next upgrade must wait'),
    }),
    /** Whether the next guide's steps may run in the same maintenance window as this one's. */
    shareWindowWithNext: z.boolean().default(false),
    /** When to stop and roll back; shown beside the point of no return and on upgrade plans. */
    rollbackCriteria: z.array(z.string().min(1)).min(1, 'expected the conditions that decide a rollback, one per line'),
    /** Validation checks, in the order the page and validate.sh run them (see validationCheck). */
    checks: z.array(validationCheck).default([]),
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
    const checkIds = new Set<string>();
    guide.checks.forEach((check, index) => {
      if (checkIds.has(check.id)) ctx.addIssue({ code: 'custom', path: ['checks', index, 'id'], message: `duplicate check id "${check.id}"` });
      checkIds.add(check.id);
      if (!roles.has(check.owner)) {
        ctx.addIssue({ code: 'custom', path: ['checks', index, 'owner'], message: `check "${check.id}": owner "${check.owner}" is not one of the guide's roles (${[...roles].join(', ')})` });
      }
    });
    if (!guide.draft && guide.summary.includes(PLACEHOLDER)) ctx.addIssue({ code: 'custom', path: ['summary'], message: unfinished });
  });
export type GuideData = z.infer<typeof guideSchema>;

export const impactLevelSchema = strictObject({
  id: z.enum(CHANGE_TYPES, { error: `expected one of: ${CHANGE_TYPES.join(', ')}` }),
  label: z.string(),
  impact: z.enum(['High', 'Medium', 'Low']),
  complexity: z.enum(['Complex', 'Moderate', 'Simple']),
  rollback: z.enum(['Difficult', 'Moderate', 'Easy']),
});
export type ImpactLevel = z.infer<typeof impactLevelSchema>;

/** The whole matrix: exactly one row per change type (a second row used to replace the first with only a warning). */
export const impactMatrixSchema = z
  .array(impactLevelSchema, { error: `expected a YAML list with one row per change type (${CHANGE_TYPES.join(', ')})` })
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(row.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `a second row for "${row.id}": expected exactly one row per change type` });
      seen.add(row.id);
    });
    const missing = CHANGE_TYPES.filter((type) => !seen.has(type));
    if (missing.length > 0) ctx.addIssue({ code: 'custom', path: [], message: `no row for ${missing.join(', ')}: expected exactly one row per change type` });
  });

export const issueSchema = strictObject({
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
  related: z.array(strictObject({ guide: z.string(), fragment })).min(1, 'expected at least one related guide step'),
  /** Former file names (without .md) of a renamed issue, so `#issue-<old>` links keep landing on it. */
  aliases: z.array(itemId).default([]),
});
export type IssueData = z.infer<typeof issueSchema>;

export const homeSchema = strictObject({
  title: z.string(),
  description: z.string(),
  /** What a problem report asks to attach: each command that collects logs, with what it collects (README: Report a problem). */
  reportLogs: z.array(strictObject({ title: z.string().min(1), run: z.string().min(1) })).default([]),
});

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
