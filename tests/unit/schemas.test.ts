import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CHANGE_TYPES,
  guideSchema,
  impactMatrixSchema,
  issueSchema,
  rollbackStepAttributesSchema,
  stepAttributesSchema,
} from '../../src/lib/schemas.ts';
import { GUIDE_FACTS } from '../support/guide-data.ts';

const valid = {
  ...GUIDE_FACTS,
  breakingChanges: [{ id: 'ansi-casts', type: 'data-format', title: 'Invalid casts fail' }],
  roles: [
    {
      id: 'operator',
      name: 'Platform operator',
      who: 'Operate the platform',
      does: 'Runs the window',
      affectedBy: ['ansi-casts'],
    },
  ],
  downtimeMinutes: 50,
  soak: { days: 7, reason: 'Finalize after seven days' },
  rollbackCriteria: ['The API is not healthy 10 minutes after the image step'],
};

/** The path and message of each problem, e.g. "severity: expected one of: …". */
function problems(data: unknown): string[] {
  const result = guideSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('accepts a complete guide', () => {
  assert.deepEqual(problems(valid), []);
});

test('names the field and what was expected', () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ severity: 'severe' }, /^severity: expected one of: critical, moderate, minor, none$/],
    [{ from: '0.2.0' }, /^from: expected a version like "v0.3.0"/],
    [{ to: 'v0.2.0' }, /^to: expected a version above from \(v0.2.0\), got v0.2.0$/],
    [{ to: 'v0.1.0' }, /^to: expected a version above from/],
    [{ estimatedMinutes: { min: 60, max: 30 } }, /^estimatedMinutes.min: expected min to be at most max/],
    [
      { breakingChanges: [{ id: 'x', type: 'database', title: 'X' }] },
      /^breakingChanges.0.type: expected one of: schema, api, configuration, data-format, infrastructure$/,
    ],
    [
      { breakingChanges: [{ id: 'Bad Id', type: 'api', title: 'X' }] },
      /^breakingChanges.0.id: expected lower-case words/,
    ],
    [
      {
        breakingChanges: [
          { id: 'x', type: 'api', title: 'X' },
          { id: 'x', type: 'schema', title: 'Y' },
        ],
      },
      /^breakingChanges.1.id: duplicate id "x"$/,
    ],
    [{ aliases: { 'step-old': 'not a fragment' } }, /^aliases.step-old: expected a fragment/],
    [{ summary: '' }, /^summary: expected a one- or two-sentence summary$/],
    [
      { breakingChanges: [{ id: 'x', type: 'api', title: 'X', impact: 'Severe' }] },
      /^breakingChanges.0.impact: expected one of: High, Medium, Low$/,
    ],
    [{ roles: [] }, /^roles: expected at least one role/],
    [
      { roles: [{ ...valid.roles[0], affectedBy: ['no-such-change'] }] },
      /^roles.0.affectedBy.0: expected the id of one of breakingChanges, got "no-such-change"$/,
    ],
    [{ roles: [valid.roles[0], valid.roles[0]] }, /^roles.1.id: duplicate role "operator"$/],
    [{ downtimeMinutes: 'an hour' }, /^downtimeMinutes: expected whole minutes of unavailability/],
    [{ soak: { days: 7 } }, /^soak.reason: /],
    [{ rollbackCriteria: [] }, /^rollbackCriteria: expected the conditions that decide a rollback/],
  ];
  for (const [change, expected] of cases) {
    const found = problems({ ...valid, ...change });
    assert.ok(
      found.some((problem) => expected.test(problem)),
      `${JSON.stringify(change)} gave ${JSON.stringify(found)}`,
    );
  }
});

test('requires every field but aliases and draft', () => {
  for (const field of [
    'from',
    'to',
    'severity',
    'estimatedMinutes',
    'releaseDate',
    'summary',
    'roles',
    'downtimeMinutes',
    'soak',
    'rollbackCriteria',
  ]) {
    const { [field]: _removed, ...rest } = valid as Record<string, unknown>;
    assert.ok(
      problems(rest).some((problem) => problem.startsWith(`${field}:`)),
      field,
    );
  }
});

test('a common issue needs its error text and a related guide step', () => {
  const issue = {
    title: 'OOM',
    category: 'memory',
    error: 'java.lang.OutOfMemoryError',
    cause: 'Small heap',
    related: [],
  };
  const result = issueSchema.safeParse(issue);
  assert.equal(result.success, false);
  assert.match(result.error!.issues[0]!.message, /at least one related guide step/);
  assert.equal(
    issueSchema.safeParse({ ...issue, related: [{ guide: 'v0.1.0-to-v0.2.0', fragment: 'step-x' }] }).success,
    true,
  );
  assert.equal(
    issueSchema.safeParse({ ...issue, category: 'network', related: [{ guide: 'g', fragment: 'step-x' }] }).success,
    false,
  );
});

test('unknown keys fail, naming the key and the closest known one', () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ Draft: true }, /^: unknown key "Draft": did you mean "draft"\? \(expected one of: from, to, /],
    [{ relaseDate: '2025-06-16' }, /unknown key "relaseDate": did you mean "releaseDate"\?/],
    [
      { estimatedMinutes: { min: 1, max: 2, avg: 1 } },
      /^estimatedMinutes: unknown key "avg" \(expected one of: min, max\)$/,
    ],
    [
      { breakingChanges: [{ id: 'x', type: 'api', title: 'X', tpye: 'api' }] },
      /^breakingChanges\.0: unknown key "tpye": did you mean "type"\?/,
    ],
  ];
  for (const [change, expected] of cases) {
    const found = problems({ ...valid, ...change });
    assert.ok(
      found.some((problem) => expected.test(problem)),
      `${JSON.stringify(change)} gave ${JSON.stringify(found)}`,
    );
  }
});

