import crypto from 'node:crypto';
import type { Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { openPubSub } from '../../src/live/pubsub';
import { startTestApp, type TestApp } from './test-app';

export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Fails, saying what to start, when the Redis a test needs is not there. */
export async function assertRedisReachable(): Promise<void> {
  try {
    await (await openPubSub({ redisUrl: REDIS_URL, redisChannelPrefix: '' }, createLogger('silent'))).close();
  } catch (error) {
    throw new Error(
      `This test needs Redis: ${(error as Error).message}. Start it with \`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no\` (or set REDIS_URL)`,
      { cause: error },
    );
  }
}

/**
 * Two server instances on one database and one Redis, on channels and rate-limit keys of their own (parallel runs on
 * the same Redis do not hear each other); `redis` is what a third process needs to join them.
 */
export async function startInstancesOnRedis(
  overrides: Partial<Config> = {},
): Promise<{ first: TestApp; second: TestApp; redis: { redisUrl: string; redisChannelPrefix: string } }> {
  await assertRedisReachable();
  const redis = { redisUrl: REDIS_URL, redisChannelPrefix: `crm-test-${crypto.randomUUID()}:` };
  const first = await startTestApp({ ...redis, ...overrides });
  const second = await startTestApp({ ...redis, ...overrides, databaseUrl: first.databaseUrl });
  return { first, second, redis };
}
