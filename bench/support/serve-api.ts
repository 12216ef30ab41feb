/** The real CRM server, started as src/main.ts starts it, as a benchmark child: `node dist/bench/support/serve-api.js`. */
import 'reflect-metadata';
import pino from 'pino';
import { queryCounter } from '../../ormconfig';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/open-database';
import { buildSchema } from '../../src/resolvers/build-schema';
import { openPubSub } from '../../src/live/pubsub';
import { startServer } from '../../src/server';
import { serveForBenchmark } from './serve-protocol';

serveForBenchmark(async () => {
  const config = { ...loadConfig(process.env), port: 0 };
  // the production logger (src/logger.ts: pino, base { service: 'crm' }) at LOG_LEVEL (info unless set), writing
  // synchronously as pino's stdout default does, but to BENCH_LOG_FILE (/dev/null unless set) to spare the terminal
  const logger = pino(
    { level: config.logLevel, base: { service: 'crm' } },
    pino.destination({ dest: process.env.BENCH_LOG_FILE || '/dev/null', sync: true }),
  );
  const dataSource = await openDatabase(config.databaseUrl);
  const pubSub = await openPubSub(config, logger);
  const server = await startServer(config, dataSource, await buildSchema(pubSub), logger, pubSub);
  return {
    url: server.url,
    counters: () => ({ queries: queryCounter(dataSource).count }),
    async close() {
      await server.close();
      await dataSource.destroy();
    },
  };
});
