import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const FIXTURES = path.resolve('tests/fixtures');

/**
 * Builds the small valid corpus in tests/fixtures/content with one fixture folder laid over it, through
 * `npm run build` exactly as an author runs it. Builds share .astro/, so run them one at a time.
 */
export function buildFixture(overlay?: string, env: Record<string, string> = {}) {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'guides-content-'));
  cpSync(path.join(FIXTURES, 'content'), contentDir, { recursive: true });
  if (overlay) cpSync(path.join(FIXTURES, overlay), contentDir, { recursive: true });
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'guides-dist-')), 'dist');
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output, contentDir, outDir };
}
