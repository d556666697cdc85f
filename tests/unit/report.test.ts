import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSupportUrl, reportBody, reportMarkdown, reportTitle, supportHref } from '../../src/lib/report.ts';

const input = {
  pageLabel: 'v0.2.0 → v0.3.0',
  itemLabel: 'Step 6: Stop the platform services and migrate the catalog to schema version 9',
  url: 'https://docs.example.org/guides/v0.2.0-to-v0.3.0/#step-migrate-catalog',
  versions: { from: 'v0.2.0', to: 'v0.3.0' },
  phase: 'window',
  ticked: ['Checklist: Back up all databases', 'Step 1: Run every pipeline under ANSI mode'],
  logs: [{ title: 'Scheduler logs', run: 'kubectl -n platform logs deployment/pipeline-scheduler --since=2h > s.log\n' }],
};

test('the report names the guide, item, link, versions, phase, ticked items and log commands', () => {
  assert.equal(reportTitle(input), 'v0.2.0 → v0.3.0: problem with Step 6: Stop the platform services and migrate the catalog to schema version 9');
  const body = reportBody(input);
  for (const line of [
    '- Item: Step 6: Stop the platform services and migrate the catalog to schema version 9',
    '- Link: https://docs.example.org/guides/v0.2.0-to-v0.3.0/#step-migrate-catalog',
    '- Upgrading from v0.2.0 to v0.3.0',
    '- Phase: during the window',
    '- [x] Checklist: Back up all databases',
    '- [x] Step 1: Run every pipeline under ANSI mode',
    '```sh\nkubectl -n platform logs deployment/pipeline-scheduler --since=2h > s.log\n```',
  ]) assert.ok(body.includes(line), line);
  assert.match(reportBody({ ...input, ticked: [] }), /Nothing ticked in this browser\./);
  assert.match(reportBody({ ...input, ticked: undefined }), /List the steps and checks you had done/);
  assert.match(reportBody({ ...input, logs: 'https://x.org/g/#report-a-problem' }), /Run the commands listed at https:\/\/x\.org\/g\/#report-a-problem/);
  assert.equal(reportMarkdown(input), `# ${reportTitle(input)}\n\n${reportBody(input)}\n`);
});

test('SUPPORT_URL: GitHub-style, template placeholders, mailto; anything else fails the build', () => {
  assert.equal(supportHref('https://github.com/a/b/issues/new', 'T 1', 'B&2'), 'https://github.com/a/b/issues/new?title=T%201&body=B%262');
  assert.equal(supportHref('https://t.example/new?labels=support', 'T', 'B'), 'https://t.example/new?labels=support&title=T&body=B');
  assert.equal(
    supportHref('https://gitlab.example/p/-/issues/new?issue[title]={title}&issue[description]={body}', 'a b', '#x'),
    'https://gitlab.example/p/-/issues/new?issue[title]=a%20b&issue[description]=%23x',
  );
  assert.equal(supportHref('mailto:help@example.org', 'T', 'B'), 'mailto:help@example.org?subject=T&body=B');
  assert.equal(parseSupportUrl(undefined), undefined);
  assert.equal(parseSupportUrl(''), undefined);
  assert.equal(parseSupportUrl('mailto:help@example.org'), 'mailto:help@example.org');
  assert.throws(() => parseSupportUrl('javascript:alert(1)'), /SUPPORT_URL "javascript:alert\(1\)": expected an https:\/\/ new-issue URL or a mailto: address/);
  assert.throws(() => parseSupportUrl('tracker/new'), /SUPPORT_URL "tracker\/new": expected/);
});
