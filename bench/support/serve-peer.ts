/**
 * PostGraphile 4 over the PostgreSQL database BENCH_PEER_URL names, served by
 * its own HTTP handler with the options its documentation recommends for
 * production, as a benchmark child: `node dist/bench/support/serve-peer.js`
 * (in N workers with BENCH_SERVER_WORKERS=N, see serve-cluster.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { peerDatabaseUrl, peerRequire } from './peer';
import { serveClustered } from './serve-cluster';

type Handler = http.RequestListener & { release(): Promise<void> };

serveClustered(async () => {
  const { Pool } = peerRequire<{ Pool: new (config: object) => { end(): Promise<void> } }>('pg');
  const { postgraphile } = peerRequire<{ postgraphile(pool: unknown, schema: string, options: object): Handler }>(
    'postgraphile',
  );
  const pool = new Pool({ connectionString: peerDatabaseUrl(), max: 10 });
  const handler = postgraphile(pool, 'public', {
    retryOnInitFail: false,
    disableQueryLog: true,
    legacyRelations: 'omit',
    setofFunctionsContainNulls: false,
    ignoreRBAC: false,
    extendedErrors: ['errcode'],
    graphiql: false,
  });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/graphql`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await handler.release();
      await pool.end();
    },
  };
});
