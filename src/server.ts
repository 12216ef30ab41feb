import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Logger } from './logger';
import { authenticate } from './schema/auth';
import { createContext, type Context } from './schema/context';
import { assertComplexity, depthRule } from './schema/limits';

export interface RunningServer {
  url: string;
  port: number;
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

/** One HTTP port: GraphQL at /graphql, health at /healthz. */
export async function startServer(config: Config, dataSource: DataSource, schema: GraphQLSchema, logger: Logger): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    validationRules: [depthRule(config.maxQueryDepth)],
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), complexityPlugin(schema, config.maxQueryComplexity)],
    logger,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      // one line per request; never the headers, which carry bearer tokens
      serializers: { req: (req) => ({ method: req.method, url: req.url }), res: (res) => ({ statusCode: res.statusCode }) },
      customSuccessObject: (req, _res, entry) => ({ ...entry, operationName: (req as express.Request).body?.operationName ?? undefined }),
      customSuccessMessage: (req, res, ms) => `${req.method} ${(req as express.Request).originalUrl} ${res.statusCode} ${Math.round(ms)}ms`,
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
  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(dataSource, await authenticate(dataSource, req.headers.authorization)),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    close: () => apollo.stop(),
  };
}
