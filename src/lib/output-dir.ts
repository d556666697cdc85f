/**
 * Where a build may write, and how its result replaces the previous one. A build writes into a staging folder
 * next to the output and is swapped in only when every check and the search index succeeded, so a failed or
 * killed build leaves the previous output as it was. Nothing is deleted that a build did not create.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Marks a folder as a build's output, so a later build may replace it (and never replaces anything else). */
export const BUILD_MARKER = '.site-build';

const STAGING = (name: string) => new RegExp(`^\\.${escape(name)}\\.(building|previous)-(\\d+)$`);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function inside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Why `outDir` may not be a build's output, or undefined when it may. `protectedDirs` are the folders of the
 * project a build must never write into or replace (content/, src/, public/, tests/…).
 */
export function outDirProblem(
  outDir: string,
  projectRoot: string,
  protectedDirs: readonly string[],
): string | undefined {
  const target = path.resolve(outDir);
  if (inside(target, projectRoot))
    return `OUT_DIR=${outDir} is the project folder or contains it: expected a folder of its own, such as dist`;
  const guarded = protectedDirs.find((dir) => inside(path.resolve(dir), target));
  if (guarded)
    return `OUT_DIR=${outDir} is inside ${path.relative(projectRoot, guarded) || guarded}/, which holds sources: expected a folder of its own, such as dist`;
  if (existsSync(target)) {
    const names = readdirSync(target);
    // Outputs from before the marker existed are recognised by what every build writes.
    const earlierBuild = names.includes(BUILD_MARKER) || (names.includes('index.html') && names.includes('_astro'));
    if (names.length > 0 && !earlierBuild) {
      return `OUT_DIR=${outDir} is a folder with files that no build made (no ${BUILD_MARKER}): expected an empty folder, a new one, or an earlier build's output`;
    }
  }
  return undefined;
}

/** The staging folder of this process: beside the output, so the swap is a rename on the same disk. */
export function stagingDir(outDir: string, pid = process.pid): string {
  const target = path.resolve(outDir);
  return path.join(path.dirname(target), `.${path.basename(target)}.building-${pid}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A build killed with its parents lingers as a zombie until init reaps it (in containers, maybe never): it runs
  // nothing and writes nothing, so it is gone.
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/**
 * Tidies what killed builds left: their staging folders (named by this module, owned by a process that is gone),
 * and, if a build died between the two renames of the swap, puts the previous output back.
 */
export function recoverInterrupted(outDir: string): string[] {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  for (const name of readdirSync(parent)) {
    const match = STAGING(path.basename(target)).exec(name);
    if (!match || alive(Number(match[2]))) continue;
    const folder = path.join(parent, name);
    if (match[1] === 'previous' && !existsSync(target)) {
      renameSync(folder, target);
      done.push(`restored the previous output from ${name}`);
    } else {
      rmSync(folder, { recursive: true, force: true });
      done.push(`removed ${name}, left by an interrupted build`);
    }
  }
  return done;
}

/** Puts a finished build in place of the previous output; the previous one is removed only once replaced. */
export function swapIn(staging: string, outDir: string): void {
  const target = path.resolve(outDir);
  writeFileSync(path.join(staging, BUILD_MARKER), 'Output of npm run build; the next build replaces this folder.\n');
  if (!existsSync(target)) {
    renameSync(staging, target);
    return;
  }
  const previous = path.join(path.dirname(target), `.${path.basename(target)}.previous-${process.pid}`);
  renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}
