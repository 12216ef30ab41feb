import { transaction } from '../../src/db/transaction';
import { Lead, SiteLead } from '../../src/entities';
import { createSite } from '../../src/leads/web/site.service';
import { fromGlobalId } from '../../src/schema/global-id';
import { crm } from '../support/crm-command';
import { startInstancesOnRedis } from '../support/redis';
import { startTestApp, type TestApp } from '../support/test-app';

const ORIGIN = 'https://www.hansen-vvs.dk';

let app: TestApp;
let siteCount = 0;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function newSite(target: TestApp = app, origins = [ORIGIN]) {
  siteCount += 1;
  return transaction(target.dataSource, ({ manager: m }) =>
    createSite(m, { name: `Site ${siteCount}`, origins, divisionName: 'Web North' }),
  );
}

function postJson(body: unknown, headers: Record<string, string> = {}, target: TestApp = app) {
  return fetch(`${target.baseUrl}/api/web-leads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A response's JSON body, untyped as the client reads it. */
const json = (response: Response): Promise<any> => response.json();

const leadWithEmail = (email: string) => app.dataSource.getRepository(Lead).findBy({ email });

describe('POST /api/web-leads', () => {
  it("answers 202 with the id of a new WEB lead in the site's division, created by no user", async () => {
    const { site, key } = await newSite();
    const response = await postJson(
      { firstName: 'Jens', lastName: 'Hansen', companyName: 'Hansen VVS', email: 'jens@web.dk' },
      { 'x-site-key': key },
    );
    expect(response.status).toBe(202);
    const { id } = await json(response);
    const lead = await app.dataSource.getRepository(Lead).findOneByOrFail({ id: fromGlobalId(id).id });
    expect(lead).toMatchObject({
      source: 'WEB',
      kind: 'BUSINESS',
      status: 'NEW',
      divisionId: site.divisionId,
      createdById: null,
      email: 'jens@web.dk',
    });
  });

  it('takes an ordinary form post with the key in the siteKey field', async () => {
    const { key } = await newSite();
    const form = new URLSearchParams({
      siteKey: key,
      lastName: 'Berg',
      phone: '+4791234567',
      tags: 'webinar,newsletter',
    });
    const response = await fetch(`${app.baseUrl}/api/web-leads`, { method: 'POST', body: form });
    expect(response.status).toBe(202);
    const lead = await app.dataSource
      .getRepository(Lead)
      .findOneByOrFail({ id: fromGlobalId((await json(response)).id).id });
    expect(lead).toMatchObject({ lastName: 'Berg', phone: '+4791234567', source: 'WEB' });
  });

  it('takes tags repeated and comma-separated at once: tags=a&tags=b,c gives a, b and c', async () => {
    const { key } = await newSite();
    const form = new URLSearchParams([
      ['siteKey', key],
      ['lastName', 'Tagged'],
      ['email', 'tagged@web.dk'],
      ['tags', 'alpha'],
      ['tags', 'beta,gamma'],
    ]);
    const response = await fetch(`${app.baseUrl}/api/web-leads`, { method: 'POST', body: form });
    expect(response.status).toBe(202);
    const { id } = await json(response);
    const { token } = await app.actor('STEWARD');
    const { data } = await app.gql(`{ node(id: "${id}") { ... on Lead { tags { name } } } }`, {}, token);
    expect(data?.node.tags.map((t: { name: string }) => t.name).sort()).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('refuses a wrong key with 401 and stores nothing', async () => {
    const response = await postJson(
      { lastName: 'Nobody', email: 'wrong-key@web.dk' },
      { 'x-site-key': 'site_not-a-key' },
    );
    expect(response.status).toBe(401);
    expect((await json(response)).error).toBe('UNAUTHENTICATED');
    expect(await leadWithEmail('wrong-key@web.dk')).toHaveLength(0);
  });

  it("answers 400 naming each bad field, the form's and the intake's, and stores nothing", async () => {
    const { key } = await newSite();
    const response = await postJson(
      { lastName: 'Bad', email: 'not-an-email', country: 'XX', kind: 'alien', ownerId: '1' },
      { 'x-site-key': key },
    );
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error).toBe('BAD_USER_INPUT');
    expect(body.fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`).sort()).toEqual([
      'country COUNTRY_INVALID',
      'email EMAIL_INVALID',
      'kind KIND_INVALID',
      'ownerId UNKNOWN_FIELD',
    ]);
    expect(await leadWithEmail('not-an-email')).toHaveLength(0);
  });

  it('answers 413 to a body over the size limit', async () => {
    const { key } = await newSite();
    const response = await postJson(
      { lastName: 'Long', email: 'long@web.dk', message: 'x'.repeat(20_000) },
      { 'x-site-key': key },
    );
    expect(response.status).toBe(413);
    expect((await json(response)).error).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts a post whose honeypot is filled with 202 and stores nothing', async () => {
    const { key } = await newSite();
    const response = await postJson(
      { lastName: 'Bot', email: 'bot@web.dk', _gotcha: 'http://spam.example' },
      { 'x-site-key': key },
    );
    expect(response.status).toBe(202);
    expect(await leadWithEmail('bot@web.dk')).toHaveLength(0);
  });

  it('answers a retry with the same Idempotency-Key with the first lead and creates no second one', async () => {
    const { key } = await newSite();
    const headers = { 'x-site-key': key, 'idempotency-key': 'form-4711' };
    const first = await json(await postJson({ lastName: 'Once', email: 'retry@web.dk' }, headers));
    const retry = await postJson({ lastName: 'Once', email: 'retry@web.dk' }, headers);
    expect(retry.status).toBe(202);
    expect((await json(retry)).id).toBe(first.id);
    expect(await leadWithEmail('retry@web.dk')).toHaveLength(1);
  });

  it("treats the form's externalId as the idempotency key", async () => {
    const { key } = await newSite();
    const form = () =>
      new URLSearchParams({ siteKey: key, lastName: 'Form', email: 'form-retry@web.dk', externalId: 'wp-17' });
    const first = await json(await fetch(`${app.baseUrl}/api/web-leads`, { method: 'POST', body: form() }));
    const retry = await json(await fetch(`${app.baseUrl}/api/web-leads`, { method: 'POST', body: form() }));
    expect(retry.id).toBe(first.id);
    expect(await leadWithEmail('form-retry@web.dk')).toHaveLength(1);
  });

  it('keeps idempotency keys apart per site', async () => {
    const a = await newSite();
    const b = await newSite();
    const first = await json(
      await postJson({ lastName: 'A', email: 'site-a@web.dk' }, { 'x-site-key': a.key, 'idempotency-key': 'same' }),
    );
    const second = await json(
      await postJson({ lastName: 'B', email: 'site-b@web.dk' }, { 'x-site-key': b.key, 'idempotency-key': 'same' }),
    );
    expect(second.id).not.toBe(first.id);
    expect(await app.dataSource.getRepository(SiteLead).countBy({ requestKey: 'same' })).toBe(2);
  });
});

