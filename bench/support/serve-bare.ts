/**
 * The same HTTP stack as src/server.ts with nothing behind it (no database, no
 * auth, no logging, no app resolvers): the ceiling the API is measured against.
 * A benchmark child: `node dist/bench/support/serve-bare.js`.
 *
 * Its schema is `type Query { ok: Boolean }`, for `{ __typename }`; with
 * BENCH_PAGE_FILE (a JSON file holding the `data` of one of the API's answers)
 * it instead serves the API's schema answering that from memory (see
 * memory-twin.ts), which prices the shape of the answer alone.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { apiSchemaSdl, memoryTwinSchema } from './memory-twin';
import { serveForBenchmark } from './serve-protocol';

function schemaToServe(): GraphQLSchema {
  const pageFile = process.env.BENCH_PAGE_FILE;
  if (!pageFile) return buildSchema('type Query { ok: Boolean }');
  return memoryTwinSchema(apiSchemaSdl(), JSON.parse(fs.readFileSync(pageFile, 'utf8')) as Record<string, unknown>);
}

serveForBenchmark(async () => {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema: schemaToServe(),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return { url: `http://localhost:${port}/graphql`, close: () => apollo.stop() };
});
