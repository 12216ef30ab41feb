/**
 * How the load benchmarks talk to a server they run as a child process (so the
 * load generator does not share its thread, and its memory figures are its own):
 * the child tells { type: 'ready', url }, answers { type: 'stats' } with its CPU
 * time and memory, profiles its CPU between { type: 'profile-start' } and
 * { type: 'profile-stop', file } (answering { type: 'profiled' } once the
 * .cpuprofile is written), and exits on { type: 'stop' } or when the parent goes away.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector';
import type { TreeUsage } from './proc';

/** A server's CPU time and memory: its process's, or its process tree's (a node:cluster primary and its workers). */
export interface ServerUsage extends TreeUsage {
  /** V8 heap in use, when the server is one process */
  heapUsed?: number;
}

export interface ServerStats extends ServerUsage {
  type: 'stats';
  /** counters the server offers, e.g. SQL statements sent so far */
  counters: Record<string, number>;
}

export type ServerMessage =
  | { type: 'ready'; url: string; startMs: number }
  | ServerStats
  | { type: 'profiled'; file: string }
  | { type: 'error'; message: string };

export type ParentMessage =
  { type: 'stats' } | { type: 'stop' } | { type: 'profile-start' } | { type: 'profile-stop'; file: string };

let session: Session | null = null;

function startProfile(): void {
  session = new Session();
  session.connect();
  session.post('Profiler.enable', () => session!.post('Profiler.start'));
}

function stopProfile(file: string): void {
  if (!session) return send({ type: 'error', message: 'profile-stop without profile-start' });
  const current = session;
  session = null;
  current.post('Profiler.stop', (error, result) => {
    if (error) return send({ type: 'error', message: error.message });
    fs.writeFileSync(file, JSON.stringify(result.profile));
    current.disconnect();
    send({ type: 'profiled', file });
  });
}

function send(message: ServerMessage): void {
  process.send?.(message);
}

export interface BenchServer {
  url: string;
  close(): Promise<void>;
  counters?(): Record<string, number>;
  /** its CPU time and memory when they are not this process's alone */
  usage?(): ServerUsage;
}

function processUsage(): ServerUsage {
  const memory = process.memoryUsage();
  return {
    processes: 1,
    cpu: process.cpuUsage(),
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
}

/** Runs in the child: starts the server, then serves the protocol above. */
export function serveForBenchmark(start: () => Promise<BenchServer>): void {
  const started = process.hrtime.bigint();
  start()
    .then((server) => {
      process.on('message', (message: ParentMessage) => {
        if (message.type === 'profile-start') startProfile();
        else if (message.type === 'profile-stop') stopProfile(message.file);
        else if (message.type === 'stats') {
          send({ type: 'stats', ...(server.usage?.() ?? processUsage()), counters: server.counters?.() ?? {} });
        } else if (message.type === 'stop') {
          void server.close().finally(() => process.exit(0));
        }
      });
      process.on('disconnect', () => process.exit(0));
      send({ type: 'ready', url: server.url, startMs: Number(process.hrtime.bigint() - started) / 1e6 });
    })
    .catch((error: unknown) => {
      send({ type: 'error', message: (error as Error).stack ?? String(error) });
      process.exit(1);
    });
}
