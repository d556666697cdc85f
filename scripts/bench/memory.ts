/**
 * Peak memory and CPU time of a whole process tree, sampled from /proc. `/usr/bin/time -v` only reports the
 * largest single process, and its CPU time leaves out Pagefind's native binary: Pagefind's Node API kills it
 * without waiting for it, so it is never reaped by the build and its time never reaches the build's rusage.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_SIZE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim());
const CLOCK_TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

interface ProcStat {
  pid: number;
  ppid: number;
  rssBytes: number;
  /** User + system CPU time of the process itself (not of its reaped children). */
  cpuMs: number;
}

/** /proc/<pid>/stat: the command name is in parentheses and may hold spaces, so fields are split after the last ')'. */
function readStat(pid: string): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      pid: Number(pid),
      ppid: Number(fields[1]),
      rssBytes: Number(fields[21]) * PAGE_SIZE,
      cpuMs: (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS,
    };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** `rootPid` and all its descendants, as /proc shows them now. */
function processTree(rootPid: number): ProcStat[] {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => readStat(pid) ?? []);
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: ProcStat[] = [];
  const pending = stats.filter((stat) => stat.pid === rootPid);
  while (pending.length > 0) {
    const stat = pending.pop()!;
    tree.push(stat);
    pending.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

/**
 * Samples the tree every `intervalMs` until stopped: the highest sum of resident memory seen, and the CPU time of
 * every process that was part of it (each process's last sample; what it spends in its last interval is missed).
 */
export function watchTree(rootPid: number, intervalMs = 100): { stop(): { peakRssBytes: number; cpuMs: number } } {
  let peakRssBytes = 0;
  const cpu = new Map<number, number>();
  const sample = () => {
    const tree = processTree(rootPid);
    peakRssBytes = Math.max(
      peakRssBytes,
      tree.reduce((sum, stat) => sum + stat.rssBytes, 0),
    );
    for (const stat of tree) cpu.set(stat.pid, Math.max(cpu.get(stat.pid) ?? 0, stat.cpuMs));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakRssBytes, cpuMs: [...cpu.values()].reduce((sum, ms) => sum + ms, 0) };
    },
  };
}
