import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CONTENT, readGuides } from '../support/content.ts';
import { serveStatic } from '../support/static-server.ts';
import { buildContent } from '../support/build-fixture.ts';
import { scratchDir } from '../support/scratch.ts';

/**
 * The generated /guides/<pair>/validate.sh of every guide, built from the real content at a sub-path: it lists
 * exactly the page's checks, runs them against stand-ins for curl, platformctl, psql, jq and kubectl
 * (tests/fixtures/validate-stubs), and reports PASS/FAIL, the check's link and the exit code.
 */
const SITE = 'https://docs.example.org';
const BASE = '/docs/migrations/';
const STUBS = path.resolve('tests/fixtures/validate-stubs');
const outDir = path.join(scratchDir('validate-sh-'), 'dist');
const guides = readGuides(CONTENT);

const HEALTH: Record<string, string> = {
  'v0.1.0-to-v0.2.0': '{"status":"ok","version":"0.2.0","catalog":"ok","scheduler":"ok"}',
  'v0.2.0-to-v0.3.0': '{"status":"ok","version":"0.3.0","catalog":"ok","catalogSchemaVersion":9,"scheduler":"ok"}',
};

before(async () => {
  const build = await buildContent(
    path.resolve(CONTENT),
    { SITE_URL: SITE, SITE_BASE: BASE, SUPPORT_URL: 'mailto:platform-support@example.org' },
    outDir,
  );
  assert.equal(build.status, 0, build.output);
});

function script(guide: string) {
  return path.join(outDir, 'guides', guide, 'validate.sh');
}

