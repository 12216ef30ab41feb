import os from 'node:os';
import path from 'node:path';
import { BRREG_DEFAULT_BASE_URL } from './leads/company-register/brreg.provider';
import { CVR_DEFAULT_BASE_URL } from './leads/company-register/cvr.provider';

/** Every environment variable the server and the `crm` command read, parsed and checked in one place. */
export interface Config {
  port: number;
  /** server processes on the port: 1 is one process; more are workers of a cluster primary (src/cluster) */
  workers: number;
  databaseUrl: string;
  redisUrl: string | null;
  /** prefixes the Redis channels, so several deployments can share one Redis */
  redisChannelPrefix: string;
  production: boolean;
  logLevel: string;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** lexical tokens a GraphQL document may have: parsing and validating it take time in proportion */
  maxQueryTokens: number;
  /** root fields (aliases included) one operation may select */
  maxRootFields: number;
  /** database time a GraphQL request may take: each statement's, and a read's in all */
  dbTimeoutMs: number;
  bodyLimit: string;
  /** proxy hops in front of the server whose X-Forwarded-For is trusted for the client address */
  trustProxy: number;
  /** how long an idle client connection is kept open; longer than a load balancer's idle timeout, so it never reuses a closed one */
  keepAliveTimeoutMs: number;
  webLeadBodyLimit: string;
  webLeadsPerSitePerMinute: number;
  webLeadsPerAddressPerMinute: number;
  importMaxBytes: number;
  /** the customer number of the relation every private person joins on conversion; null: each becomes a PRIVATE relation of their own */
  privateCustomersNumber: string | null;
  cvrRegisterUrl: string;
  brregRegisterUrl: string;
  registerTimeoutMs: number;
  /** how often open websockets' tokens are checked again, so a revoked or expired token's subscriptions end */
  tokenRecheckMs: number;
  /** how long a server keeps a used token's user in memory; a revocation empties every instance's at once; 0: none */
  tokenCacheMs: number;
  maxSubscriptionsPerConnection: number;
  /** open websockets one API token may hold on one server instance */
  maxConnectionsPerToken: number;
  /** how often the server pings each websocket; one that has not answered by the next ping is closed. 0: never */
  wsPingMs: number;
}

export const DEFAULT_DATABASE_URL = `sqlite:${path.join('data', 'crm.sqlite')}`;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = Infinity): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(
      `${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''}${max < Infinity ? ` of at most ${max}` : ''}, got '${raw}'`,
    );
  return value;
}

export const MAX_WORKERS = 64;

/** WORKERS: a number from 1 to MAX_WORKERS, or auto (or 0) for one per core. */
function workers(env: NodeJS.ProcessEnv): number {
  const raw = env.WORKERS?.trim();
  if (!raw) return 1;
  if (raw === 'auto' || raw === '0') return Math.min(os.availableParallelism(), MAX_WORKERS);
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > MAX_WORKERS)
    throw new Error(`WORKERS must be a whole number from 1 to ${MAX_WORKERS}, or auto (one per core), got '${raw}'`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (!/^(sqlite:|mysql:\/\/|mariadb:\/\/)/.test(databaseUrl)) {
    throw new Error(`DATABASE_URL must start with sqlite:, mysql:// or mariadb://, got '${databaseUrl}'`);
  }
  const workerCount = workers(env);
  if (workerCount > 1 && databaseUrl === 'sqlite::memory:')
    throw new Error(
      'WORKERS above 1 needs a database the workers share; sqlite::memory: gives each process its own empty one. Use a file (sqlite:data/crm.sqlite) or MySQL',
    );
  return {
    port: integer(env, 'PORT', 4000),
    workers: workerCount,
    databaseUrl,
    redisUrl: env.REDIS_URL || null,
    redisChannelPrefix: env.REDIS_CHANNEL_PREFIX ?? 'crm:',
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL || 'info',
    maxQueryDepth: integer(env, 'MAX_QUERY_DEPTH', 10),
    maxQueryComplexity: integer(env, 'MAX_QUERY_COMPLEXITY', 5000),
    maxQueryTokens: integer(env, 'MAX_QUERY_TOKENS', 10_000),
    maxRootFields: integer(env, 'MAX_ROOT_FIELDS', 20),
    dbTimeoutMs: integer(env, 'DB_TIMEOUT_MS', 5000),
    bodyLimit: env.BODY_LIMIT || '1mb',
    trustProxy: integer(env, 'TRUST_PROXY', 0),
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 65_000),
    webLeadBodyLimit: env.WEB_LEAD_BODY_LIMIT || '16kb',
    webLeadsPerSitePerMinute: integer(env, 'WEB_LEADS_PER_SITE_PER_MINUTE', 600),
    webLeadsPerAddressPerMinute: integer(env, 'WEB_LEADS_PER_ADDRESS_PER_MINUTE', 20),
    importMaxBytes: integer(env, 'IMPORT_MAX_MB', 50) * 1024 * 1024,
    privateCustomersNumber: env.PRIVATE_CUSTOMERS_RELATION?.trim() || null,
    cvrRegisterUrl: env.CVR_REGISTER_URL || CVR_DEFAULT_BASE_URL,
    brregRegisterUrl: env.BRREG_REGISTER_URL || BRREG_DEFAULT_BASE_URL,
    registerTimeoutMs: integer(env, 'REGISTER_TIMEOUT_MS', 5000),
    tokenRecheckMs: integer(env, 'TOKEN_RECHECK_SECONDS', 30, 1) * 1000,
    tokenCacheMs: integer(env, 'TOKEN_CACHE_SECONDS', 10, 0) * 1000,
    maxSubscriptionsPerConnection: integer(env, 'MAX_SUBSCRIPTIONS_PER_CONNECTION', 20, 1),
    maxConnectionsPerToken: integer(env, 'MAX_CONNECTIONS_PER_TOKEN', 10, 1),
    // a timer of more than 24.8 days fires at once
    wsPingMs: integer(env, 'WS_PING_SECONDS', 12, 0, 3600) * 1000,
  };
}
