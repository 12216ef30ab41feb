import { errorCode, startTestApp, type Actor, type TestApp } from '../support/test-app';

describe('query limits', () => {
  let app: TestApp;
  let admin: Actor;
  beforeAll(async () => {
    app = await startTestApp({ maxQueryDepth: 6, maxQueryComplexity: 1000 });
    admin = await app.actor('ADMIN');
  });
  afterAll(() => app.close());

  it('refuses a query nested deeper than the limit before running it', async () => {
    const deep =
      '{ leads { edges { node { owner { division { id } } relation { contacts { edges { node { id } } } } } } } }';
    const response = await app.gql(deep, {}, admin.token);
    expect(response.errors![0].message).toMatch(/exceeds maximum operation depth of 6/);
    expect(response.data).toBeUndefined();
  });

  it('refuses a query whose estimated cost is above the limit, saying how to shrink it', async () => {
    const costly = '{ leads(first: 100) { edges { node { activities(first: 100) { edges { node { id } } } } } } }';
    const response = await app.gql(costly, {}, admin.token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/above the limit of 1000: ask for fewer records/);
  });

  it('answers a modest page within the limits', async () => {
    const response = await app.gql('{ leads(first: 50) { edges { node { id tags { name } } } } }', {}, admin.token);
    expect(response.errors).toBeUndefined();
  });

  it('refuses a request body over the size limit with 413', async () => {
    const body = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe('in production', () => {
  let app: TestApp;
  let admin: Actor;
  beforeAll(async () => {
    app = await startTestApp({ production: true });
    admin = await app.actor('ADMIN');
  });
  afterAll(() => app.close());

  it('turns introspection off', async () => {
    const response = await app.gql('{ __schema { queryType { name } } }', {}, admin.token);
    expect(response.errors![0].message).toMatch(/introspection/i);
  });

  it('sends no stack traces', async () => {
    const response = await app.gql('{ leads { totalCount } }');
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].extensions!.stacktrace).toBeUndefined();
  });
});