/** Runs a guide's validate.sh with only the stubs and the system's basic tools on PATH. */
function run(guide: string, args: string[], env: Record<string, string | undefined> = {}) {
  const backupDir = scratchDir('backup-');
  writeFileSync(path.join(backupDir, 'job-history-baseline.txt'), '1204417|1204417\n');
  const variables: Record<string, string | undefined> = {
    PATH: `${STUBS}:/usr/bin:/bin`,
    BACKUP_DIR: backupDir,
    MIGRATION_DATE: '2025-06-16',
    CATALOG_DB_URL: 'postgresql://platform_admin@catalog-db.internal:5432/platform_catalog',
    PLATFORM_TOKEN: 'token',
    STUB_HEALTH: HEALTH[guide],
    ...env,
  };
  const defined = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined)) as Record<string, string>;
  const result = spawnSync('sh', [script(guide), ...args], { env: defined, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The checks as the built page shows them, in page order. */
function pageChecks(guide: string): string[] {
  const html = readFileSync(path.join(outDir, 'guides', guide, 'index.html'), 'utf8');
  return [...html.matchAll(/<h[2-6] id="verify-([a-z0-9-]+)"/g)].map((match) => match[1]!);
}

test('every published guide has validation checks (or this test checks nothing)', () => {
  assert.deepEqual(guides.map((guide) => guide.id).sort(), Object.keys(HEALTH).sort());
  for (const guide of guides) assert.ok(pageChecks(guide.id).length >= 3, guide.id);
});

for (const guide of guides.map((entry) => entry.id)) {
  describe(`validate.sh of ${guide}`, () => {
    test('is shellcheck-clean POSIX sh', { skip: spawnSync('shellcheck', ['--version']).status !== 0 && 'shellcheck is not installed (apt-get install shellcheck)' }, () => {
      const result = spawnSync('shellcheck', ['--shell=sh', script(guide)], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stdout);
    });

    test('--dry-run lists exactly the page\'s checks, in order, with their links, and runs nothing', () => {
      const { status, stdout, stderr } = run(guide, ['--dry-run'], { PATH: '/usr/bin:/bin', PLATFORM_TOKEN: undefined });
      assert.equal(status, 0, stderr);
      const listed = [...stdout.matchAll(/^\[(\d+)\/(\d+)\] ([a-z0-9-]+) · /gm)].map((match) => match[3]);
      assert.deepEqual(listed, pageChecks(guide));
      for (const id of listed) assert.match(stdout, new RegExp(`^ +${SITE}${BASE}guides/${guide.replaceAll('.', '\\.')}/#verify-${id}$`, 'm'));
      assert.match(stdout, /^ {2}\$ platformctl runs list --since 2h --status FAILED$/m);
    });

    test('all checks pass against a healthy platform: PASS lines with links, exit 0', () => {
      const { status, stdout, stderr } = run(guide, []);
      assert.equal(status, 0, `${stdout}\n${stderr}`);
      const verdicts = [...stdout.matchAll(/^(PASS|FAIL) {2}Validation check (\d+): /gm)].map((match) => match[1]);
      assert.deepEqual(verdicts, pageChecks(guide).map(() => 'PASS'));
      assert.match(stdout, new RegExp(`^PASS {2}Validation check 1: .*\\n {6}${SITE}${BASE}guides/${guide.replaceAll('.', '\\.')}/#verify-health$`, 'm'));
      assert.match(stdout, new RegExp(`^${verdicts.length} of ${verdicts.length} checks passed$`, 'm'));
    });

    test('one failing check: FAIL with title, link, expected and actual output; the others still run; exit 1', () => {
      const { status, stdout } = run(guide, [], { STUB_FAIL: 'compare' });
      assert.equal(status, 1, stdout);
      const number = pageChecks(guide).indexOf('baseline-compare') + 1;
      assert.match(
        stdout,
        new RegExp(
          `^FAIL {2}Validation check ${number}: Row counts and checksums match the baseline\\n` +
            ` {6}${SITE}${BASE}guides/${guide.replaceAll('.', '\\.')}/#verify-baseline-compare\\n` +
            ` {6}expected: output contains "PASS: 2 of 2 tables match the baseline"\\n` +
            ` {6}actual \\(exit status 1\\):\\n {8}FAIL analytics\\.orders: row count mismatch`,
          'm',
        ),
      );
      assert.equal([...stdout.matchAll(/^FAIL /gm)].length, 1);
      assert.equal([...stdout.matchAll(/^PASS /gm)].length, pageChecks(guide).length - 1);
    });

    test('--phase and --only select checks; a wrong value is a usage error', () => {
      const after = run(guide, ['--phase', 'after']);
      assert.equal(after.status, 0, after.stdout);
      assert.deepEqual([...after.stdout.matchAll(/^PASS {2}Validation check \d+: (.*)$/gm)].length, 1);
      assert.match(after.stdout, /#verify-scheduled-runs$/m);
      const only = run(guide, ['--only', 'health', '--dry-run']);
      assert.deepEqual([...only.stdout.matchAll(/^\[\d+\/\d+\] ([a-z0-9-]+)/gm)].map((match) => match[1]), ['health']);
      const wrong = run(guide, ['--only', 'no-such-check']);
      assert.equal(wrong.status, 2);
      assert.match(wrong.stderr, /--only no-such-check: no such check \(expected one of: health, /);
      assert.equal(run(guide, ['--phase', 'during']).status, 2);
    });

    test('refuses to run with a variable the checks need unset, and names it', () => {
      const { status, stdout, stderr } = run(guide, [], { PLATFORM_TOKEN: undefined, BACKUP_DIR: '' });
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^validate\.sh: not set: (?=.*\bBACKUP_DIR\b)(?=.*\bPLATFORM_TOKEN\b).*$/m);
      assert.match(stderr, /#prerequisites\)/);
    });
  });
}

describe('served by a static host', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  before(async () => {
    server = await serveStatic(outDir, BASE);
  });
  after(() => server.close());

  test('as plain text, with the site\'s security headers', async () => {
    const response = await fetch(`${server.url}guides/${guides[0]!.id}/validate.sh`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.match(await response.text(), /^#!\/bin\/sh\n/);
  });

  test('SUPPORT_URL set at build time reaches the page the report script reads it from', () => {
    const html = readFileSync(path.join(outDir, 'guides', guides[0]!.id, 'index.html'), 'utf8');
    assert.match(html, /<section class="report"[^>]* data-support-url="mailto:platform-support@example.org"/);
    assert.match(html, /href="mailto:platform-support@example.org\?subject=[^"]+&amp;body=[^"]+">open an issue about this page<\/a>/);
  });

  test('guides.json links each guide\'s script', () => {
    const json = JSON.parse(readFileSync(path.join(outDir, 'guides.json'), 'utf8')) as { guides: { id: string; validationScript: string }[] };
    for (const guide of json.guides) assert.equal(guide.validationScript, `${SITE}${BASE}guides/${guide.id}/validate.sh`);
  });
});
