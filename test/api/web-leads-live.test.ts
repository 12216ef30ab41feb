import crypto from 'node:crypto';
import { transaction } from '../../src/db/transaction';
import { createSite } from '../../src/leads/web/site.service';
import { bearer, liveClient, subscribe } from '../support/live-client';
import { startTestApp, type Actor, type TestApp } from '../support/test-app';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

describe('web leads on several server instances', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    const redis = { redisUrl: REDIS_URL, redisChannelPrefix: `crm-test-${crypto.randomUUID()}:` };
    first = await startTestApp(redis);
    second = await startTestApp({ ...redis, databaseUrl: first.databaseUrl });
    admin = await first.actor('ADMIN');
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('pushes a lead a web form posts to one instance at once to a dashboard subscribed on the other', async () => {
    const { key } = await transaction(first.dataSource, (m) => createSite(m, { name: 'Live site', origins: ['https://live.example'], divisionName: 'Web' }));
    const client = liveClient(second, bearer(admin.token));
    try {
      const live = await subscribe(second, client, `subscription { leadCreated { node { id lastName source } } }`);
      const response = await fetch(`${first.baseUrl}/api/web-leads`, { method: 'POST', body: new URLSearchParams({ siteKey: key, lastName: 'Live', email: 'live@web.dk' }) });
      const { id } = (await response.json()) as { id: string };
      const [result] = await live.take(1);
      expect(result.data!.leadCreated.node).toEqual({ id, lastName: 'Live', source: 'WEB' });
    } finally {
      await client.dispose();
    }
  });
});
