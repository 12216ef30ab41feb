import fs from 'node:fs';
import path from 'node:path';
import { startFlags, startProductServer } from '../../../bench/support/product-server';
import { allProcesses, processTreeUsage } from '../../../bench/support/proc';
import { freshDatabaseUrl } from '../../support/database';

// dist/src/main.js, built by `npm run build` (pretest), as the bench starts it
const env = (databaseUrl: string) => ({ ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' });

describe('the product server as the bench starts it (product-server.ts)', () => {
  it('runs `node dist/src/main.js` with WORKERS on a free port, ready once it answers, counts its processes, stops it by SIGTERM', async () => {
    const before = processTreeUsage(process.pid).processes;
    const server = await startProductServer(env(await freshDatabaseUrl()), 2);
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      const stats = await server.stats();
      // the cluster's primary and its 2 workers
      expect(stats.processes).toBe(3);
      expect(stats.counters).toEqual({});
      expect(() => server.startProfile()).toThrow(/BENCH_WORKERS=1/);
      // every process of it with `npm start`'s Node flags (the workers inherit the primary's)
      const flags = startFlags(path.resolve(__dirname, '../../../dist/src/main.js'));
      expect(flags).toContain('--max-semi-space-size=64');
      const processes = allProcesses();
      const parentOf = new Map(processes.map(({ pid, ppid }) => [pid, ppid]));
      const descends = (pid: number): boolean =>
        pid > 1 && (parentOf.get(pid) === process.pid || descends(parentOf.get(pid)!));
      const commandLines = processes
        .filter(({ pid }) => descends(pid))
        .map(({ pid }) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'));
      expect(commandLines).toHaveLength(3);
      for (const words of commandLines) expect(words).toEqual(expect.arrayContaining(flags));
    } finally {
      await server.stop();
    }
    expect(processTreeUsage(process.pid).processes).toBe(before);
  });

  it('fails, saying so, when the server exits before it answers', async () => {
    await expect(startProductServer(env('nosuch://database'), 2)).rejects.toThrow(/main\.js exited \(1\)/);
  });
});
