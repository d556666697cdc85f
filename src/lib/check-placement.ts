/**
 * Where validation checks sit in a guide's body: each entry of the frontmatter's `checks` is placed exactly once
 * with <Check id="…" />, like each breaking change with <Change>. Pure, so both Markdown pipelines share it.
 */

/** The raw frontmatter entries, before the schema has run (the Markdown plugin runs first). */
export type RawChecks = unknown;

export function checkTitles(checks: RawChecks): Map<string, string> {
  const entries = Array.isArray(checks) ? (checks as { id?: unknown; title?: unknown }[]) : [];
  return new Map(entries.map((check) => [String(check.id), String(check.title ?? '')]));
}

/** Problems with the placements, in the order the author meets them: unknown ids, then repeats, then missing ones. */
export function placementProblems(checks: RawChecks, placed: readonly string[]): string[] {
  const titles = checkTitles(checks);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of placed) {
    if (!titles.has(id)) problems.push(`<Check id="${id}">: expected an entry with id "${id}" in the frontmatter's checks (${[...titles.keys()].join(', ') || 'none listed'})`);
    else if (seen.has(id)) problems.push(`<Check id="${id}"> is placed twice: expected each check exactly once`);
    seen.add(id);
  }
  for (const id of titles.keys()) {
    if (!seen.has(id)) problems.push(`checks: "${id}" has no <Check id="${id}" /> in the body: expected each check placed once, after what it verifies`);
  }
  return problems;
}
