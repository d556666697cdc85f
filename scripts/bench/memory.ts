/**
 * Peak memory of a whole process tree, sampled from /proc. `/usr/bin/time -v` only reports the largest single
 * process, while an Astro build is node plus Pagefind's native binary (and whatever they spawn), so the tree's
 * sum is what a CI machine has to have free.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_SIZE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim());

interface ProcStat {
  pid: number;
  ppid: number;
  rssBytes: number;
}

/** /proc/<pid>/stat: the command name is in parentheses and may hold spaces, so fields are split after the last ')'. */
function readStat(pid: string): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid: Number(pid), ppid: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_SIZE };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Resident memory of `rootPid` and all its descendants, in bytes. */
export function treeRss(rootPid: number): number {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => readStat(pid) ?? []);
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  let total = 0;
  const pending = stats.filter((stat) => stat.pid === rootPid);
  while (pending.length > 0) {
    const stat = pending.pop()!;
    total += stat.rssBytes;
    pending.push(...(children.get(stat.pid) ?? []));
  }
  return total;
}

/** Samples the tree every `intervalMs` until stopped; returns the highest sum seen. */
export function watchPeakRss(rootPid: number, intervalMs = 100): { stop(): number } {
  let peak = treeRss(rootPid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(rootPid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
