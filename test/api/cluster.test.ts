import { spawnSync } from 'node:child_process';
import net from 'node:net';
import type { Client } from 'graphql-ws';
import { crm } from '../support/crm-command';
import { freshDatabaseUrl } from '../support/database';
import { bearer, liveClient, LiveSubscription, waitFor } from '../support/live-client';
import {
  childPids,
  gqlOnNewConnection,
  isRunning,
  MAIN,
  postOnNewConnection,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process';

const ME = '{ me { email } }';
const CREATE_LEAD = `mutation($name: String!) { createLead(input: { lastName: $name, email: "lead@x.dk" }) { id } }`;
/** new connections in a row: node:cluster hands them to its workers in turn, so each worker gets several */
const CONNECTIONS = 8;

const WEB_LEADS_PER_MINUTE = 4;

const sequence = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Answers to the same request sent over `CONNECTIONS` new connections, one after another. */
async function onEveryConnection(url: string, query: string, token: string) {
  const answers = [];
  for (const _ of sequence(CONNECTIONS)) answers.push(await gqlOnNewConnection(url, query, {}, token));
  return answers;
}

describe('the server as WORKERS=2 processes (node:cluster) without Redis', () => {
  let databaseUrl: string;
  let admin: string;
  let server: ServerProcess;

  /** the answers to an unknown token on a database nothing but the server has opened */
  let beforeAnyUser: Awaited<ReturnType<typeof onEveryConnection>>;

  beforeAll(async () => {
    databaseUrl = await freshDatabaseUrl();
    // a token cache longer than any test: a worker that missed a revocation would go on taking the token
    server = await startServerProcess(databaseUrl, {
      WORKERS: '2',
      TOKEN_CACHE_SECONDS: '600',
      WEB_LEADS_PER_ADDRESS_PER_MINUTE: String(WEB_LEADS_PER_MINUTE),
    });
    // the workers only connect: without the primary's migrations the token look-up finds no table
    beforeAnyUser = await onEveryConnection(server.url, ME, 'crm_unknown');
    const created = crm(databaseUrl, 'user', 'create', '--email', 'ada@x.dk', '--name', 'Ada', '--role', 'ADMIN');
    admin = created.lines[created.lines.length - 1];
  });
  afterAll(() => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('runs as the primary and 2 workers on one port, on a database the primary brought up to date', async () => {
    expect(childPids(server.child.pid!)).toHaveLength(2);
    expect(server.logs.find((entry) => entry.url)).toMatchObject({ workers: 2 });
    expect(beforeAnyUser.map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(
      sequence(CONNECTIONS).map(() => 'UNAUTHENTICATED'),
    );
    const answers = await onEveryConnection(server.url, ME, admin);
    expect(answers.map((answer) => answer.data?.me.email)).toEqual(sequence(CONNECTIONS).map(() => 'ada@x.dk'));
  });

  it('pushes every lead created through any worker to every subscriber of every worker', async () => {
    const clients: Client[] = sequence(CONNECTIONS).map(() => liveClient(server, bearer(admin)));
    try {
      const subscriptions = clients.map(
        (client) => new LiveSubscription(client, 'subscription { leadCreated { node { lastName } } }'),
      );
      const received = (subscription: LiveSubscription, name: string) =>
        subscription.results.some((result) => result.data?.leadCreated.node.lastName === name);
      // a lead now and then until each subscriber has had one: then every subscription is in effect
      for (let probe = 0; !subscriptions.every((s) => s.results.length > 0) && probe < 50; probe += 1) {
        await gqlOnNewConnection(server.url, CREATE_LEAD, { name: `Probe ${probe}` }, admin);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const names = sequence(CONNECTIONS).map((i) => `Worker lead ${i}`);
      for (const name of names)
        expect((await gqlOnNewConnection(server.url, CREATE_LEAD, { name }, admin)).errors).toBeUndefined();
      await waitFor(
        () => subscriptions.every((subscription) => names.every((name) => received(subscription, name))),
        'every subscriber to receive every lead',
      );
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  it('refuses a token revoked through one worker on every request after, whichever worker answers it', async () => {
    const { me } = (await gqlOnNewConnection<{ me: { id: string } }>(server.url, '{ me { id } }', {}, admin)).data!;
    const created = await gqlOnNewConnection<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      server.url,
      'mutation($userId: ID!) { createApiToken(userId: $userId) { token apiToken { id } } }',
      { userId: me.id },
      admin,
    );
    const { token, apiToken } = created.data!.createApiToken;
    // every worker has it in its cache
    for (const answer of await onEveryConnection(server.url, ME, token)) expect(answer.errors).toBeUndefined();

    const revoked = await gqlOnNewConnection(
      server.url,
      'mutation($id: ID!) { revokeApiToken(id: $id) { id } }',
      { id: apiToken.id },
      admin,
    );
    expect(revoked.errors).toBeUndefined();
    for (const answer of await onEveryConnection(server.url, ME, token)) {
      expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(answer.errors?.[0].message).toMatch(/^This API token was revoked at/);
    }
  });

  it("counts the web form's rate limit for all workers together", async () => {
    const site = crm(databaseUrl, 'site', 'create', '--name', 'Web', '--origin', 'https://web.example');
    const headers = { 'x-site-key': site.lines[site.lines.length - 1] };
    const webLeadsUrl = server.url.replace(/\/graphql$/, '/api/web-leads');
    const post = (n: number) => postOnNewConnection(webLeadsUrl, { lastName: `Web ${n}`, email: 'web@x.dk' }, headers);
    for (const n of sequence(WEB_LEADS_PER_MINUTE)) expect((await post(n)).status).toBe(202);
    const refused = await post(WEB_LEADS_PER_MINUTE);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: 'RATE_LIMITED' });
  });

  it('replaces a worker that dies, and answers meanwhile and after', async () => {
    const [killed, other] = childPids(server.child.pid!);
    process.kill(killed, 'SIGKILL');
    await waitFor(() => !childPids(server.child.pid!).includes(killed), 'the killed worker to be gone');
    for (const answer of await onEveryConnection(server.url, ME, admin)) expect(answer.errors).toBeUndefined();

    await waitFor(() => childPids(server.child.pid!).length === 2, 'a new worker', 10_000);
    const replacement = childPids(server.child.pid!).find((pid) => pid !== other)!;
    expect(replacement).not.toBe(killed);
    const died = server.logs.find((entry) => entry.signal === 'SIGKILL');
    expect(died?.msg).toMatch(/^worker \d+ killed by SIGKILL; a new one starts in \d+ ms$/);
    const listening = () => server.logs.filter((entry) => /^worker \d+ listening$/.test(String(entry.msg))).length;
    await waitFor(() => listening() === 3, 'the new worker to listen', 10_000);
    for (const answer of await onEveryConnection(server.url, ME, admin)) expect(answer.errors).toBeUndefined();
  });

  it('stops its workers and itself on SIGTERM', async () => {
    const workers = childPids(server.child.pid!);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(workers.filter(isRunning)).toEqual([]);
    const stopped = server.logs.filter((entry) => entry.msg === 'stopped');
    expect(stopped.filter((entry) => entry.worker !== undefined)).toHaveLength(workers.length);
    expect(stopped.at(-1)!.worker).toBeUndefined();
  });
});

describe('starting several workers', () => {
  it('refuses a WORKERS that is not a count from 1 to 64 or auto, saying so', () => {
    const started = spawnSync(process.execPath, [MAIN], { env: { ...process.env, WORKERS: 'many' }, encoding: 'utf8' });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain("WORKERS must be a whole number from 1 to 64, or auto (one per core), got 'many'");
  });

  it('fails the start when the workers cannot listen, instead of replacing them again and again', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    try {
      const port = (taken.address() as net.AddressInfo).port;
      const starting = startServerProcess(await freshDatabaseUrl(), { WORKERS: '2', PORT: String(port) });
      await expect(starting).rejects.toThrow(/the server exited with 1/);
    } finally {
      taken.close();
    }
  });
});
