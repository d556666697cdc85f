/** The runbook fields every guide must have, for unit tests that build a guide's frontmatter by hand. */
export const RUNBOOK_FACTS = {
  roles: [
    { id: 'operator', name: 'Platform operator', who: 'Operate the platform', does: 'Runs the window', affectedBy: [] },
  ],
  downtimeMinutes: 30,
  soak: { days: 7, reason: 'One scheduling cycle' },
  rollbackCriteria: ['The API is not healthy'],
};
