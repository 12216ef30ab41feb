import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { startInstancesOnRedis } from '../support/redis';
import { bearer, liveClient, LiveSubscription, subscribe } from '../support/live-client';
import { ok, type Actor, type TestApp } from '../support/test-app';

describe('several server instances on one Redis', () => {
  let redis: { redisUrl: string; redisChannelPrefix: string };
  let first: TestApp;
  let second: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    ({ first, second, redis } = await startInstancesOnRedis());
    admin = await first.actor('ADMIN');
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('pushes a lead created on one instance to a subscriber of the other', async () => {
    const client = liveClient(second, bearer(admin.token));
    try {
      const live = await subscribe(second, client, `subscription { leadCreated { node { id lastName } } }`);
      const { createLead } = ok(
        await first.gql(
          `mutation { createLead(input: { lastName: "Across", email: "across@x.dk" }) { id } }`,
          {},
          admin.token,
        ),
      );
      const [result] = await live.take(1);
      expect(result.data!.leadCreated.node).toEqual({ id: createLead.id, lastName: 'Across' });
    } finally {
      await client.dispose();
    }
  });

  it('a `crm serve` process on Redis stops cleanly on SIGTERM while a subscriber is connected', async () => {
    // NODE_ENV unset, as in production: Apollo would otherwise install a SIGTERM handler of its own
    const { NODE_ENV: _unset, ...env } = process.env;
    const child = spawn(process.execPath, [path.resolve(__dirname, '../../dist/src/cli.js'), 'serve'], {
      env: {
        ...env,
        DATABASE_URL: first.databaseUrl,
        PORT: '0',
        REDIS_URL: redis.redisUrl,
        REDIS_CHANNEL_PREFIX: redis.redisChannelPrefix,
      },
    });
    const logs: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: child.stdout }).on('line', (line) => {
        logs.push(line);
        const listening = (JSON.parse(line) as { url?: string }).url;
        if (listening) resolve(listening);
      });
      void exited.then((code) => reject(new Error(`crm serve exited with ${code}`)));
    });
    try {
      const client = liveClient({ url }, bearer(admin.token));
      const connected = new Promise((resolve) => client.on('connected', resolve));
      const live = new LiveSubscription(client, `subscription { leadCreated { cursor } }`);
      await connected;

      child.kill('SIGTERM');
      const tooLong = new Promise((resolve) =>
        setTimeout(() => resolve('still running 10 s after SIGTERM'), 10_000).unref(),
      );
      expect(await Promise.race([exited, tooLong])).toBe(0);
      expect(await live.ended).toMatchObject({ code: 1001 });
      expect(logs.map((line) => JSON.parse(line).msg)).toContain('stopped');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