test('release dates are real days written YYYY-MM-DD', () => {
  for (const bad of ['2025-02-30', '2025-13-01', '2025-6-16', '16/06/2025', 20250304, '2025-06-16T10:00:00Z']) {
    assert.ok(
      problems({ ...valid, releaseDate: bad }).some((problem) =>
        /^releaseDate: expected a real date written YYYY-MM-DD/.test(problem),
      ),
      String(bad),
    );
  }
  const parsed = guideSchema.parse({ ...valid, releaseDate: '2024-02-29' });
  assert.equal(parsed.releaseDate.toISOString(), '2024-02-29T00:00:00.000Z');
  // Astro's own YAML reader hands over a Date; midnight UTC is what a YYYY-MM-DD line gives.
  assert.equal(
    guideSchema
      .parse({ ...valid, releaseDate: new Date('2025-06-16') })
      .releaseDate.toISOString()
      .slice(0, 10),
    '2025-06-16',
  );
});

test('minutes are whole, positive and at most a week', () => {
  for (const [range, expected] of [
    [{ min: 15, max: 9000000000000000 }, /^estimatedMinutes\.max: expected at most 10080 minutes/],
    [{ min: 0, max: 10 }, /^estimatedMinutes\.min: expected at least 1 minute/],
    [{ min: 1.5, max: 10 }, /^estimatedMinutes\.min: expected a whole number of minutes/],
    [{ min: '15', max: 30 }, /^estimatedMinutes\.min: expected a whole number of minutes/],
  ] as const) {
    const found = problems({ ...valid, estimatedMinutes: range });
    assert.ok(
      found.some((problem) => expected.test(problem)),
      `${JSON.stringify(range)} gave ${JSON.stringify(found)}`,
    );
  }
});

test('the impact matrix has exactly one row per change type', () => {
  const row = (id: string) => ({ id, label: id, impact: 'High', complexity: 'Complex', rollback: 'Difficult' });
  const all = CHANGE_TYPES.map(row);
  assert.equal(impactMatrixSchema.safeParse(all).success, true);
  const twice = impactMatrixSchema.safeParse([...all, row('api')]);
  assert.match(
    twice.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'),
    /^5\.id: a second row for "api": expected exactly one row per change type$/m,
  );
  const missing = impactMatrixSchema.safeParse(all.slice(1));
  assert.match(missing.error!.issues[0]!.message, /no row for schema: expected exactly one row per change type/);
  assert.match(
    impactMatrixSchema.safeParse(null).error!.issues[0]!.message,
    /expected a YAML list with one row per change type/,
  );
});

test('a common issue refuses unknown keys and takes former ids as aliases', () => {
  const issue = {
    title: 'OOM',
    category: 'memory',
    error: 'E',
    cause: 'C',
    related: [{ guide: 'v0.1.0-to-v0.2.0', fragment: 'step-x' }],
  };
  assert.match(
    issueSchema.safeParse({ ...issue, catgory: 'memory' }).error!.issues[0]!.message,
    /unknown key "catgory": did you mean "category"\?/,
  );
  assert.deepEqual(issueSchema.parse({ ...issue, aliases: ['driver-oom'] }).aliases, ['driver-oom']);
  assert.equal(issueSchema.safeParse({ ...issue, aliases: ['Driver OOM'] }).success, false);
});

/** The path and message of each problem with a step's attributes. */
function attributeProblems(
  schema: typeof stepAttributesSchema | typeof rollbackStepAttributesSchema,
  attributes: unknown,
): string[] {
  const result = schema.safeParse(attributes);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || issue.code}: ${issue.message}`);
}

test('a step says when it runs, how long it takes and who does it', () => {
  const step = { id: 'migrate-catalog', title: 'Migrate', phase: 'window', minutes: '8', owner: 'operator' };
  assert.deepEqual(stepAttributesSchema.parse({ ...step, irreversible: true }), {
    ...step,
    minutes: 8,
    irreversible: true,
  });
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ phase: undefined }, /^phase: expected one of: before, window, after$/],
    [{ phase: 'during' }, /^phase: expected one of: before, window, after$/],
    [{ minutes: '0' }, /^minutes: expected whole minutes, e\.g\. minutes="10"$/],
    [{ minutes: 'ten' }, /^minutes: expected whole minutes/],
    [{ owner: undefined }, /^owner: expected the id of one of the guide's roles/],
    [{ irreversibel: true }, /^unrecognized_keys: /],
  ];
  for (const [change, expected] of cases) {
    const found = attributeProblems(stepAttributesSchema, { ...step, ...change });
    assert.ok(
      found.some((problem) => expected.test(problem)),
      `${JSON.stringify(change)} gave ${JSON.stringify(found)}`,
    );
  }
  assert.deepEqual(
    attributeProblems(rollbackStepAttributesSchema, { id: 'restore', title: 'Restore', minutes: '20', owner: 'dba' }),
    [],
  );
  assert.match(
    attributeProblems(rollbackStepAttributesSchema, {
      id: 'restore',
      title: 'Restore',
      minutes: '20',
      owner: 'dba',
      phase: 'window',
    })[0]!,
    /^unrecognized_keys/,
  );
});
