import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The system's browsers, best first. Chromium's headless shell is what Playwright itself runs headless: it starts a
 * context in half the time of the full browser, which took the browser tests from 3.7 to 2.7 minutes.
 */
const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

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
      '  sudo apt-get install chromium-headless-shell   (Debian/Ubuntu; or chromium)\n' +
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

/** The system's browsers in the order `kind` prefers them: the headless shell first, or last. */
export function systemBrowsers(kind: 'fastest' | 'full'): string[] {
  const shell = (file: string) => file.endsWith('-headless-shell');
  return kind === 'full'
    ? [...SYSTEM_CHROMIUM.filter((file) => !shell(file)), ...SYSTEM_CHROMIUM.filter(shell)]
    : SYSTEM_CHROMIUM;
}

/**
 * Options for launching Chromium, for Playwright's config and the scripts that drive a browser themselves. The
 * benchmark prefers a `full` browser, to fetch what a reader's does (the headless shell never asks for a favicon),
 * and falls back to the shell.
 */
export function chromiumLaunchOptions(kind: 'fastest' | 'full' = 'fastest'): {
  executablePath?: string;
  channel?: string;
  args: string[];
} {
  const executablePath = chromiumExecutable(undefined, undefined, systemBrowsers(kind));
  // Playwright's own download runs headless in its shell unless asked for the full browser by channel.
  if (!executablePath && kind === 'full') return { channel: 'chromium', args: CHROMIUM_ARGS };
  return { ...(executablePath && { executablePath }), args: CHROMIUM_ARGS };
}
