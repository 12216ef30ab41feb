/**
 * A benchmark child (serve-protocol.ts) deployed one Node process per core, as
 * the product is with WORKERS=N: with BENCH_SERVER_WORKERS=N above 1 the child
 * is a node:cluster primary that runs the server in N workers sharing one port,
 * is ready once every worker listens, and tells CPU time and memory summed over
 * itself and its workers (from /proc). With 1 (the default) the server runs in
 * the child itself, as before. Profiling needs the latter.
 */
import cluster, { type Worker } from 'node:cluster';
import { processTreeUsage } from './proc';
import { serveForBenchmark, type BenchServer } from './serve-protocol';

type WorkerMessage = { type: 'ready'; url: string } | { type: 'error'; message: string };

function serveWorker(start: () => Promise<BenchServer>): void {
  start()
    .then((server) => {
      process.on('message', (message: { type: string }) => {
        if (message.type === 'stop') void server.close().finally(() => process.exit(0));
      });
      process.send!({ type: 'ready', url: server.url } satisfies WorkerMessage);
    })
    .catch((error: unknown) => {
      process.send!({ type: 'error', message: (error as Error).stack ?? String(error) } satisfies WorkerMessage);
      process.exit(1);
    });
}

/** Forks the workers and resolves with the URL they share once each of them listens. */
function forkWorkers(count: number): Promise<{ url: string; workers: Worker[] }> {
  const workers = Array.from({ length: count }, () => cluster.fork());
  return new Promise((resolve, reject) => {
    const urls = new Set<string>();
    let ready = 0;
    for (const worker of workers) {
      worker.on('exit', (code, signal) => reject(new Error(`worker ${worker.id} exited (${signal ?? code})`)));
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'error') return reject(new Error(`worker ${worker.id}: ${message.message}`));
        urls.add(message.url);
        if (++ready < count) return;
        if (urls.size === 1) resolve({ url: message.url, workers });
        else reject(new Error(`the workers listen on different URLs: ${[...urls].join(', ')}`));
      });
    }
  });
}

function stopWorkers(workers: Worker[]): Promise<void> {
  const alive = workers.filter((worker) => !worker.isDead());
  return new Promise((resolve) => {
    let left = alive.length;
    if (left === 0) return resolve();
    for (const worker of alive) {
      worker.once('exit', () => --left === 0 && resolve());
      worker.send({ type: 'stop' });
    }
  });
}

/** Runs in the child in place of serveForBenchmark. */
export function serveClustered(start: () => Promise<BenchServer>): void {
  const workers = Number(process.env.BENCH_SERVER_WORKERS || 1);
  if (workers <= 1) return serveForBenchmark(start);
  if (cluster.isWorker) return serveWorker(start);
  serveForBenchmark(async () => {
    const { url, workers: forked } = await forkWorkers(workers);
    let stopping = false;
    // a worker lost while measured would leave the others to answer for it: the bench is to fail instead
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      console.error(`worker ${worker.id} exited (${signal ?? code})`);
      process.exit(1);
    });
    return {
      url,
      usage: () => processTreeUsage(process.pid),
      close: () => {
        stopping = true;
        return stopWorkers(forked);
      },
    };
  });
}
