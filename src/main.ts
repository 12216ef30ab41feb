import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { createLogger } from './logger';
import { buildSchema } from './resolvers/build-schema';
import { openPubSub } from './live/pubsub';
import { startServer } from './server';

/** Start-up only: config, database, pub/sub, server; stops cleanly on SIGTERM and SIGINT. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const dataSource = await openDatabase(config.databaseUrl);
  const pubSub = await openPubSub(config, logger);
  const server = await startServer(config, dataSource, await buildSchema(pubSub), logger, pubSub);
  logger.info({ url: server.url, database: dataSource.options.type }, `CRM GraphQL API on ${server.url}`);
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
