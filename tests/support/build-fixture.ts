import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { copyProject } from '../../scripts/bench/project.ts';
import type { BuildReply, BuildRequest } from './build-worker.ts';
import { scratchDir } from './scratch.ts';

export const FIXTURES = path.resolve('tests/fixtures');

/**
 * One change to the base corpus (tests/fixtures/content), as listed in a fixture's patch.json. A fixture is the
 * smallest edit that shows its case, not a copy of a guide. `replace` must match, so a fixture cannot silently
 * stop testing anything when the base corpus changes.
 */
export type PatchOp = { file: string; encoding?: 'utf8' | 'latin1' } & (
  | { replace: string; with: string }
  | { append: string }
  | { write: string }
  | { delete: true }
  | { symlink: string }
  | { mkdir: true }
);

/**
 * A fresh copy of the base corpus with fixture `name` (e.g. "bad/unknown-key") applied, or several fixtures that
 * touch different parts, in order; returns its folder.
 */
export function prepareContent(name?: string | readonly string[]): string {
  const contentDir = scratchDir('content-');
  cpSync(path.join(FIXTURES, 'content'), contentDir, { recursive: true });
  for (const fixture of [name ?? []].flat().map((each) => path.join(FIXTURES, each))) {
    for (const entry of readdirSync(fixture)) {
      if (entry !== 'patch.json') cpSync(path.join(fixture, entry), path.join(contentDir, entry), { recursive: true });
    }
    const patch = path.join(fixture, 'patch.json');
    if (existsSync(patch)) applyPatch(contentDir, JSON.parse(readFileSync(patch, 'utf8')) as PatchOp[]);
  }
  return contentDir;
}

export function applyPatch(contentDir: string, ops: readonly PatchOp[]) {
  for (const op of ops) {
    const file = path.join(contentDir, op.file);
    const encoding = op.encoding ?? 'utf8';
    if ('replace' in op) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(op.replace)) throw new Error(`patch: "${op.replace}" is not in ${op.file}`);
      writeFileSync(file, text.replace(op.replace, op.with), encoding);
    } else if ('append' in op) {
      writeFileSync(file, readFileSync(file, 'utf8') + op.append, encoding);
    } else if ('write' in op) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, op.write, encoding);
    } else if ('delete' in op) {
      rmSync(file, { recursive: true });
    } else if ('symlink' in op) {
      symlinkSync(op.symlink, file);
    } else {
      mkdirSync(file, { recursive: true });
    }
  }
}

let project: string | undefined;

/**
 * This test process's own copy of the site (scripts/bench/project.ts), made on first use: builds there keep
 * Astro's and Vite's caches to themselves, so tests never touch the project's own, nor another test run's.
 */
export function testProject(): string {
  if (!project) {
    project = scratchDir('site-');
    copyProject(project);
  }
  return project;
}

const BUILD = ['run', 'build', '--silent'];

/** What every fixture build is given besides its own settings, however it runs. */
function buildEnv(contentDir: string, outDir: string, env: Record<string, string>): Record<string, string> {
  return { CONTENT_DIR: contentDir, OUT_DIR: outDir, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/**
 * How `npm run build` runs on a content folder: in this process's copy of the site, with none of the content an
 * earlier build loaded. Astro keeps that content in the project (node_modules/.astro): a build of another folder
 * would start from the earlier folder's entries, and warn that every slug is there twice.
 */
function npmOptions(contentDir: string, outDir: string, env: Record<string, string>) {
  rmSync(path.join(testProject(), 'node_modules', '.astro'), { recursive: true, force: true });
  return { cwd: testProject(), env: { ...process.env, ...buildEnv(contentDir, outDir, env) } };
}

const plain = (text: string) => stripVTControlCharacters(text);

export interface BuildResult {
  status: number | null;
  output: string;
  contentDir: string;
  outDir: string;
}

/** `npm run build` on a content folder, exactly as an author runs it, in this process's copy of the site. */
export function npmBuild(
  contentDir: string,
  env: Record<string, string> = {},
  outDir = path.join(scratchDir('dist-'), 'dist'),
): BuildResult {
  const result = spawnSync('npm', BUILD, { ...npmOptions(contentDir, outDir, env), encoding: 'utf8' });
  return { status: result.status, output: plain(`${result.stdout}\n${result.stderr}`), contentDir, outDir };
}

let worker: ChildProcess | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The build worker, started on first use; it never holds this process open by itself. */
function buildWorker(): ChildProcess {
  if (!worker) {
    worker = fork(path.resolve(import.meta.dirname, 'build-worker.ts'), {
      cwd: testProject(),
      // Not the test runner's flags (--test…): the worker is a plain process.
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    worker.unref();
    worker.channel?.unref();
  }
  return worker;
}

/** One reply from the build worker; its channel holds this process open only while a build runs. */
function ask(request: BuildRequest): Promise<BuildReply> {
  const child = buildWorker();
  child.channel?.ref();
  return new Promise<BuildReply>((resolve, reject) => {
    const onExit = (code: number | null) => {
      worker = undefined;
      reject(new Error(`the build worker exited (${code})`));
    };
    child.once('exit', onExit);
    child.once('message', (reply: BuildReply) => {
      child.off('exit', onExit);
      child.channel?.unref();
      resolve(reply);
    });
    child.send(request);
  });
}

/**
 * Builds a content folder in this process's copy of the site with Astro's `build()`, as `npm run build` does, in a
 * worker that stays up between builds (tests/support/build-worker.ts); builds run one at a time.
 */
export function buildContent(
  contentDir: string,
  env: Record<string, string> = {},
  outDir = path.join(scratchDir('dist-'), 'dist'),
): Promise<BuildResult> {
  const result = queue.then(async () => {
    // A content cache of its own (see npmOptions), so no build starts from another's entries.
    const reply = await ask({ env: buildEnv(contentDir, outDir, env), cacheDir: scratchDir('cache-') });
    return { status: reply.status, output: plain(reply.output), contentDir, outDir };
  });
  queue = result.catch(() => undefined);
  return result;
}

/** Builds the base corpus with a fixture (or several) applied. */
export function buildFixture(
  name?: string | readonly string[],
  env: Record<string, string> = {},
  outDir = path.join(scratchDir('dist-'), 'dist'),
): Promise<BuildResult> {
  return buildContent(prepareContent(name), env, outDir);
}

/** Starts a build and kills it (SIGKILL, as a cancelled CI job or a power cut) once `when` appears in its output. */
export function killBuildAt(when: RegExp, outDir: string, name?: string): Promise<string> {
  const child = spawn('npm', BUILD, { ...npmOptions(prepareContent(name), outDir, {}), detached: true });
  let output = '';
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The whole process group: npm, its shell and astro.
      if (when.test(plain(output))) process.kill(-child.pid!, 'SIGKILL');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', () => resolve(plain(output)));
  });
}
