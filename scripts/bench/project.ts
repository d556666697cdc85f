/**
 * Isolated builds. Astro keeps per-project state in <root>/.astro/ and its content cache in
 * <root>/node_modules/.astro/ (Vite's in node_modules/.vite/), so each benchmark build runs in a temporary copy
 * of the project: the site code, and a node_modules folder of symlinks to the real packages. A single symlink
 * to the whole node_modules would make those caches shared with builds in the real project.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Corpus } from './corpus.ts';
import { watchTree } from './memory.ts';
import { buildPhases, parseGnuTime, renderSplit, type Phases, type RenderSplit } from './logs.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];
/** Caches that must stay per project (see above). */
const PROJECT_CACHES = new Set(['.astro', '.vite']);
const GNU_TIME = '/usr/bin/time';

/** Temporary projects still on disk: removed if the run is interrupted, since `finally` does not run on Ctrl-C. */
const live = new Set<string>();
process.once('SIGINT', () => {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  process.exit(130);
});

export interface Project {
  dir: string;
  contentDir: string;
  outDir: string;
}

export interface BuildResult {
  wallMs: number;
  /** Sum of the resident memory of the build's process tree, sampled every 100 ms. */
  peakTreeRssBytes: number;
  /** The largest single process, from /usr/bin/time -v (undefined when it is not installed). */
  peakProcessRssBytes: number | undefined;
  /**
   * User + system CPU time of the whole process tree, Pagefind's binary included (sampled from /proc, see
   * memory.ts): less sensitive than wall time to other work on the machine.
   */
  cpuMs: number;
  /** From the log's timestamps; undefined if Astro's log format changed. */
  phases: Phases | undefined;
  /** Rendering time by route kind, from the per-page lines of the log. */
  render: RenderSplit;
  /** 1-minute load average just before and just after the build: other work on the machine makes times noisy. */
  loadAverage: { before: number; after: number };
}

/**
 * A copy of the site (its code, not its content) in `dir`, with a node_modules folder of symlinks to the real
 * packages: a build there keeps its caches to itself, so builds in two copies can run at once.
 */
export function copyProject(dir: string): void {
  for (const file of SITE_FILES) cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!PROJECT_CACHES.has(name))
      symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
}

export function createProject(): Project {
  const dir = mkdtempSync(path.join(tmpdir(), 'guides-bench-'));
  live.add(dir);
  copyProject(dir);
  return { dir, contentDir: path.join(dir, 'content'), outDir: path.join(dir, 'dist') };
}

/** The synthetic guides and issues, plus the real index prose and impact matrix (no permalink registry). */
export async function writeCorpus(project: Project, corpus: Corpus): Promise<void> {
  await mkdir(path.join(project.contentDir, 'guides'), { recursive: true });
  await mkdir(path.join(project.contentDir, 'issues'), { recursive: true });
  await Promise.all(corpus.files.map((file) => writeFile(path.join(project.contentDir, file.path), file.text)));
  for (const file of ['home.mdx', 'impact-matrix.yaml'])
    await cp(path.join(ROOT, 'content', file), path.join(project.contentDir, file));
}

/** A snapshot of content/ as it is now, so edits made during the run do not change what is measured. */
export async function copyRealContent(project: Project): Promise<void> {
  await cp(path.join(ROOT, 'content'), project.contentDir, { recursive: true });
}

export const ASTRO = path.join(ROOT, 'node_modules', '.bin', 'astro');

/** The environment `npm run build` and `astro dev` run with in the project. */
export function astroEnv(project: Project): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // astro's shebang is `env node`: put the project's Node 24 first, as `npm run` does.
    PATH: `${path.dirname(process.execPath)}:${path.join(ROOT, 'node_modules', '.bin')}:${process.env['PATH']}`,
    CONTENT_DIR: project.contentDir,
    OUT_DIR: project.outDir,
    // Generated corpora have never been published, so they have no permalink registry.
    PERMALINKS_FIRST_BUILD: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
  };
}

/**
 * `npm run build` in the project, as an author runs it (the script sets the build's environment), timed and
 * memory-sampled; a failed build throws with the end of its log.
 */
export async function build(project: Project): Promise<BuildResult> {
  const timeFile = path.join(project.dir, 'time.txt');
  const logFile = path.join(project.dir, 'build.log');
  const npmBuild = ['npm', 'run', '--silent', 'build'];
  const [command, ...args] = existsSync(GNU_TIME) ? [GNU_TIME, '-v', '-o', timeFile, ...npmBuild] : npmBuild;
  const env = astroEnv(project);
  const log = createWriteStream(logFile);
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(command!, args, { cwd: project.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const tree = watchTree(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const { peakRssBytes: peakTreeRssBytes, cpuMs } = tree.stop();
  const loadAverage = { before: loadBefore, after: loadavg()[0]! };
  const output = await readFile(logFile, 'utf8');
  if (code !== 0)
    throw new Error(
      `npm run build failed (exit ${code}) in ${project.dir}:\n${output.split('\n').slice(-40).join('\n')}`,
    );
  const time = parseGnuTime(existsSync(timeFile) ? await readFile(timeFile, 'utf8') : '');
  return {
    wallMs,
    peakTreeRssBytes,
    peakProcessRssBytes: time.maxRssBytes,
    cpuMs,
    phases: buildPhases(output),
    render: renderSplit(output),
    loadAverage,
  };
}

/**
 * Back to a never-built project: no output and none of the caches a build leaves (Astro's content store and
 * types, Vite's), so the next build is a clean build.
 */
export async function removeBuildState(project: Project): Promise<void> {
  const state = [
    project.outDir,
    path.join(project.dir, '.astro'),
    ...[...PROJECT_CACHES].map((cache) => path.join(project.dir, 'node_modules', cache)),
  ];
  await Promise.all(state.map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function removeProject(project: Project): Promise<void> {
  await rm(project.dir, { recursive: true, force: true });
  live.delete(project.dir);
}
