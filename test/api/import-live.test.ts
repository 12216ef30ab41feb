import crypto from 'node:crypto';
import type { Client } from 'graphql-ws';
import { Lead } from '../../src/entities';
import { crmAsync, type CrmResult } from '../support/crm-command';
import { scratchDir, type ScratchDir } from '../support/scratch-dir';
import { assertRedisReachable, REDIS_URL } from '../support/redis';
import { bearer, liveClient, subscribe, waitFor, type LiveResult } from '../support/live-client';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

/** `crm import` in a process of its own tells the subscribers of a running server, through Redis, of the leads it creates. */

const CREATED = `subscription($after: String) { leadCreated(after: $after) { cursor node { id lastName source } } }`;
type Created = { leadCreated: { cursor: string; node: { id: string; lastName: string; source: string } } };
const names = (results: LiveResult<Created>[]) => results.map((result) => result.data!.leadCreated.node.lastName);
const named = (lastName: string) => (result: LiveResult<Created>) =>
  result.data?.leadCreated.node.lastName === lastName;
const NOT_TOLD =
  /^REDIS_URL is not set, so the leadCreated subscribers of running servers were not told of these (\d+) leads: a subscription gets them by subscribing again with after: /;

// channels of this run alone; the crm process is given the same prefix, as a deployment gives both the same environment
const redis = { redisUrl: REDIS_URL, redisChannelPrefix: `crm-test-${crypto.randomUUID()}:` };
let app: TestApp;
let admin: Actor;
let files: ScratchDir | undefined;
let clients: Client[] = [];

beforeAll(async () => {
  await assertRedisReachable();
  app = await startTestApp(redis);
  admin = await app.actor('ADMIN');
  files = scratchDir('import-live');
});
afterEach(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  clients = [];
  await waitFor(() => app.server.liveSubscriptions() === 0, 'the server to let go of the closed subscriptions');
});
afterAll(async () => {
  files?.remove();
  await app?.close();
});

function client(): Client {
  const created = liveClient(app, bearer(admin.token));
  clients.push(created);
  return created;
}

function leadSheet(name: string, rows: string[]): string {
  return files!.write(name, ['First name;Last name;E-mail', ...rows].join('\n') + '\n');
}

/** Runs `crm import FILE --entity leads …` on the test's database in a process of its own, without blocking this one (it serves the subscriptions). */
function crmImport(file: string, env: Record<string, string | undefined>, ...args: string[]): Promise<CrmResult> {
  const { REDIS_URL: _redisUrl, REDIS_CHANNEL_PREFIX: _prefix, ...inherited } = process.env;
  return crmAsync(app.databaseUrl, ['import', file, '--entity', 'leads', ...args], {
    ...inherited,
    DATABASE_URL: app.databaseUrl,
    ...env,
  });
}

const withRedis = { REDIS_URL: redis.redisUrl, REDIS_CHANNEL_PREFIX: redis.redisChannelPrefix };

describe('crm import and the live subscriptions', () => {
  it('with REDIS_URL, pushes the leads it creates to a leadCreated subscriber of a running server, and none of its rejected rows', async () => {
    const live = await subscribe<Created>(app, client(), CREATED);
    const file = leadSheet('redis.csv', [
      'Ida;Imported one;ida@imported.dk',
      'Nemo;;',
      'Bo;Imported two;bo@imported.dk',
    ]);
    const result = await crmImport(file, withRedis);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 rows of leads read, 2 created, 1 skipped.');
    expect(result.stdout).not.toMatch(/REDIS_URL/);
    const pushed = await live.take(2);
    expect(names(pushed)).toEqual(['Imported one', 'Imported two']);
    expect(pushed.map((r) => r.data!.leadCreated.node.source)).toEqual(['IMPORT', 'IMPORT']);
  });

  it('without REDIS_URL, tells nobody and says so after the report; the leads come by subscribing again with after:', async () => {
    const { leads } = ok(await app.gql(`{ leads(first: 1) { edges { cursor } } }`, {}, admin.token));
    const before: string = leads.edges[0].cursor;
    const live = await subscribe<Created>(app, client(), CREATED);
    const file = leadSheet('no-redis.csv', [
      'Alma;Unannounced one;alma@unannounced.dk',
      'Oluf;Unannounced two;oluf@unannounced.dk',
    ]);
    const result = await crmImport(file, {});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 rows of leads read, 2 created, 0 skipped.');
    expect(result.lines[result.lines.length - 1]).toMatch(NOT_TOLD);
    expect(result.lines[result.lines.length - 1].match(NOT_TOLD)![1]).toBe('2');

    // the live subscriber heard nothing of them: the next lead it gets is one created after the import
    ok(
      await app.gql(
        `mutation { createLead(input: { lastName: "After the import", email: "after@import.dk" }) { id } }`,
        {},
        admin.token,
      ),
    );
    expect(names(await live.takeUntil(named('After the import')))).toEqual(['After the import']);

    const again = await subscribe<Created>(app, client(), CREATED, { after: before });
    expect(names(await again.takeUntil(named('After the import')))).toEqual([
      'Unannounced one',
      'Unannounced two',
      'After the import',
    ]);
  });

  it('with a Redis it cannot reach, fails before it writes anything', async () => {
    const file = leadSheet('unreachable.csv', ['Uffe;Never imported;uffe@never.dk']);
    const result = await crmImport(file, { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/crm: Cannot reach Redis at 127\.0\.0\.1:1 \(REDIS_URL\)/);
    expect(await app.dataSource.getRepository(Lead).countBy({ lastName: 'Never imported' })).toBe(0);
  });

  it('a dry run needs no Redis and announces nothing', async () => {
    const file = leadSheet('dry.csv', ['Dorte;Dry run;dorte@dry.dk']);
    const result = await crmImport(file, { REDIS_URL: 'redis://127.0.0.1:1' }, '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Dry run: nothing was written.');
    expect(result.stdout).not.toMatch(/REDIS_URL/);
  });
});
