import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, crm, crmServe } from '../support/crm-command';
import { freshDatabaseUrl } from '../support/database';
import { startTestApp } from '../support/test-app';

describe('the crm command and the server process', () => {
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await freshDatabaseUrl();
  });

  it('crm user create prints a new API token alone on its last line', () => {
    const { status, lines } = crm(
      databaseUrl,
      'user',
      'create',
      '--email',
      'ida@x.dk',
      '--name',
      'Ida',
      '--role',
      'STEWARD',
      '--division',
      'Aarhus',
    );
    expect(status).toBe(0);
    expect(lines[lines.length - 1]).toMatch(/^crm_[A-Za-z0-9_-]{40,}$/);
  });

  it('crm user create refuses an unknown role with a message and a failing exit code', () => {
    const { status, stderr } = crm(
      databaseUrl,
      'user',
      'create',
      '--email',
      'bo@x.dk',
      '--name',
      'Bo',
      '--role',
      'BOSS',
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/Role must be one of ADMIN, STEWARD, SALES/);
  });

  it('serves the token crm made, logs one line per request with its operation, and stops cleanly on SIGTERM', async () => {
    const { lines } = crm(
      databaseUrl,
      'user',
      'create',
      '--email',
      'eva@x.dk',
      '--name',
      'Eva',
      '--role',
      'SALES',
      '--division',
      'Aarhus',
    );
    const token = lines[lines.length - 1];
    const { child, url, logs } = await crmServe(databaseUrl);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query Me { me { name role division { name } } }', operationName: 'Me' }),
    });
    expect(await response.json()).toEqual({
      data: { me: { name: 'Eva', role: 'SALES', division: { name: 'Aarhus' } } },
    });
    expect((await fetch(url.replace('/graphql', '/healthz'))).status).toBe(200);

    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    const requestLine = logs.map((l) => JSON.parse(l)).find((entry) => entry.operationName === 'Me');
    expect(requestLine).toMatchObject({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(typeof requestLine.responseTime).toBe('number');
    expect(JSON.stringify(logs)).not.toContain(token);
    expect(logs.map((l) => JSON.parse(l).msg)).toContain('stopped');
  });

  it('crm seed creates demo data to try every query, once', () => {
    const first = crm(databaseUrl, 'seed');
    expect(first.status).toBe(0);
    expect(first.lines.filter((l) => /crm_/.test(l))).toHaveLength(4);
    const second = crm(databaseUrl, 'seed');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/Demo data is there already/);
  });
});

describe('idle connections', () => {
  it("are kept for KEEP_ALIVE_TIMEOUT_MS (65 s by default, past a load balancer's 60 s), as the server tells clients", async () => {
    const app = await startTestApp();
    const response = await fetch(`${app.baseUrl}/healthz`);
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
    await app.close();
  });
});

describe('GraphQL answers', () => {
  it('come without an ETag: the server does not hash every answer for a revalidation no client asks for', async () => {
    const app = await startTestApp();
    try {
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      expect(response.headers.get('etag')).toBeNull();
    } finally {
      await app.close();
    }
  });
});

describe('GET /healthz', () => {
  it('answers 503 when the database cannot be reached', async () => {
    const app = await startTestApp();
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
    await app.dataSource.destroy();
    const response = await fetch(`${app.baseUrl}/healthz`);
    expect(response.status).toBe(503);
    await app.server.close();
  });
});

describe('npm run crm', () => {
  it('builds only what changed: with the sources as built, it writes nothing into dist before running', () => {
    const root = path.resolve(__dirname, '../..');
    const npm = (...args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { cwd: root, encoding: 'utf8' });
    expect(npm('build:server').status).toBe(0);
    const builtAt = fs.statSync(CLI).mtimeMs;
    const run = npm('crm', '--', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: crm/);
    expect(fs.statSync(CLI).mtimeMs).toBe(builtAt);
  }, 120_000);
});
