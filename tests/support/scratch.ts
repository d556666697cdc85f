import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let root: string | undefined;

/**
 * A new temporary folder for this test process, named `prefix…`. All of them sit in one folder that is removed
 * when the process exits, so test runs leave nothing behind in the system's temporary folder.
 */
export function scratchDir(prefix: string): string {
  if (!root) {
    const dir = mkdtempSync(path.join(tmpdir(), 'guides-test-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    root = dir;
  }
  return mkdtempSync(path.join(root, prefix));
}
