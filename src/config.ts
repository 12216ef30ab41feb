import path from 'node:path';

/** Every environment variable the server and the `crm` command read, parsed and checked in one place. */
export interface Config {
  port: number;
  databaseUrl: string;
  redisUrl: string | null;
  production: boolean;
  logLevel: string;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  bodyLimit: string;
}

export const DEFAULT_DATABASE_URL = `sqlite:${path.join('data', 'crm.sqlite')}`;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got '${raw}'`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (!/^(sqlite:|mysql:\/\/|mariadb:\/\/)/.test(databaseUrl)) {
    throw new Error(`DATABASE_URL must start with sqlite:, mysql:// or mariadb://, got '${databaseUrl}'`);
  }
  return {
    port: integer(env, 'PORT', 4000),
    databaseUrl,
    redisUrl: env.REDIS_URL || null,
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL || 'info',
    maxQueryDepth: integer(env, 'MAX_QUERY_DEPTH', 10),
    maxQueryComplexity: integer(env, 'MAX_QUERY_COMPLEXITY', 5000),
    bodyLimit: env.BODY_LIMIT || '1mb',
  };
}
