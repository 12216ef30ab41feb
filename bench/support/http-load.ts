import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { allProcesses } from './proc';
import type { ServerMessage, ServerStats } from './serve-protocol';

export interface ServerChild {
  url: string;
  startMs: number;
  stats(): Promise<ServerStats>;
  /** starts profiling the server's CPU; the function returned stops it and writes the .cpuprofile to file */
  startProfile(): (file: string) => Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts dist/bench/support/<entry>.js (or the script at an absolute path that
 * calls serveForBenchmark) as a child process and waits until it listens.
 */
export function startServerChild(
  entry: 'serve-api' | 'serve-bare' | (string & {}),
  env: NodeJS.ProcessEnv,
  execArgv: string[] = [],
): Promise<ServerChild> {
  const script = path.isAbsolute(entry) ? entry : path.join(__dirname, `${entry}.js`);
  const child: ChildProcess = fork(script, [], { env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // answers the child still owes, in the order asked; failed all at once if the child dies
  const waiting: { resolve(stats: ServerStats): void; reject(error: Error): void }[] = [];
  const profiling: { resolve(): void; reject(error: Error): void }[] = [];
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of [...waiting.splice(0), ...profiling.splice(0)]) w.reject(error);
  };
  const ask = <T>(queue: { resolve(value: T): void; reject(error: Error): void }[], message: object) =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      queue.push({ resolve, reject });
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      const error = new Error(`${entry} exited (${signal ?? code})`);
      reject(error);
      fail(error);
    });
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'error') {
        const error = new Error(`${entry} failed: ${message.message}`);
        reject(error);
        fail(error);
      } else if (message.type === 'stats') waiting.shift()?.resolve(message);
      else if (message.type === 'profiled') profiling.shift()?.resolve();
      else if (message.type === 'ready') {
        resolve({
          url: message.url,
          startMs: message.startMs,
          stats: () => ask(waiting, { type: 'stats' }),
          startProfile: () => {
            child.send({ type: 'profile-start' });
            return (file) => ask<void>(profiling, { type: 'profile-stop', file });
          },
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.send({ type: 'stop' });
              setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
            }),
        });
      }
    });
  });
}

export interface LoadOptions {
  /** seconds */
  warmup: number;
  /** seconds */
  duration: number;
  connections: number;
  /** profile the server's CPU over the measurement (not the warm-up) into this .cpuprofile file */
  profileFile?: string;
}

export interface LoadFigures {
  label: string;
  requestsPerSecond: number;
  requests: number;
  latencyP50: number;
  latencyP99: number;
  latencyAverage: number;
  latencyMax: number;
  /** errors + timeouts + non-2xx + bodies other than the checked first answer */
  failures: number;
  /** CPU time of the server's processes over the measurement, in % of one core */
  serverCpu: number;
  /** server CPU time per answered request, milliseconds: steadier than req/s when others load the machine */
  serverCpuMsPerRequest: number;
  /** CPU time of this process (the load generator), in % of one core */
  loadGeneratorCpu: number;
  /** CPU time of the MariaDB/MySQL and PostgreSQL server processes on this machine, in % of one core */
  databaseCpu: number;
  /** CPU time of everything else on the machine (other people's tests, the kernel …), in % of one core */
  otherCpu: number;
  /** all cores busy, in % of the machine (server, load generator, database, everything else) */
  machineBusy: number;
  /** peak RSS of the server process over its life (start, warm-up, measurement); of a process tree, each one's summed */
  serverPeakRss: number;
  /** the server's V8 heap in use at the end, when it is one process */
  serverHeapUsed?: number;
  /** processes the server ran at the end of the measurement */
  serverProcesses: number;
  /** how much each server counter (e.g. SQL statements) grew per request during the measurement */
  perRequest: Record<string, number>;
  /** the body of the first answer, which every later one had to equal */
  answer: string;
}

const DATABASE_SERVERS = new Set(['mariadbd', 'mysqld', 'postgres']);

/** CPU seconds used so far by the running database server processes (mariadbd, mysqld, postgres); 0 when there are none. */
function databaseCpuSeconds(): number {
  let micros = 0;
  for (const p of allProcesses()) if (DATABASE_SERVERS.has(p.name)) micros += p.cpu.user + p.cpu.system;
  return micros / 1e6;
}

function cpuTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/**
 * Asks once and checks the answer is a 200 without GraphQL errors, then runs
 * autocannon for a warm-up and for the measurement, with every answer required
 * to equal that first one byte for byte.
 */
export async function measureLoad(
  label: string,
  server: ServerChild,
  request: { headers: Record<string, string>; body: string },
  check: (data: unknown) => string | null,
  options: LoadOptions,
): Promise<LoadFigures> {
  const headers = { 'content-type': 'application/json', ...request.headers };
  const response = await fetch(server.url, { method: 'POST', headers, body: request.body });
  const expectBody = await response.text();
  const parsed = JSON.parse(expectBody) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || parsed.errors?.length)
    throw new Error(`${label}: ${response.status} ${expectBody.slice(0, 1000)}`);
  const problem = check(parsed.data);
  if (problem) throw new Error(`${label}: ${problem}`);

  const base = {
    url: server.url,
    method: 'POST' as const,
    headers,
    body: request.body,
    connections: options.connections,
    expectBody,
  };
  if (options.warmup > 0) await autocannon({ ...base, duration: options.warmup });

  const before = await server.stats();
  const machineBefore = cpuTimes();
  const databaseBefore = databaseCpuSeconds();
  const selfBefore = process.cpuUsage();
  const stopProfile = options.profileFile ? server.startProfile() : null;
  const result = await autocannon({ ...base, duration: options.duration });
  const self = process.cpuUsage(selfBefore);
  const machineAfter = cpuTimes();
  // a database process that ended meanwhile (another session's PostgreSQL backend) takes its time out of the sum
  const databaseSeconds = Math.max(0, databaseCpuSeconds() - databaseBefore);
  const after = await server.stats();
  if (stopProfile) await stopProfile(options.profileFile!);

  const wallMicros = result.duration * 1e6;
  const cpuMicros = (u: NodeJS.CpuUsage) => u.user + u.system;
  const serverCpu = (100 * (cpuMicros(after.cpu) - cpuMicros(before.cpu))) / wallMicros;
  const loadGeneratorCpu = (100 * cpuMicros(self)) / wallMicros;
  const databaseCpu = (100 * databaseSeconds * 1e6) / wallMicros;
  const machineBusy = (100 * (machineAfter.busy - machineBefore.busy)) / (machineAfter.total - machineBefore.total);
  return {
    label,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyAverage: result.latency.average,
    latencyMax: result.latency.max,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
    serverCpu,
    serverCpuMsPerRequest: (cpuMicros(after.cpu) - cpuMicros(before.cpu)) / 1000 / Math.max(1, result.requests.total),
    loadGeneratorCpu,
    databaseCpu,
    otherCpu: Math.max(0, machineBusy * os.cpus().length - serverCpu - loadGeneratorCpu - databaseCpu),
    machineBusy,
    serverPeakRss: after.maxRss,
    serverHeapUsed: after.heapUsed,
    serverProcesses: after.processes,
    answer: expectBody,
    perRequest: Object.fromEntries(
      Object.entries(after.counters).map(([k, v]) => [
        k,
        (v - (before.counters[k] ?? 0)) / Math.max(1, result.requests.total),
      ]),
    ),
  };
}