describe('CORS on /api/web-leads', () => {
  it('allows a post from an origin the site lists', async () => {
    const { key } = await newSite();
    const response = await postJson({ lastName: 'Cors', email: 'cors@web.dk' }, { 'x-site-key': key, origin: ORIGIN });
    expect(response.status).toBe(202);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('sends no CORS headers to another origin and refuses its post with 403', async () => {
    const { key } = await newSite();
    const response = await postJson(
      { lastName: 'Evil', email: 'evil@web.dk' },
      { 'x-site-key': key, origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await leadWithEmail('evil@web.dk')).toHaveLength(0);
  });

  it("answers a preflight from a site's origin with the headers a form post needs", async () => {
    await newSite();
    const response = await fetch(`${app.baseUrl}/api/web-leads`, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-site-key,idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-site-key');
  });

  it('answers a preflight from an unknown origin without CORS headers', async () => {
    const response = await fetch(`${app.baseUrl}/api/web-leads`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-site-key',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limits on /api/web-leads', () => {
  it('answers 429 with Retry-After once a client address has posted its limit, whichever site it posts for', async () => {
    const limited = await startTestApp({ webLeadsPerAddressPerMinute: 2, webLeadsPerSitePerMinute: 100 });
    try {
      const [a, b] = [await newSite(limited), await newSite(limited)];
      expect((await postJson({ lastName: 'One', email: 'one@web.dk' }, { 'x-site-key': a.key }, limited)).status).toBe(
        202,
      );
      expect((await postJson({ lastName: 'Two', email: 'two@web.dk' }, { 'x-site-key': b.key }, limited)).status).toBe(
        202,
      );
      const third = await postJson({ lastName: 'Three', email: 'three@web.dk' }, { 'x-site-key': b.key }, limited);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('answers 429 with Retry-After once a site has posted its limit, while other sites still post', async () => {
    const limited = await startTestApp({ webLeadsPerAddressPerMinute: 100, webLeadsPerSitePerMinute: 2 });
    try {
      const [a, b] = [await newSite(limited), await newSite(limited)];
      for (const n of [1, 2])
        expect(
          (await postJson({ lastName: `A${n}`, email: `a${n}@web.dk` }, { 'x-site-key': a.key }, limited)).status,
        ).toBe(202);
      const over = await postJson({ lastName: 'A3', email: 'a3@web.dk' }, { 'x-site-key': a.key }, limited);
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await postJson({ lastName: 'B1', email: 'b1@web.dk' }, { 'x-site-key': b.key }, limited)).status).toBe(
        202,
      );
    } finally {
      await limited.close();
    }
  });
});

describe('rate limits across server instances', () => {
  it("with REDIS_URL, counts a site's posts to every instance on that Redis together", async () => {
    const { first, second } = await startInstancesOnRedis({
      webLeadsPerAddressPerMinute: 100,
      webLeadsPerSitePerMinute: 2,
    });
    try {
      const { key } = await newSite(first);
      expect(
        (await postJson({ lastName: 'First', email: 'first@shared.dk' }, { 'x-site-key': key }, first)).status,
      ).toBe(202);
      expect(
        (await postJson({ lastName: 'Second', email: 'second@shared.dk' }, { 'x-site-key': key }, second)).status,
      ).toBe(202);
      const over = await postJson({ lastName: 'Third', email: 'third@shared.dk' }, { 'x-site-key': key }, first);
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await second.close();
      await first.close();
    }
  });
});

describe('crm site create', () => {
  it('prints a key on its last line that posts leads for the site', async () => {
    const { status, lines } = crm(
      app.databaseUrl,
      'site',
      'create',
      '--name',
      'Tømrer web',
      '--origin',
      'https://www.toemrer.dk/',
      '--division',
      'Aarhus',
    );
    expect(status).toBe(0);
    const key = lines[lines.length - 1];
    expect(key).toMatch(/^site_[A-Za-z0-9_-]{40,}$/);
    const response = await postJson(
      { lastName: 'Cli', email: 'cli@web.dk' },
      { 'x-site-key': key, origin: 'https://www.toemrer.dk' },
    );
    expect(response.status).toBe(202);
  });

  it('refuses an origin with a path', () => {
    const { status, stderr } = crm(
      app.databaseUrl,
      'site',
      'create',
      '--name',
      'Pathy',
      '--origin',
      'https://www.x.dk/contact',
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/not an origin/);
  });
});
