import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GUIDE_FACTS, RUNBOOK_FACTS } from '../support/guide-data.ts';
import { guideSchema } from '../../src/lib/schemas.ts';
import { describeExpectation, requiredVariables, shellQuote, validateScript } from '../../src/lib/validate-script.ts';

const guide = {
  ...GUIDE_FACTS,
  ...RUNBOOK_FACTS,
};
const check = {
  id: 'health',
  title: 'Health and version',
  phase: 'window',
  minutes: 2,
  owner: 'operator',
  run: 'curl -s https://platform.internal/api/v1/health\n',
  expect: { contains: '"version":"0.3.0"' },
};

function problems(checks: unknown[], extra: Record<string, unknown> = {}): string[] {
  const result = guideSchema.safeParse({ ...guide, ...extra, checks });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('a complete check is accepted; contains is normalised to a list, run loses its last newline', () => {
  const parsed = guideSchema.parse({
    ...guide,
    checks: [check, { ...check, id: 'version-line', expect: { matches: '^v0\\.3\\.[0-9]+$' } }],
  });
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
    [
      { ...check, expect: { contains: [] } },
      /^checks\.0\.expect: check "health": expected expect\.contains: a non-empty string/,
    ],
    [
      { ...check, expect: { contains: 'a', matches: 'b' } },
      /^checks\.0\.expect: check "health": expected expect: \{ contains/,
    ],
    [{ ...check, expect: { equals: 'ok' } }, /^checks\.0\.expect: check "health": expected expect: \{ contains/],
    [
      { ...check, expect: { matches: '([0-9]+' } },
      /^checks\.0\.expect: check "health": expect\.matches "\(\[0-9\]\+" is not a valid regular expression/,
    ],
    [
      { ...check, expect: { matches: '^\\d+$' } },
      /^checks\.0\.expect: check "health": expect\.matches .*"\\d" is not POSIX extended syntax/,
    ],
    [{ ...check, expect: { matches: '(?:a|b)' } }, /is not POSIX extended syntax/],
    [{ ...check, phase: 'during' }, /^checks\.0\.phase: expected one of: before, window, after$/],
    [{ ...check, minutes: 0 }, /^checks\.0\.minutes: /],
    [{ ...check, id: 'Health Check' }, /^checks\.0\.id: expected lower-case words/],
  ];
  for (const [entry, expected] of cases) {
    const found = problems([entry]);
    assert.ok(
      found.some((problem) => expected.test(problem)),
      `${JSON.stringify(entry)} gave ${JSON.stringify(found)}`,
    );
  }
  assert.deepEqual(problems([check, check]), ['checks.1.id: duplicate check id "health"']);
});

test("owner is one of the guide's roles", () => {
  const roles = [...guide.roles, { id: 'dba', name: 'DBA', who: 'Run the database', does: 'Backups' }];
  assert.deepEqual(problems([{ ...check, owner: 'dba' }], { roles }), []);
  assert.deepEqual(problems([{ ...check, owner: 'sre' }], { roles }), [
    'checks.0.owner: check "health": owner "sre" is not one of the guide\'s roles (operator, dba)',
  ]);
  const { owner: _owner, ...noOwner } = check;
  assert.ok(
    problems([noOwner]).some((problem) =>
      problem.startsWith("checks.0.owner: expected the id of one of the guide's roles"),
    ),
  );
});

test("the variables a command needs from the operator's shell", () => {
  assert.deepEqual(requiredVariables('platformctl catalog status --db-url "$CATALOG_DB_URL"'), ['CATALOG_DB_URL']);
  assert.deepEqual(requiredVariables('cat "${BACKUP_DIR}/x" "$HOME/y" $1'), ['BACKUP_DIR']);
  assert.deepEqual(
    requiredVariables(
      'JOB=$(curl -H "Authorization: Bearer $PLATFORM_TOKEN")\nplatformctl runs wait "$JOB"\nfor T in a; do echo "$T"; done',
    ),
    ['PLATFORM_TOKEN'],
  );
  assert.deepEqual(requiredVariables('IFS=\'|\' read -r COUNT MAX < f\necho "$COUNT" "$MIGRATION_DATE"'), [
    'MIGRATION_DATE',
  ]);
});

test('text reaches the script single-quoted, so nothing in content is expanded', () => {
  assert.equal(shellQuote(`it's $HOME`), `'it'\\''s $HOME'`);
  assert.equal(
    describeExpectation({ contains: ['"version":"0.3.0"', 'ok'] }),
    `output contains '"version":"0.3.0"' and "ok"`,
  );
  assert.equal(describeExpectation({ matches: '^ok$' }), 'a line of output matches "^ok$"');
  const parsed = guideSchema.parse({ ...guide, checks: [{ ...check, title: "Don't $(rm -rf /)" }] });
  const text = validateScript({
    label: 'v0.2.0 → v0.3.0',
    pageUrl: 'https://x.org/guides/v0.2.0-to-v0.3.0/',
    source: 'content/guides/x.mdx',
    checks: parsed.checks,
  });
  assert.match(text, /'Validation check 1: Don'\\''t \$\(rm -rf \/\)'/);
  assert.match(text, /^check_health\(\) \{\ncurl -s https:\/\/platform\.internal\/api\/v1\/health\n\}$/m);
  assert.throws(
    () =>
      validateScript({
        label: '',
        pageUrl: 'https://x.org/',
        source: '',
        checks: [{ ...parsed.checks[0]!, run: 'cat <<END_OF_CHECK\nEND_OF_CHECK' }],
      }),
    /check "health": run may not contain a line "END_OF_CHECK"/,
  );
});

test('the Markdown pipeline places each check exactly once, numbered, with its title and phase', async () => {
  const { mdxToJs } = await import('satteri');
  const { guidePlugins } = await import('../../src/lib/markdown/index.ts');
  const frontmatter = {
    from: 'v0.1.0',
    to: 'v0.2.0',
    estimatedMinutes: { min: 1, max: 30 },
    roles: [{ id: 'operator', name: 'Platform operator' }],
    breakingChanges: [],
    checks: [
      { id: 'health', title: 'Health', phase: 'window', minutes: 1, owner: 'operator' },
      { id: 'smoke', title: 'Smoke job', phase: 'after', minutes: 2, owner: 'operator' },
    ],
  };
  const compile = async (source: string) => {
    const { mdastPlugins, hastPlugins } = guidePlugins({
      base: '/',
      contentDir: '/nonexistent',
      publicDir: '/nonexistent',
    });
    const data = { astro: { frontmatter: structuredClone(frontmatter) as Record<string, unknown> } };
    // The processor's Data type wants Astro's whole record; the plugins read only the frontmatter.
    const { code } = await mdxToJs(source, {
      mdastPlugins,
      hastPlugins,
      data: data as never,
      fileURL: new URL('file:///content/guides/v0.1.0-to-v0.2.0.mdx'),
    });
    return {
      code,
      items: data.astro.frontmatter['items'] as { fragment: string; number: number; title: string; phase: string }[],
    };
  };
  const failure = (source: string) =>
    compile(source).then(
      () => 'no error',
      (error: Error) => error.message,
    );

  const { code, items } = await compile('<Check id="health" />\n\n<Check id="smoke">\n\nWhy.\n\n</Check>\n');
  assert.deepEqual(
    items.map((item) => [item.fragment, item.number, item.title, item.phase]),
    [
      ['verify-health', 1, 'Health', 'window'],
      ['verify-smoke', 2, 'Smoke job', 'after'],
    ],
  );
  assert.match(code, /guide: "v0\.1\.0-to-v0\.2\.0"/);
  assert.match(
    await failure('<Check id="health" />\n'),
    /v0\.1\.0-to-v0\.2\.0\.mdx.*checks: "smoke" has no <Check id="smoke">/,
  );
  assert.match(
    await failure('<Check id="health" />\n\n<Check id="smoke" />\n\n<Check id="health" />\n'),
    /Duplicate id "verify-health"/,
  );
  assert.match(
    await failure('<Check id="health" />\n\n<Check id="smok" />\n'),
    /<Check id="smok">: expected an entry with id "smok" in the frontmatter's checks/,
  );
});
