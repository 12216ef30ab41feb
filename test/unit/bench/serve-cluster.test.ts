import path from 'node:path';
import { startServerChild, type ServerChild } from '../../../bench/support/http-load';
import { processTreeUsage } from '../../../bench/support/proc';

// a bench server built by `npm run build` (pretest), here the bare Apollo one
const SERVE_BARE = path.resolve(__dirname, '../../../dist/bench/support/serve-bare.js');

async function typenames(server: ServerChild, count: number): Promise<unknown[]> {
  return Promise.all(
    Array.from({ length: count }, () =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }).then((response) => response.json()),
    ),
  );
}

describe('a bench server child in node:cluster workers (serve-cluster.ts)', () => {
  it('runs in BENCH_SERVER_WORKERS workers behind one URL, its usage summed over them, and leaves none behind', async () => {
    const before = processTreeUsage(process.pid).processes;
    const server = await startServerChild(SERVE_BARE, { ...process.env, BENCH_SERVER_WORKERS: '2' });
    try {
      expect(await typenames(server, 6)).toEqual(Array(6).fill({ data: { __typename: 'Query' } }));
      const stats = await server.stats();
      expect(stats.processes).toBe(3);
      expect(stats.heapUsed).toBeUndefined();
      expect(stats.maxRss).toBeGreaterThanOrEqual(stats.rss);
    } finally {
      await server.stop();
    }
    expect(processTreeUsage(process.pid).processes).toBe(before);
  });

  it('runs in the child itself without BENCH_SERVER_WORKERS, as before', async () => {
    const { BENCH_SERVER_WORKERS: _unset, ...env } = process.env;
    const server = await startServerChild(SERVE_BARE, env);
    try {
      expect(await typenames(server, 1)).toEqual([{ data: { __typename: 'Query' } }]);
      const stats = await server.stats();
      expect(stats.processes).toBe(1);
      expect(stats.heapUsed).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});
