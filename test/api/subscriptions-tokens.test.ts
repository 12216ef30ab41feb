import type { Client } from 'graphql-ws';
import { ApiToken } from '../../src/entities';
import { fromGlobalId } from '../../src/schema/global-id';
import { bearer, liveClient, LiveSubscription, subscribe, waitFor } from '../support/live-client';
import { ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

const CREATED = `subscription { leadCreated { node { lastName } } }`;
const RECHECK_MS = 200;
const MAX_SUBSCRIPTIONS = 3;
const MAX_CONNECTIONS = 2;

let app: TestApp;
let admin: Actor;
let clients: Client[] = [];

beforeAll(async () => {
  app = await startTestApp({
    tokenRecheckMs: RECHECK_MS,
    maxSubscriptionsPerConnection: MAX_SUBSCRIPTIONS,
    maxConnectionsPerToken: MAX_CONNECTIONS,
  });
  admin = await app.actor('ADMIN');
});
afterEach(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  clients = [];
  await waitFor(() => app.server.liveSubscriptions() === 0, 'the server to let go of the closed subscriptions');
});
afterAll(() => app.close());

function client(token: string, on: Pick<TestApp, 'url'> = app): Client {
  const created = liveClient(on, bearer(token));
  clients.push(created);
  return created;
}

interface Token {
  token: string;
  id: string;
}

async function newToken(user: Actor, expiresIn?: string): Promise<Token> {
  const { createApiToken } = ok(
    await app.gql(
      `mutation($u: ID!, $e: String) { createApiToken(userId: $u, expiresIn: $e) { token apiToken { id } } }`,
      { u: user.id, e: expiresIn },
      admin.token,
    ),
  );
  return { token: createApiToken.token, id: createApiToken.apiToken.id };
}

const revoke = async (token: Token, on = app) =>
  ok(await on.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id }, admin.token));

const expireAt = (token: Token, at: Date) =>
  app.dataSource.getRepository(ApiToken).update({ id: fromGlobalId(token.id).id }, { expiresAt: at });

let leadCount = 0;
/** Without Redis an instance hears only of its own leads. */
async function createLead(lastName: string, on = app): Promise<void> {
  leadCount += 1;
  ok(
    await on.gql(
      `mutation($i: LeadInput!) { createLead(input: $i) { id } }`,
      { i: { lastName, email: `token-live${leadCount}@x.dk` } },
      admin.token,
    ),
  );
}

/** Runs test against a second server instance on the same database, re-checking its sockets' tokens every recheckMs. */
async function onSecondInstance(recheckMs: number, test: (second: TestApp) => Promise<void>): Promise<void> {
  const second = await startTestApp({ databaseUrl: app.databaseUrl, tokenRecheckMs: recheckMs });
  try {
    await test(second);
  } finally {
    await second.close();
  }
}

const closedWith = (code: number, reason: RegExp) => ({ code, reason: expect.stringMatching(reason) });

