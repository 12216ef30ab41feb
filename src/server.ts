import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { importRoutes } from './leads/import/import.route';
import { adminRoutes } from './static/admin.route';
import { announceLeadsThrough } from './leads/lead-events';
import { LeadFeed } from './leads/lead-feed';
import { openRateLimitCounts } from './leads/web/rate-limit-counts';
import { webLeadRoutes } from './leads/web/web-leads.route';
import type { Logger } from './logger';
import { authenticate } from './schema/auth';
import { createContext, type Context } from './schema/context';
import { assertComplexity, depthRule } from './schema/limits';
import type { LeadPubSub } from './schema/pubsub';
import { serveSubscriptions } from './schema/subscription-server';

export interface RunningServer {
  url: string;
  port: number;
  /** how many subscriptions listen on this instance now */
  liveSubscriptions(): number;
  close(): Promise<void>;
}

function complexityPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          assertComplexity(schema, document, request.variables, request.operationName ?? undefined, maxComplexity);
        },
      };
    },
  };
}

/**
 * One HTTP port: GraphQL at /graphql (graphql-ws subscriptions on the same path), health at /healthz,
 * web leads at /api/web-leads, imports at /api/import, the admin at /admin. Lead events go out and come in through pubSub,
 * which close() closes too; with REDIS_URL the web form's rate limits count in Redis.
 */
export async function startServer(
  config: Config,
  dataSource: DataSource,
  schema: GraphQLSchema,
  logger: Logger,
  pubSub: LeadPubSub,
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  announceLeadsThrough(dataSource, pubSub);
  const leadFeed = await LeadFeed.open(pubSub, dataSource, logger);
  const rateLimitCounts = await openRateLimitCounts(config, logger);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    // main.ts stops the server on SIGTERM; Apollo's own handler would race it (a second stop() never resolves)
    stopOnTerminationSignals: false,
    validationRules: [depthRule(config.maxQueryDepth)],
    plugins: [
      // no HTTP caching hints are set anywhere; the default plugin wraps every field for nothing (≈18% CPU in bench/)
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      serveSubscriptions(httpServer, schema, config, dataSource, leadFeed),
      complexityPlugin(schema, config.maxQueryComplexity),
    ],
    logger,
  });
  await apollo.start();

  app.disable('x-powered-by');
  if (config.trustProxy > 0) app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger,
      // one line per request; never the headers, which carry bearer tokens
      serializers: {
        req: (req) => ({ method: req.method, url: req.url }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      customSuccessObject: (req, _res, entry) => ({
        ...entry,
        operationName: (req as express.Request).body?.operationName ?? undefined,
      }),
      customSuccessMessage: (req, res, ms) =>
        `${req.method} ${(req as express.Request).originalUrl} ${res.statusCode} ${Math.round(ms)}ms`,
    }),
  );
  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: `database: ${(error as Error).message}` });
    }
  });
  app.use(adminRoutes());
  app.use(webLeadRoutes(config, dataSource, rateLimitCounts));
  app.use(importRoutes(config, dataSource));
  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(dataSource, await authenticate(dataSource, req.headers.authorization), config),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    liveSubscriptions: () => leadFeed.size,
    async close() {
      await apollo.stop();
      announceLeadsThrough(dataSource, null);
      await leadFeed.close();
      await pubSub.close();
      await rateLimitCounts.close();
    },
  };
}
