import { printType, type GraphQLObjectType } from 'graphql';
import { ApiToken } from '../../src/entities';
import { hashToken } from '../../src/schema/auth';
import { buildSchema } from '../../src/resolvers/build-schema';
import { createMemoryPubSub } from '../../src/live/pubsub';
import { fromGlobalId } from '../../src/schema/global-id';
import { waitForAsync } from '../support/live-client';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: Actor;
let steward: Actor;
let sales: Actor;

beforeAll(async () => {
  // time passing is played by writing a token's columns, which a server's token cache would not see (see token-cache.test.ts)
  app = await startTestApp({ tokenCacheMs: 0 });
  admin = await app.actor('ADMIN');
  steward = await app.actor('STEWARD');
  sales = await app.actor('SALES');
});
afterAll(() => app.close());

const CREATE = `mutation($userId: ID!, $name: String, $expiresIn: String) {
  createApiToken(userId: $userId, name: $name, expiresIn: $expiresIn) {
    token apiToken { id name createdAt expiresAt revokedAt lastUsedAt }
  }
}`;
const LIST = `query($userId: ID!, $first: Int) { apiTokens(userId: $userId, first: $first) { id name createdAt expiresAt revokedAt lastUsedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;
const ME = '{ me { id } }';

interface CreatedToken {
  token: string;
  apiToken: {
    id: string;
    name: string | null;
    expiresAt: string | null;
    revokedAt: string | null;
    lastUsedAt: string | null;
  };
}

async function createToken(variables: Record<string, unknown> = {}, userId = sales.id): Promise<CreatedToken> {
  return ok(await app.gql<{ createApiToken: CreatedToken }>(CREATE, { userId, ...variables }, admin.token))
    .createApiToken;
}

/** Sets a token's column straight in the database, as time passing would. */
async function setTokenColumn(globalId: string, column: 'expiresAt' | 'lastUsedAt', value: Date | null) {
  await app.dataSource.getRepository(ApiToken).update({ id: fromGlobalId(globalId).id }, { [column]: value });
}

const storedToken = (globalId: string) =>
  app.dataSource.getRepository(ApiToken).findOneByOrFail({ id: fromGlobalId(globalId).id });

describe('createApiToken, apiTokens and revokeApiToken for an ADMIN', () => {
  it('creates a second working token for a user, stored only as its hash', async () => {
    const created = await createToken({ name: 'Laptop' });
    expect(created.token).toMatch(/^crm_/);
    expect(created.token).not.toBe(sales.token);
    expect(ok(await app.gql(ME, {}, created.token)).me.id).toBe(sales.id);
    expect(ok(await app.gql(ME, {}, sales.token)).me.id).toBe(sales.id);
    const stored = await storedToken(created.apiToken.id);
    expect(stored.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);
  });

  it('sets the expiry the lifetime gives: 90d, 12h and 30m', async () => {
    for (const [lifetime, ms] of [
      ['90d', 90 * 86_400_000],
      ['12h', 12 * 3_600_000],
      ['30m', 30 * 60_000],
    ] as const) {
      const before = Date.now();
      const { apiToken } = await createToken({ expiresIn: lifetime });
      const expiresAt = new Date(apiToken.expiresAt!).getTime();
      expect(expiresAt).toBeGreaterThanOrEqual(before + ms);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + ms);
    }
    expect((await createToken()).apiToken.expiresAt).toBeNull();
  });

  it('lists the tokens of a user newest first with name, times, expiry and revocation, never the token or its hash', async () => {
    const user = await app.actor('SALES');
    const first = await createToken({ name: 'Phone', expiresIn: '30m' }, user.id);
    const second = await createToken({ name: 'CI' }, user.id);
    ok(await app.gql(REVOKE, { id: first.apiToken.id }, admin.token));
    const { apiTokens } = ok(await app.gql(LIST, { userId: user.id }, admin.token));
    expect(apiTokens.map((t: { name: string | null }) => t.name)).toEqual(['CI', 'Phone', null]);
    expect(apiTokens[0]).toMatchObject({ id: second.apiToken.id, expiresAt: null, revokedAt: null });
    expect(apiTokens[1]).toMatchObject({ id: first.apiToken.id, expiresAt: first.apiToken.expiresAt });
    expect(apiTokens[1].revokedAt).not.toBeNull();
    expect(apiTokens[2].lastUsedAt).not.toBeNull(); // the token the user was made with, used by app.actor
    const schema = await buildSchema(createMemoryPubSub());
    const fields = Object.keys((schema.getType('ApiToken') as GraphQLObjectType).getFields());
    expect(fields.sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'revokedAt']);
    expect(printType(schema.getType('ApiToken')!)).not.toMatch(/hash/i);
    const { apiTokens: one } = ok(await app.gql(LIST, { userId: user.id, first: 1 }, admin.token));
    expect(one).toHaveLength(1);
  });

  it('revokes a token: refused at once over HTTP with UNAUTHENTICATED saying so, the other tokens still work', async () => {
    const created = await createToken({ name: 'Leaked' });
    expect(ok(await app.gql(ME, {}, created.token)).me.id).toBe(sales.id);
    const { revokeApiToken } = ok(await app.gql(REVOKE, { id: created.apiToken.id }, admin.token));
    expect(revokeApiToken.id).toBe(created.apiToken.id);
    const refused = await app.gql(ME, {}, created.token);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].message).toMatch(/^This API token was revoked at .*crm token create/);
    expect(ok(await app.gql(ME, {}, sales.token)).me.id).toBe(sales.id);
    // once more: nothing changes
    const again = ok(await app.gql(REVOKE, { id: created.apiToken.id }, admin.token)).revokeApiToken;
    expect(again.revokedAt).toBe(revokeApiToken.revokedAt);
  });

  it('answers STEWARD and SALES users FORBIDDEN on all three', async () => {
    const created = await createToken();
    for (const actor of [steward, sales]) {
      expect(errorCode(await app.gql(CREATE, { userId: actor.id }, actor.token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(LIST, { userId: actor.id }, actor.token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(REVOKE, { id: created.apiToken.id }, actor.token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await app.gql(LIST, { userId: sales.id }))).toBe('UNAUTHENTICATED');
    expect(ok(await app.gql(ME, {}, created.token)).me.id).toBe(sales.id);
  });

  it.each([
    ['a lifetime that is not one', { expiresIn: 'soon' }, 'expiresIn', /such as 90d, 12h or 30m.*got 'soon'/],
    ['no lifetime at all', { expiresIn: '0d' }, 'expiresIn', /more than none/],
    ['a unit it does not know', { expiresIn: '3w' }, 'expiresIn', /got '3w'/],
    ['a lifetime over ten years', { expiresIn: '3651d' }, 'expiresIn', /at most 3650d/],
    ['a name over 100 characters', { name: 'x'.repeat(101) }, 'name', /at most 100 characters, got 101/],
  ])('refuses %s with BAD_USER_INPUT', async (_what, variables, field, message) => {
    const response = await app.gql(CREATE, { userId: sales.id, ...variables }, admin.token);
    expect(response.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { field } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('refuses a page size out of range, the id of another type, and answers NOT_FOUND for ids of no record', async () => {
    for (const first of [0, 101]) {
      const response = await app.gql(LIST, { userId: sales.id, first }, admin.token);
      expect(response.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    }
    const wrongType = await app.gql(REVOKE, { id: sales.id }, admin.token);
    expect(wrongType.errors![0].message).toBe('id must be the id of a ApiToken, got the id of a User');
    const noToken = Buffer.from('ApiToken:999999').toString('base64url');
    expect(errorCode(await app.gql(REVOKE, { id: noToken }, admin.token))).toBe('NOT_FOUND');
    const noUser = Buffer.from('User:999999').toString('base64url');
    expect(errorCode(await app.gql(CREATE, { userId: noUser }, admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(LIST, { userId: noUser }, admin.token))).toBe('NOT_FOUND');
  });
});

describe('expiry', () => {
  it('refuses an expired token over HTTP with UNAUTHENTICATED saying when it expired', async () => {
    const created = await createToken({ expiresIn: '30m' });
    expect(ok(await app.gql(ME, {}, created.token)).me.id).toBe(sales.id);
    const expiredAt = new Date(Date.now() - 1000);
    await setTokenColumn(created.apiToken.id, 'expiresAt', expiredAt);
    const refused = await app.gql(ME, {}, created.token);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].message).toContain(`This API token expired at ${expiredAt.toISOString()}`);
  });

  it('refuses an expired token on POST /api/import with 401 saying why', async () => {
    const created = await createToken({ expiresIn: '30m' }, steward.id);
    await setTokenColumn(created.apiToken.id, 'expiresAt', new Date(Date.now() - 1000));
    const response = await fetch(`${app.baseUrl}/api/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${created.token}` },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: 'UNAUTHENTICATED',
      message: expect.stringMatching(/^This API token expired at/),
    });
  });
});

describe('lastUsedAt', () => {
  it('is recorded on first use, not again within a minute, and again when it is a minute old', async () => {
    const { apiToken, token } = await createToken({ name: 'Usage' });
    expect(apiToken.lastUsedAt).toBeNull();
    expect((await storedToken(apiToken.id)).lastUsedAt).toBeNull();

    ok(await app.gql(ME, {}, token));
    await waitForAsync(async () => (await storedToken(apiToken.id)).lastUsedAt !== null, 'lastUsedAt');

    const recent = new Date(Date.now() - 30_000);
    await setTokenColumn(apiToken.id, 'lastUsedAt', recent);
    for (let i = 0; i < 5; i += 1) ok(await app.gql(ME, {}, token));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await storedToken(apiToken.id)).lastUsedAt!.getTime()).toBe(recent.getTime());

    const old = new Date(Date.now() - 61_000);
    await setTokenColumn(apiToken.id, 'lastUsedAt', old);
    const before = Date.now();
    ok(await app.gql(ME, {}, token));
    await waitForAsync(async () => (await storedToken(apiToken.id)).lastUsedAt!.getTime() >= before, 'lastUsedAt');
  });
});