describe('the token of a websocket', () => {
  it('refuses an expired token at connect with 4403, saying when it expired', async () => {
    const token = await newToken(admin, '30m');
    await expireAt(token, new Date(Date.now() - 1000));
    const live = new LiveSubscription(client(token.token), CREATED);
    expect(await live.ended).toEqual(
      expect.objectContaining(closedWith(4403, /^This API token expired at .*; send a valid one in connectionParams$/)),
    );
  });

  it('ends the open subscriptions of a revoked token within the re-check interval, with 4403 and the reason', async () => {
    const token = await newToken(admin);
    const other = await newToken(admin);
    const revoked = await subscribe(app, client(token.token), CREATED);
    const kept = await subscribe(app, client(other.token), CREATED);
    await revoke(token);
    const revokedAt = Date.now();
    expect(await revoked.ended).toEqual(expect.objectContaining(closedWith(4403, /^This API token was revoked at/)));
    expect(Date.now() - revokedAt).toBeLessThan(RECHECK_MS + 1000);
    await createLead('Still heard');
    expect((await kept.take(1))[0].data).toEqual({ leadCreated: { node: { lastName: 'Still heard' } } });
  });

  it('ends the subscriptions on another server instance sharing the database', () =>
    onSecondInstance(RECHECK_MS, async (second) => {
      const token = await newToken(admin);
      const live = await subscribe(second, client(token.token, second), CREATED);
      await revoke(token, app);
      expect(await live.ended).toEqual(expect.objectContaining(closedWith(4403, /revoked/)));
    }));

  it('checks the token again on every subscribe: one that expired while connected is refused and its socket closed', () =>
    // a re-check interval far away: only the subscribe can notice
    onSecondInstance(600_000, async (slow) => {
      const token = await newToken(admin, '30m');
      const socket = client(token.token, slow);
      const open = await subscribe(slow, socket, CREATED);
      await expireAt(token, new Date(Date.now() - 1000));
      const refused = new LiveSubscription(socket, CREATED);
      expect(await refused.ended).toEqual(expect.objectContaining(closedWith(4403, /^This API token expired at/)));
      expect(await open.ended).toEqual(expect.objectContaining({ code: 4403 }));
    }));

  it('ends a subscription at the first event after its token expires, without waiting for the re-check', () =>
    onSecondInstance(600_000, async (slow) => {
      const token = await newToken(admin, '30m');
      const expiresAt = Date.now() + 3000;
      await expireAt(token, new Date(expiresAt));
      const live = await subscribe(slow, client(token.token, slow), CREATED);
      expect(live.done).toBe(false); // subscribed before the expiry
      await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now() + 100));
      await createLead('After the expiry', slow);
      expect(await live.ended).toEqual(expect.objectContaining(closedWith(4403, /^This API token expired at/)));
      expect(live.results).toEqual([]);
    }));
});

describe('caps', () => {
  it(`answers a subscribe over ${MAX_SUBSCRIPTIONS} on one connection with TOO_MANY_SUBSCRIPTIONS, and takes one again when another ends`, async () => {
    const socket = client(admin.token);
    const open = [await subscribe(app, socket, CREATED), await subscribe(app, socket, CREATED)];
    const unsubscribeThird = socket.subscribe(
      { query: CREATED },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
    await waitFor(() => app.server.liveSubscriptions() === MAX_SUBSCRIPTIONS, 'the third subscription');
    const refused = new LiveSubscription(socket, CREATED);
    const errors = (await refused.ended) as { message: string; extensions: Record<string, unknown> }[];
    expect(errors[0]).toMatchObject({
      message: expect.stringMatching(/has 3 operations running, the most one may; complete one first/),
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: MAX_SUBSCRIPTIONS },
    });
    unsubscribeThird();
    await waitFor(() => app.server.liveSubscriptions() === MAX_SUBSCRIPTIONS - 1, 'the third to end');
    open.push(await subscribe(app, socket, CREATED));
    await createLead('Three hear it');
    for (const live of open) {
      expect(live.done).toBe(false);
      expect((await live.take(1))[0].data).toEqual({ leadCreated: { node: { lastName: 'Three hear it' } } });
    }
  });

  it(`closes a connection over ${MAX_CONNECTIONS} for one token with 1008 and the reason, and lets other tokens connect`, async () => {
    const token = await newToken(admin);
    const first = await subscribe(app, client(token.token), CREATED);
    await subscribe(app, client(token.token), CREATED);
    const third = new LiveSubscription(client(token.token), CREATED);
    expect(await third.ended).toEqual(
      expect.objectContaining(closedWith(1008, /^This API token has 2 connections open already, the most it may/)),
    );
    const other = await newToken(admin);
    await subscribe(app, client(other.token), CREATED);
    expect(first.done).toBe(false);
  });

  it('lets a token connect again once one of its connections closed', async () => {
    const token = await newToken(admin);
    const sockets = [client(token.token), client(token.token)];
    for (const socket of sockets) await subscribe(app, socket, CREATED);
    await sockets[0].dispose();
    await waitFor(() => app.server.liveSubscriptions() === 1, 'the server to see the first socket gone');
    const again = await subscribe(app, client(token.token), CREATED);
    await createLead('Heard again');
    expect((await again.take(1))[0].data).toEqual({ leadCreated: { node: { lastName: 'Heard again' } } });
  });
});
