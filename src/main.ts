import 'reflect-metadata';
import cluster from 'node:cluster';
import { runPrimary } from './cluster/primary';
import { loadConfig } from './config';
import { connectDatabase, openDatabase } from './db/open-database';
import { createLogger } from './logger';
import { buildSchema } from './resolvers/build-schema';
import { openPubSub } from './live/pubsub';
import { startServer } from './server';

/**
 * Start-up only: config, database, pub/sub, server; stops cleanly on SIGTERM and SIGINT. With WORKERS above 1 this
 * process is the primary of a cluster (cluster/primary.ts), which forks that many workers that each run this again.
 */
export async function serve(): Promise<void> {
  const config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config, createLogger(config.logLevel));
  const worker = cluster.worker;
  const logger = worker ? createLogger(config.logLevel).child({ worker: worker.id }) : createLogger(config.logLevel);
  // the primary brought the database up to date before forking
  const dataSource = await (worker ? connectDatabase : openDatabase)(config.databaseUrl);
  const pubSub = await openPubSub(config, logger);
  const server = await startServer(config, dataSource, await buildSchema(pubSub), logger, pubSub);
  if (worker) logger.info({ port: server.port }, `worker ${worker.id} listening`);
  else logger.info({ url: server.url, database: dataSource.options.type }, `CRM GraphQL API on ${server.url}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await server.close();
    await dataSource.destroy();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

if (require.main === module) {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
