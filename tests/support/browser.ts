import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Which Chromium the tests drive: CHROMIUM_PATH if set, else Playwright's own download, else the system's.
 * Returns undefined to let Playwright use its own. The arguments are for tests of this rule.
 */
export function chromiumExecutable(
  override = process.env['CHROMIUM_PATH'],
  playwrightOwn = chromium.executablePath(),
  system = SYSTEM_CHROMIUM,
): string | undefined {
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist.`);
    return override;
  }
  if (existsSync(playwrightOwn)) return undefined;
  const found = system.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  sudo apt-get install chromium            (Debian/Ubuntu; found at /usr/bin/chromium)\n' +
      '  npx playwright install chromium          (needs internet access)\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

/** Flags for a headless Chromium on a closed network; root (CI containers) also needs --no-sandbox. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** Options for launching Chromium, for Playwright's config and the scripts that drive a browser themselves. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumExecutable();
  return { ...(executablePath && { executablePath }), args: CHROMIUM_ARGS };
}
