import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placementProblems } from '../../src/lib/check-placement.ts';
import { guideSchema } from '../../src/lib/schemas.ts';
import { describeExpectation, requiredVariables, shellQuote, validateScript } from '../../src/lib/validate-script.ts';

const guide = {
  from: 'v0.2.0',
  to: 'v0.3.0',
  severity: 'critical',
  estimatedMinutes: { min: 30, max: 60 },
  releaseDate: '2025-06-16',
  summary: 'ANSI mode and a new catalog schema.',
};
const check = {
  id: 'health',
  title: 'Health and version',
  phase: 'window',
  minutes: 2,
  run: 'curl -s https://platform.internal/api/v1/health\n',
  expect: { contains: '"version":"0.3.0"' },
};

function problems(checks: unknown[], extra: Record<string, unknown> = {}): string[] {
  const result = guideSchema.safeParse({ ...guide, ...extra, checks });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('a complete check is accepted; contains is normalised to a list, run loses its last newline', () => {
  const parsed = guideSchema.parse({ ...guide, checks: [check, { ...check, id: 'version-line', expect: { matches: '^v0\\.3\\.[0-9]+$' } }] });
  assert.deepEqual(parsed.checks[0]!.expect, { contains: ['"version":"0.3.0"'] });
  assert.equal(parsed.checks[0]!.run, 'curl -s https://platform.internal/api/v1/health');
  assert.deepEqual(parsed.checks[1]!.expect, { matches: '^v0\\.3\\.[0-9]+$' });
  assert.deepEqual(guideSchema.parse(guide).checks, []);
});

test('a check without run or expect, or with an invalid expectation, names the check id', () => {
  const { run: _run, ...noRun } = check;
  const { expect: _expect, ...noExpect } = check;
  const cases: [unknown, RegExp][] = [
    [noRun, /^checks\.0\.run: check "health": expected run: the shell command/],
    [{ ...check, run: '   ' }, /^checks\.0\.run: check "health": expected run/],
    [noExpect, /^checks\.0\.expect: check "health": expected expect: \{ contains/],
    [{ ...check, expect: 'ok' }, /^checks\.0\.expect: check "health": expected expect: \{ contains/],
    [{ ...check, expect: { contains: [] } }, /^checks\.0\.expect: check "health": expected expect\.contains: a non-empty string/],
    [{ ...check, expect: { contains: 'a', matches: 'b' } }, /^checks\.0\.expect: check "health": expected expect: \{ contains/],
    [{ ...check, expect: { equals: 'ok' } }, /^checks\.0\.expect: check "health": expected expect: \{ contains/],
    [{ ...check, expect: { matches: '([0-9]+' } }, /^checks\.0\.expect: check "health": expect\.matches "\(\[0-9\]\+" is not a valid regular expression/],
    [{ ...check, expect: { matches: '^\\d+$' } }, /^checks\.0\.expect: check "health": expect\.matches .*"\\d" is not POSIX extended syntax/],
    [{ ...check, expect: { matches: '(?:a|b)' } }, /is not POSIX extended syntax/],
    [{ ...check, phase: 'during' }, /^checks\.0\.phase: expected one of: before, window, after$/],
    [{ ...check, minutes: 0 }, /^checks\.0\.minutes: /],
    [{ ...check, id: 'Health Check' }, /^checks\.0\.id: expected lower-case words/],
  ];
  for (const [entry, expected] of cases) {
    const found = problems([entry]);
    assert.ok(found.some((problem) => expected.test(problem)), `${JSON.stringify(entry)} gave ${JSON.stringify(found)}`);
  }
  assert.deepEqual(problems([check, check]), ['checks.1.id: duplicate check id "health"']);
});

const hasRoles = 'roles' in guideSchema.shape;
test('owner is checked against the guide\'s roles only when the guide has roles', { skip: !hasRoles && 'guideSchema has no roles yet (runbook model)' }, () => {
  assert.deepEqual(problems([{ ...check, owner: 'dba' }]), []);
  assert.deepEqual(problems([{ ...check, owner: 'dba' }], { roles: [{ id: 'dba' }] }).filter((p) => p.startsWith('checks')), []);
  assert.deepEqual(
    problems([{ ...check, owner: 'sre' }], { roles: [{ id: 'dba' }, { id: 'operator' }] }).filter((p) => p.startsWith('checks')),
    ['checks.0.owner: check "health": owner "sre" is not one of the guide\'s roles (dba, operator)'],
  );
});

test('every frontmatter check is placed exactly once, and only those', () => {
  const checks = [{ id: 'health', title: 'Health' }, { id: 'smoke', title: 'Smoke' }];
  assert.deepEqual(placementProblems(checks, ['health', 'smoke']), []);
  assert.deepEqual(placementProblems(checks, ['health', 'smoke', 'health']), ['<Check id="health"> is placed twice: expected each check exactly once']);
  assert.deepEqual(placementProblems(checks, ['health', 'smok', 'smoke']), ['<Check id="smok">: expected an entry with id "smok" in the frontmatter\'s checks (health, smoke)']);
  assert.deepEqual(placementProblems(checks, ['smoke']), ['checks: "health" has no <Check id="health" /> in the body: expected each check placed once, after what it verifies']);
});

test('the variables a command needs from the operator\'s shell', () => {
  assert.deepEqual(requiredVariables('platformctl catalog status --db-url "$CATALOG_DB_URL"'), ['CATALOG_DB_URL']);
  assert.deepEqual(requiredVariables('cat "${BACKUP_DIR}/x" "$HOME/y" $1'), ['BACKUP_DIR']);
  assert.deepEqual(
    requiredVariables('JOB=$(curl -H "Authorization: Bearer $PLATFORM_TOKEN")\nplatformctl runs wait "$JOB"\nfor T in a; do echo "$T"; done'),
    ['PLATFORM_TOKEN'],
  );
  assert.deepEqual(requiredVariables("IFS='|' read -r COUNT MAX < f\necho \"$COUNT\" \"$MIGRATION_DATE\""), ['MIGRATION_DATE']);
});

test('text reaches the script single-quoted, so nothing in content is expanded', () => {
  assert.equal(shellQuote(`it's $HOME`), `'it'\\''s $HOME'`);
  assert.equal(describeExpectation({ contains: ['"version":"0.3.0"', 'ok'] }), `output contains '"version":"0.3.0"' and "ok"`);
  assert.equal(describeExpectation({ matches: '^ok$' }), 'a line of output matches "^ok$"');
  const parsed = guideSchema.parse({ ...guide, checks: [{ ...check, title: "Don't $(rm -rf /)" }] });
  const text = validateScript({ label: 'v0.2.0 → v0.3.0', pageUrl: 'https://x.org/guides/v0.2.0-to-v0.3.0/', source: 'content/guides/x.mdx', checks: parsed.checks });
  assert.match(text, /'Validation check 1: Don'\\''t \$\(rm -rf \/\)'/);
  assert.match(text, /^check_health\(\) \{\ncurl -s https:\/\/platform\.internal\/api\/v1\/health\n\}$/m);
  assert.throws(
    () => validateScript({ label: '', pageUrl: 'https://x.org/', source: '', checks: [{ ...parsed.checks[0]!, run: 'cat <<END_OF_CHECK\nEND_OF_CHECK' }] }),
    /check "health": run may not contain a line "END_OF_CHECK"/,
  );
});
