import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { importRoutes } from './leads/import/import.route';
import { adminRoutes } from './static/admin.route';
import { announceLeadsThrough } from './live/lead-events';
import { LeadFeed } from './live/lead-feed';
import { openRateLimitCounts } from './leads/web/rate-limit-counts';
import { webLeadRoutes } from './leads/web/web-leads.route';
import type { Logger } from './logger';
import { accessLog } from './access-log';
import { compiledExecution } from './schema/compiled-execution';
import { createContext, type Context } from './schema/context';
import { budgetedDataSource, endReadsAtBudget, StatementBudget } from './db/statement-budget';
import { graphqlHttpErrors } from './schema/http-errors';
import { assertOperationLimits, depthRule, type OperationLimits } from './schema/limits';
import type { LeadPubSub } from './live/pubsub';
import { serveSubscriptions } from './live/subscription-server';
import { TokenAuthenticator } from './schema/token-authenticator';
import { TokenCache } from './schema/token-cache';
import { announceRevocationsThrough, openTokenRevocations } from './live/token-revocations';

export interface RunningServer {
  url: string;
  port: number;
  /** how many subscriptions listen on this instance now */
  liveSubscriptions(): number;
  close(): Promise<void>;
}

/** Refuses an operation over the limits before it runs; a read's database work ends at its budget. */
function limitsPlugin(schema: GraphQLSchema, limits: OperationLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          assertOperationLimits(schema, document, request.variables, request.operationName ?? undefined, limits);
          if (operation?.operation === 'query') endReadsAtBudget(contextValue.dataSource);
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
  httpServer.keepAliveTimeout = config.keepAliveTimeoutMs;
  httpServer.headersTimeout = config.keepAliveTimeoutMs + 1_000;
  announceLeadsThrough(dataSource, pubSub);
  const leadFeed = await LeadFeed.open(pubSub, dataSource, logger);
  const rateLimitCounts = await openRateLimitCounts(config, logger);
  const revocations = await openTokenRevocations(config, logger);
  announceRevocationsThrough(dataSource, revocations);
  const tokenCache = config.tokenCacheMs > 0 ? new TokenCache(dataSource, config.tokenCacheMs) : null;
  const stopHearingRevocations = tokenCache ? await revocations.listen(() => tokenCache.clear()) : () => undefined;
  const authenticator = new TokenAuthenticator(dataSource, logger, tokenCache);
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    // no "Did you mean …?" in validation errors: they would tell what introspection does not
    hideSchemaDetailsFromClientErrors: config.production,
    // main.ts stops the server on SIGTERM; Apollo's own handler would race it (a second stop() never resolves)
    stopOnTerminationSignals: false,
    // validating a document takes time in proportion to its tokens (2,400 aliases: about a second), so a document
    // over the limit is refused while it is parsed
    parseOptions: { maxTokens: config.maxQueryTokens },
    validationRules: [depthRule(config.maxQueryDepth)],
    plugins: [
      // no HTTP caching hints are set anywhere; the default plugin wraps every field for nothing (≈18% CPU in bench/)
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      serveSubscriptions(httpServer, schema, config, dataSource, leadFeed, authenticator, logger),
      limitsPlugin(schema, config),
    ],
    logger,
  });
  await apollo.start();

  app.disable('x-powered-by');
  // an ETag is a hash of the whole answer, for every answer; no client revalidates GraphQL answers by it
  app.disable('etag');
  if (config.trustProxy > 0) app.set('trust proxy', config.trustProxy);
  app.use(accessLog(logger));
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
  app.use(importRoutes(config, dataSource, authenticator));
  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        // the request's statements go through its own view of the data source, held to its database time
        const requestData = budgetedDataSource(dataSource, new StatementBudget(config.dbTimeoutMs));
        const authentication = await authenticator.authenticate(req.headers.authorization);
        if (authentication && 'refused' in authentication)
          return createContext(requestData, null, config, authentication.refused);
        return createContext(requestData, authentication?.user ?? null, config);
      },
    }),
    graphqlHttpErrors(config.bodyLimit),
  );

  // rejects when the port cannot be had (in use, say): the start fails instead of waiting for good
  await once(httpServer.listen(config.port), 'listening');
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
      stopHearingRevocations();
      announceRevocationsThrough(dataSource, null);
      await revocations.close();
    },
  };
}
