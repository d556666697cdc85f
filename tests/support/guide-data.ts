/** A guide's required facts other than its runbook: v0.2.0 → v0.3.0 as the unit tests describe it. */
export const GUIDE_FACTS = {
  from: 'v0.2.0',
  to: 'v0.3.0',
  severity: 'critical',
  estimatedMinutes: { min: 30, max: 60 },
  releaseDate: '2025-06-16',
  summary: 'ANSI mode and a new catalog schema.',
};

/** The runbook fields every guide must have, for unit tests that build a guide's frontmatter by hand. */
export const RUNBOOK_FACTS = {
  roles: [
    { id: 'operator', name: 'Platform operator', who: 'Operate the platform', does: 'Runs the window', affectedBy: [] },
  ],
  downtimeMinutes: 30,
  soak: { days: 7, reason: 'One scheduling cycle' },
  rollbackCriteria: ['The API is not healthy'],
};
