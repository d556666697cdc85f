/**
 * `astro dev` on the benchmark project: how long until the first guide page is served, and how long from saving an
 * edit to a guide until the page shows it. The page is polled over HTTP (what a reload shows), on a port the OS
 * picked; every wait has a deadline, and the server's whole process group is killed whatever happens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { editGuide } from './edit.ts';
import { ASTRO, astroEnv, type Project } from './project.ts';

export interface DevResult {
  /** `astro dev` started → the guide page answered 200 with its HTML. */
  firstPageMs: number;
  /** The guide file saved → the page served with the edit in it. */
  editShownMs: number;
  loadAverage: number;
}

const FIRST_PAGE_DEADLINE_MS = 15 * 60_000;
const EDIT_DEADLINE_MS = 5 * 60_000;

/** A port nobody listens on now: the OS picks it, we close and hand it to the dev server. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('the OS gave no port');
  return address.port;
}

/** The page's HTML, or undefined while the server is not up or answers with an error. */
async function fetchPage(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Polls until `ready(html)` or the deadline; throws with the end of the server's log at the deadline. */
async function pollUntil(url: string, ready: (html: string) => boolean, deadlineMs: number, server: ChildProcess, logFile: string, what: string): Promise<void> {
  const deadline = performance.now() + deadlineMs;
  while (performance.now() < deadline) {
    if (server.exitCode !== null) break;
    const html = await fetchPage(url);
    if (html !== undefined && ready(html)) return;
    await sleep(100);
  }
  const log = await readFile(logFile, 'utf8').catch(() => '');
  throw new Error(`astro dev: ${what} not seen at ${url} within ${deadlineMs / 1000} s (server ${server.exitCode === null ? 'still running' : `exited ${server.exitCode}`}):\n${log.split('\n').slice(-30).join('\n')}`);
}

/** Ends the dev server and everything it started (it runs in its own process group). */
async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const closed = new Promise((resolve) => server.once('close', resolve));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // already gone
    }
  };
  kill('SIGTERM');
  if ((await Promise.race([closed.then(() => true), sleep(5000).then(() => false)])) === false) {
    kill('SIGKILL');
    await closed;
  }
}

/** Runs `astro dev` in `project`, loads /guides/<guideId>/, then edits that guide and waits for the change. */
export async function measureDev(project: Project, guideId: string): Promise<DevResult> {
  const port = await freePort();
  const logFile = path.join(project.dir, 'dev.log');
  const log = createWriteStream(logFile);
  const loadAverage = loadavg()[0]!;
  const started = performance.now();
  const server = spawn(ASTRO, ['dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: project.dir, env: astroEnv(project), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);
  try {
    const url = `http://127.0.0.1:${port}/guides/${guideId}/`;
    await pollUntil(url, (html) => html.includes('</html>'), FIRST_PAGE_DEADLINE_MS, server, logFile, 'the guide page');
    const firstPageMs = performance.now() - started;
    const marker = `(edited in astro dev ${Date.now()})`;
    const edited = performance.now();
    await editGuide(project.contentDir, guideId, marker);
    await pollUntil(url, (html) => html.includes(marker), EDIT_DEADLINE_MS, server, logFile, 'the edit');
    return { firstPageMs, editShownMs: performance.now() - edited, loadAverage };
  } finally {
    await stop(server);
    log.end();
  }
}
