import { transaction } from '../../src/db/transaction';
import { createSite } from '../../src/leads/web/site.service';
import { bearer, liveClient, subscribe } from '../support/live-client';
import { startInstancesOnRedis } from '../support/redis';
import type { Actor, TestApp } from '../support/test-app';

describe('web leads on several server instances', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    ({ first, second } = await startInstancesOnRedis());
    admin = await first.actor('ADMIN');
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('pushes a lead a web form posts to one instance at once to a dashboard subscribed on the other', async () => {
    const { key } = await transaction(first.dataSource, ({ manager: m }) =>
      createSite(m, { name: 'Live site', origins: ['https://live.example'], divisionName: 'Web' }),
    );
    const client = liveClient(second, bearer(admin.token));
    try {
      const live = await subscribe(second, client, `subscription { leadCreated { node { id lastName source } } }`);
      const response = await fetch(`${first.baseUrl}/api/web-leads`, {
        method: 'POST',
        body: new URLSearchParams({ siteKey: key, lastName: 'Live', email: 'live@web.dk' }),
      });
      const { id } = (await response.json()) as { id: string };
      const [result] = await live.take(1);
      expect(result.data!.leadCreated.node).toEqual({ id, lastName: 'Live', source: 'WEB' });
    } finally {
      await client.dispose();
    }
  });
});
