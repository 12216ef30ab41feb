/**
 * The same HTTP stack as src/server.ts with nothing behind it (no database, no
 * auth, no logging, no app resolvers): the ceiling the API is measured against.
 * A benchmark child: `node dist/bench/support/serve-bare.js`.
 *
 * Its schema is `type Query { ok: Boolean }`, for `{ __typename }`; with
 * BENCH_PAGE_FILE (a JSON file holding the `data` of an answer to the lead page
 * query) it instead answers that query from memory with graphql-js's default
 * resolvers, which prices the shape of the answer alone.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { serveForBenchmark } from './serve-protocol';

const PAGE_SDL = `
  enum LeadStatus { NEW IN_PROGRESS CONVERTED REJECTED MERGED }
  type User { name: String! }
  type Relation { name: String! }
  type Tag { name: String! }
  type Lead { id: ID! firstName: String lastName: String companyName: String email: String status: LeadStatus! owner: User relation: Relation tags: [Tag!]! }
  type LeadEdge { node: Lead! }
  type LeadConnection { edges: [LeadEdge!]! }
  type Query { leads(first: Int): LeadConnection! }
`;

function schemaToServe(): GraphQLSchema {
  const pageFile = process.env.BENCH_PAGE_FILE;
  if (!pageFile) return buildSchema('type Query { ok: Boolean }');
  const data = JSON.parse(fs.readFileSync(pageFile, 'utf8')) as { leads: unknown };
  const schema = buildSchema(PAGE_SDL);
  schema.getQueryType()!.getFields().leads.resolve = () => data.leads;
  return schema;
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
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return { url: `http://localhost:${port}/graphql`, close: () => apollo.stop() };
});
