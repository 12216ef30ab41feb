import { createLogger } from '../../src/logger';
import { openPubSub } from '../../src/schema/pubsub';

export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Fails, saying what to start, when the Redis a test needs is not there. */
export async function assertRedisReachable(): Promise<void> {
  try {
    await (await openPubSub({ redisUrl: REDIS_URL, redisChannelPrefix: '' }, createLogger('silent'))).close();
  } catch (error) {
    throw new Error(
      `This test needs Redis: ${(error as Error).message}. Start it with \`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no\` (or set REDIS_URL)`,
    );
  }
}
