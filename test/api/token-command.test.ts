import { ApiToken } from '../../src/entities';
import { hashToken } from '../../src/schema/auth';
import { crmAsync } from '../support/crm-command';
import { bearer, liveClient, subscribe, waitForAsync } from '../support/live-client';
import { errorCode, ok, startTestApp, type Actor, type TestApp } from '../support/test-app';

// every test runs `crm`, a process of its own: 1 to 12 s each on a loaded machine
jest.setTimeout(120_000);

let app: TestApp;
let user: Actor;

beforeAll(async () => {
  // the channels `crm` announces revocations on with REDIS_URL (test/support/crm-command.ts)
  app = await startTestApp({ tokenRecheckMs: 200, redisChannelPrefix: `crm-test-${process.pid}:` });
  user = await app.actor('SALES');
});
afterAll(() => app.close());

const ME = '{ me { id } }';
const email = () => user.user.email;
const crm = (...args: string[]) => crmAsync(app.databaseUrl, ['token', ...args]);

/** `crm token create`, whose last line is the token. */
async function createToken(...options: string[]): Promise<{ token: string; id: string; stdout: string }> {
  const { status, lines, stdout, stderr } = await crm('create', '--email', email(), ...options);
  expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  const id = /Created API token (\d+) for/.exec(stdout)![1];
  return { token: lines[lines.length - 1], id, stdout };
}

describe('crm token', () => {
  it('create prints a new working token alone on its last line, with the expiry and name given', async () => {
    const before = Date.now();
    const { token, stdout } = await createToken('--expires', '90d', '--name', 'Laptop');
    expect(token).toMatch(/^crm_[A-Za-z0-9_-]{43}$/);
    const expiry = /it expires (\d{4}-\d\d-\d\d \d\d:\d\d) UTC/.exec(stdout)![1];
    const expected = new Date(before + 90 * 86_400_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(Math.abs(Date.parse(`${expiry}Z`) - Date.parse(`${expected}Z`))).toBeLessThanOrEqual(60_000);
    expect(ok(await app.gql(ME, {}, token)).me.id).toBe(user.id);
    expect(ok(await app.gql(ME, {}, user.token)).me.id).toBe(user.id);
    expect((await createToken()).stdout).toMatch(/it never expires/);
  });

  it('list shows ID, name, created, last used, expiry and revocation, and never a token or its hash', async () => {
    const { id } = await createToken('--name', 'Unused', '--expires', '12h');
    // the token the user was made with is used (by app.actor); lastUsedAt is written after the answer
    const tokens = app.dataSource.getRepository(ApiToken);
    const used = await tokens.findOneByOrFail({ tokenHash: hashToken(user.token) });
    await waitForAsync(async () => (await tokens.findOneByOrFail({ id: used.id })).lastUsedAt !== null, 'lastUsedAt');

    const { status, stdout } = await crm('list', '--email', email());
    expect(status).toBe(0);
    const rows = stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(/\s{2,}/));
    const minute = expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(rows[0]).toEqual(['ID', 'NAME', 'CREATED (UTC)', 'LAST USED', 'EXPIRES', 'REVOKED']);
    expect(rows.find((row) => row[0] === id)).toEqual([id, 'Unused', minute, 'never', minute, '-']);
    expect(rows.find((row) => row[0] === String(used.id))).toEqual([
      String(used.id),
      '-',
      minute,
      minute,
      'never',
      '-',
    ]);
    expect(stdout).not.toContain(user.token);
    for (const token of await tokens.findBy({ userId: user.user.id })) expect(stdout).not.toContain(token.tokenHash);
  });

  it('revoke refuses the token from then on and ends its open subscriptions; once more, it says so', async () => {
    const { token, id } = await createToken('--name', 'Leaked');
    const socket = liveClient(app, bearer(token));
    const live = await subscribe(app, socket, 'subscription { leadCreated { cursor } }');
    const { status, stdout } = await crm('revoke', id);
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Revoked API token ${id};`));
    const refused = await app.gql(ME, {}, token);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].message).toMatch(/^This API token was revoked at/);
    expect(await live.ended).toMatchObject({ code: 4403, reason: expect.stringMatching(/revoked/) });
    expect((await app.dataSource.getRepository(ApiToken).findOneByOrFail({ id: Number(id) })).revokedAt).not.toBeNull();
    expect(ok(await app.gql(ME, {}, user.token)).me.id).toBe(user.id);
    expect((await crm('revoke', id)).stdout).toMatch(/was revoked already, at/);
    await socket.dispose();
  });

  it.each([
    [['create', '--email', 'nobody@x.dk'], /^crm: No user has the e-mail address 'nobody@x.dk'/],
    [['list', '--email', 'nobody@x.dk'], /^crm: No user has the e-mail address/],
    [
      ['create', '--email', '%EMAIL%', '--expires', 'forever'],
      /^crm: expires must be a lifetime such as 90d, 12h or 30m/,
    ],
    [['create', '--email', '%EMAIL%', '--expires', '-5d'], /got '-5d'/],
    [['revoke', 'abc'], /^crm: Give the token's ID as crm token list shows it, got 'abc'/],
    [['revoke', '999999'], /^crm: No ApiToken with id '999999'/],
  ])('crm token %j fails with a clear message', async (args, message) => {
    const { status, stderr } = await crm(...args.map((arg) => arg.replace('%EMAIL%', email())));
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
  });
});
