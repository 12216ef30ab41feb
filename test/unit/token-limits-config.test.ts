import { loadConfig } from '../../src/config';

describe('the token and websocket settings of the environment', () => {
  it('default to a re-check every 30 s, 20 operations a connection and 10 connections a token', () => {
    expect(loadConfig({})).toMatchObject({
      tokenRecheckMs: 30_000,
      maxSubscriptionsPerConnection: 20,
      maxConnectionsPerToken: 10,
    });
  });

  it('read TOKEN_RECHECK_SECONDS, MAX_SUBSCRIPTIONS_PER_CONNECTION and MAX_CONNECTIONS_PER_TOKEN', () => {
    const env = { TOKEN_RECHECK_SECONDS: '5', MAX_SUBSCRIPTIONS_PER_CONNECTION: '3', MAX_CONNECTIONS_PER_TOKEN: '2' };
    expect(loadConfig(env)).toMatchObject({
      tokenRecheckMs: 5000,
      maxSubscriptionsPerConnection: 3,
      maxConnectionsPerToken: 2,
    });
  });

  it.each(['TOKEN_RECHECK_SECONDS', 'MAX_SUBSCRIPTIONS_PER_CONNECTION', 'MAX_CONNECTIONS_PER_TOKEN'])(
    'refuses %s of 0 or not a whole number, saying what it must be',
    (name) => {
      expect(() => loadConfig({ [name]: '0' })).toThrow(`${name} must be a whole number of at least 1, got '0'`);
      expect(() => loadConfig({ [name]: 'many' })).toThrow(`${name} must be a whole number of at least 1, got 'many'`);
    },
  );

  it('keep a used token in memory for 10 s unless TOKEN_CACHE_SECONDS says otherwise; 0 turns that off', () => {
    expect(loadConfig({}).tokenCacheMs).toBe(10_000);
    expect(loadConfig({ TOKEN_CACHE_SECONDS: '3' }).tokenCacheMs).toBe(3000);
    expect(loadConfig({ TOKEN_CACHE_SECONDS: '0' }).tokenCacheMs).toBe(0);
    expect(() => loadConfig({ TOKEN_CACHE_SECONDS: '-1' })).toThrow(/TOKEN_CACHE_SECONDS must be a whole number/);
  });

  it('ping every websocket every 12 s unless WS_PING_SECONDS says otherwise; 0 turns the pings off', () => {
    expect(loadConfig({}).wsPingMs).toBe(12_000);
    expect(loadConfig({ WS_PING_SECONDS: '30' }).wsPingMs).toBe(30_000);
    expect(loadConfig({ WS_PING_SECONDS: '0' }).wsPingMs).toBe(0);
    expect(() => loadConfig({ WS_PING_SECONDS: 'often' })).toThrow(/WS_PING_SECONDS must be a whole number/);
    expect(() => loadConfig({ WS_PING_SECONDS: '3601' })).toThrow(
      "WS_PING_SECONDS must be a whole number of at most 3600, got '3601'",
    );
  });
});
