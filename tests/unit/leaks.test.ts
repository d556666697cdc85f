import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { leaksIn } from '../support/leaks.ts';
import { scratchDir } from '../support/scratch.ts';

test("the leak check lets the site's own redirects through and finds redirects, scripts and secrets that leave", () => {
  const dir = scratchDir('leaks-');
  const page = (name: string, html: string) => writeFileSync(path.join(dir, `${name}.html`), html);
  page('own-redirect', '<meta http-equiv="refresh" content="0;url=/docs/guides/v0.1.0-to-v0.2.0/">');
  page('away', '<meta http-equiv="refresh" content="0;url=https://evil.example/">');
  page('protocol-relative', '<meta content="0; url=//evil.example/" http-equiv=refresh>');
  page('backslash', '<meta http-equiv="refresh" content="0;url=/\\evil.example/">');
  page('script', '<p>x</p><script>alert(1)</script>');
  page('secret', '<p>token s3cr3t-value</p>');
  assert.deepEqual(leaksIn(dir, ['s3cr3t-value']).sort(), [
    'away.html: a meta refresh away from the site',
    'backslash.html: a meta refresh away from the site',
    'protocol-relative.html: a meta refresh away from the site',
    'script.html: an inline <script>',
    'secret.html: contains "s3cr3t-value"',
  ]);
});
