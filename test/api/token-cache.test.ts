/**
 * The servers' token cache: a token used once is not looked up again, a revocation through one instance is
 * refused at once by another sharing the database (through Redis with REDIS_URL, within this process otherwise),
 * and expiry is still checked on every use.
 */
import crypto from 'node:crypto';
import { queryCounter } from '../../ormconfig';
import { ApiToken } from '../../src/entities';
import { fromGlobalId } from '../../src/schema/global-id';
import { waitForAsync } from '../support/live-client';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let first: TestApp;
let second: TestApp;
let admin: Actor;
let sales: Actor;

beforeAll(async () => {
  const redisChannelPrefix = `crm-test-${crypto.randomUUID()}:`;
  first = await startTestApp({ redisChannelPrefix });
  second = await startTestApp({ databaseUrl: first.databaseUrl, redisChannelPrefix });
  admin = await first.actor('ADMIN');
  sales = await first.actor('SALES');
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

const ME = '{ me { id } }';

async function newToken(): Promise<{ token: string; id: string }> {
  const { createApiToken } = ok(
    await first.gql(
      'mutation($userId: ID!) { createApiToken(userId: $userId) { token apiToken { id } } }',
      { userId: sales.id },
      admin.token,
    ),
  );
  return { token: createApiToken.token, id: createApiToken.apiToken.id };
}

/** The statements an instance sends for a request. */
async function statementsOf(app: TestApp, request: () => Promise<unknown>): Promise<number> {
  const counter = queryCounter(app.dataSource);
  const before = counter.count;
  await request();
  return counter.count - before;
}

describe('the token cache', () => {
  it('looks a token up in the database on its first use on an instance only', async () => {
    const { token, id } = await newToken();
    ok(await first.gql(ME, {}, token));
    // the first use records lastUsedAt after answering; once it has, no instance writes it again for a minute, and
    // no late write of it lands among the statements counted below
    const tokens = first.dataSource.getRepository(ApiToken);
    await waitForAsync(
      async () => (await tokens.findOneByOrFail({ id: fromGlobalId(id).id })).lastUsedAt !== null,
      "the token's first use recorded",
    );
    const firstUse = await statementsOf(second, async () => ok(await second.gql(ME, {}, token)));
    const nextUse = await statementsOf(second, async () => ok(await second.gql(ME, {}, token)));
    expect(nextUse).toBe(firstUse - 1);
  });

  it('refuses a token revoked through another instance at once', async () => {
    const { token, id } = await newToken();
    for (const app of [first, second]) expect(ok(await app.gql(ME, {}, token)).me.id).toBe(sales.id);
    ok(await first.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id }, admin.token));
    for (const app of [second, first]) {
      const refused = await app.gql(ME, {}, token);
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      expect(refused.errors![0].message).toMatch(/^This API token was revoked at/);
    }
  });

  it('refuses a cached token once it has expired', async () => {
    const { token, id } = await newToken();
    const expiresAt = new Date(Date.now() + 1500);
    await first.dataSource.getRepository(ApiToken).update({ id: fromGlobalId(id).id }, { expiresAt });
    expect(ok(await second.gql(ME, {}, token)).me.id).toBe(sales.id);
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 50));
    const refused = await second.gql(ME, {}, token);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].message).toMatch(/^This API token expired at/);
  });
});
