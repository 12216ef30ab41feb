/**
 * CPU time and memory of processes other than the bench's own, from Linux's
 * /proc: the database servers' (by name) and a server's whole process tree
 * (a node:cluster primary and its workers).
 */
import fs from 'node:fs';

/** USER_HZ, the unit of utime and stime in /proc/<pid>/stat */
const CLOCK_TICKS = 100;

interface ProcessStat {
  pid: number;
  ppid: number;
  name: string;
  /** utime and stime, microseconds */
  cpu: NodeJS.CpuUsage;
}

function processStat(pid: number): ProcessStat | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // gone meanwhile
  }
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  const micros = (ticks: string) => (Number(ticks) * 1e6) / CLOCK_TICKS;
  return {
    pid,
    ppid: Number(fields[1]),
    name: stat.slice(stat.indexOf('(') + 1, close),
    cpu: { user: micros(fields[11]), system: micros(fields[12]) },
  };
}

/** Every process /proc shows now (none where there is no /proc). */
export function allProcesses(): ProcessStat[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  return entries.map((pid) => processStat(Number(pid))).filter((p): p is ProcessStat => p !== null);
}

/** Resident memory now and at its peak, bytes, from /proc/<pid>/status (VmRSS, VmHWM). */
function memoryOf(pid: number): { rss: number; maxRss: number } {
  let status = '';
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    // gone meanwhile
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), maxRss: kib('VmHWM') };
}

export interface TreeUsage {
  /** the processes counted: the root and its descendants alive now */
  processes: number;
  /** their CPU time so far, microseconds */
  cpu: NodeJS.CpuUsage;
  /** their resident memory now, summed, bytes */
  rss: number;
  /** the sum of each one's peak resident memory so far, bytes */
  maxRss: number;
}

/** CPU time and memory of process `root` and all its descendants, summed. */
export function processTreeUsage(root: number): TreeUsage {
  const children = new Map<number, ProcessStat[]>();
  const all = allProcesses();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i].pid) ?? []));
  const usage: TreeUsage = { processes: tree.length, cpu: { user: 0, system: 0 }, rss: 0, maxRss: 0 };
  for (const p of tree) {
    const memory = memoryOf(p.pid);
    usage.cpu.user += p.cpu.user;
    usage.cpu.system += p.cpu.system;
    usage.rss += memory.rss;
    usage.maxRss += memory.maxRss;
  }
  return usage;
}
