import { compareVersions, pairId, parseVersion } from './versions.ts';

/** What `npm run new-guide` refuses, as one sentence for the author; undefined when the pair is fine. */
export function scaffoldProblem(
  from: string | undefined,
  to: string | undefined,
  existing: ReadonlySet<string>,
): string | undefined {
  if (!from || !to) return 'Usage: npm run new-guide -- <from> <to>, e.g. npm run new-guide -- v0.3.0 v0.4.0';
  for (const version of [from, to]) {
    if (!parseVersion(version)) return `"${version}" is not a version: expected vMAJOR.MINOR.PATCH, e.g. v0.4.0`;
  }
  if (compareVersions(from, to) >= 0) return `from must be below to: ${from} → ${to} is not an upgrade`;
  if (existing.has(pairId(from, to))) return `content/guides/${pairId(from, to)}.mdx already exists: edit it instead`;
  return undefined;
}

/** Placeholders a finished guide must not keep; the schema and lib/markdown/items.ts refuse them unless draft. */
export const PLACEHOLDER = 'TODO:';

/** A new guide with every standard section, valid as it stands, kept out of production by `draft: true`. */
export function guideTemplate(from: string, to: string, today: string): string {
  return `---
from: ${from}
to: ${to}
severity: moderate # critical | moderate | minor | none
estimatedMinutes: { min: 15, max: 30 }
releaseDate: ${today}
summary: "${PLACEHOLDER} what changes in ${to} and who must act, in one or two sentences."
breakingChanges:
  # One entry per breaking change; type is one of schema | api | configuration | data-format | infrastructure.
  - id: describe-the-change
    type: configuration
    title: "${PLACEHOLDER} name the change"
# Who takes part; every step names one of these ids as its owner. The "Who is affected" table is built from them.
roles:
  - id: operator
    name: Platform operator
    who: Operate the platform deployments
    affectedBy: [describe-the-change]
    does: "${PLACEHOLDER} what this role does in the upgrade"
# Minutes the platform is unavailable during the window.
downtimeMinutes: 30
# How long ${to} must run in production before the next upgrade starts, and why.
soak: { days: 7, reason: "${PLACEHOLDER} why the next upgrade must wait" }
# Whether the next guide may run in the same maintenance window.
shareWindowWithNext: false
# When to stop and roll back; shown in Rollback, at every point of no return and on upgrade plans.
rollbackCriteria:
  - "${PLACEHOLDER} a condition that decides a rollback"
# Remove this line when the guide is finished: drafts show in npm run dev only.
draft: true
---

## Summary

${PLACEHOLDER} what this upgrade does and why, and what it does not change.

## Who is affected

<WhoIsAffected />

## Prerequisites

${PLACEHOLDER} versions, access and tools needed before starting, each with the command that checks it.

## Pre-migration checklist

- [ ] Back up all databases and configurations
- [ ] Ensure the development environment matches production
- [ ] Schedule a maintenance window for the production migration
- [ ] Notify stakeholders of the planned downtime

## Breaking changes

<Change id="describe-the-change">

${PLACEHOLDER} the impact, and the before and after (code or config).

</Change>

## Migration steps

{/* One <Step> per line of a ticket; ids never change once published. phase: before | window | after. */}

<Step id="first-step" title="${PLACEHOLDER} say what this step does" phase="window" minutes="15" owner="operator">

${PLACEHOLDER} the exact commands.

**Success looks like:** ${PLACEHOLDER} the expected output.

</Step>

## Validation

${PLACEHOLDER} runnable checks (row counts, checksums, health endpoints, a smoke job) and their expected output.

## Rollback

Roll back when any of these holds:

<RollbackCriteria />

${PLACEHOLDER} when to fix forward instead; the point of no return.

<RollbackStep id="first-rollback-step" title="${PLACEHOLDER} say what this rollback step does" minutes="10" owner="operator">

${PLACEHOLDER} the exact commands.

</RollbackStep>

## Troubleshooting

{/* Lists the files in content/issues/ whose related: names this guide. */}

<Troubleshooting />
`;
}
