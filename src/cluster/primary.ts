import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config';
import { openDatabase } from '../db/open-database';
import { isRelayRequest, type RelayedAnswer } from '../live/cluster-relay';
import type { Logger } from '../logger';
import { RestartBackoff } from './restart-backoff';

/**
 * The primary of config.workers server processes on one port (node:cluster hands each new connection to one of them):
 * brings the database up to date once, then forks the workers, which only connect to it (main.ts); passes their relay
 * messages on to all of them (live/cluster-relay.ts); replaces a worker that dies, after a pause that grows while they
 * die young; on SIGTERM or SIGINT stops them gracefully and exits. A worker that dies before every worker listened
 * fails the start instead: a port in use or a database out of reach would only kill its replacements too.
 */
export async function runPrimary(config: Config, logger: Logger): Promise<void> {
  const dataSource = await openDatabase(config.databaseUrl);
  const database = dataSource.options.type;
  await dataSource.destroy();

  const backoff = new RestartBackoff();
  const startedAt = new Map<Worker, number>();
  const restarts = new Set<NodeJS.Timeout>();
  const listened = new Set<number>();
  let up = false;
  let stopping = false;

  const passOn = (sender: Worker, message: unknown) => {
    if (!isRelayRequest(message)) return;
    for (const worker of Object.values(cluster.workers ?? {}))
      if (worker?.isConnected()) worker.send(message, warnIfUnsent(worker));
    const { id } = message.relay;
    if (id !== undefined && sender.isConnected())
      sender.send({ relayed: id } satisfies RelayedAnswer, warnIfUnsent(sender));
  };
  const warnIfUnsent = (worker: Worker) => (error: Error | null) => {
    if (error) logger.warn({ err: error, worker: worker.id }, `a relay message did not reach worker ${worker.id}`);
  };
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
    worker.on('message', (message: unknown) => passOn(worker, message));
  };

  const stop = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping');
    for (const restart of restarts) clearTimeout(restart);
    const running = Object.values(cluster.workers ?? {}).filter((worker) => worker && !worker.isDead()) as Worker[];
    await Promise.all(
      running.map((worker) => {
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        // a signal, not worker.kill(): that cuts the IPC channel first, and a worker then exits at once, without closing
        worker.process.kill('SIGTERM');
        return exited;
      }),
    );
    logger.info('stopped');
    process.exit(exitCode);
  };

  cluster.on('listening', (worker, address) => {
    listened.add(worker.id);
    if (up || listened.size < config.workers) return;
    up = true;
    const url = `http://localhost:${address.port}/graphql`;
    logger.info({ url, database, workers: config.workers }, `CRM GraphQL API on ${url} (${config.workers} workers)`);
  });
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - startedAt.get(worker)!;
    startedAt.delete(worker);
    if (stopping) return;
    const how = signal ? `killed by ${signal}` : `exited with ${code}`;
    if (!up) {
      logger.error({ worker: worker.id, code, signal }, `worker ${worker.id} ${how} before the server was up`);
      void stop('start failed', 1);
      return;
    }
    const pause = backoff.next(lived);
    logger.error(
      { worker: worker.id, pid: worker.process.pid, code, signal, restartInMs: pause },
      `worker ${worker.id} ${how}; a new one starts in ${pause} ms`,
    );
    const restart = setTimeout(() => {
      restarts.delete(restart);
      fork();
    }, pause);
    restarts.add(restart);
  });
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  process.on('SIGINT', () => void stop('SIGINT', 0));

  for (let n = 0; n < config.workers; n += 1) fork();
}
