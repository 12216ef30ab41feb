import type { Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { connectRedis } from '../../live/redis-client';

/**
 * Where the web form's rate limits count. With REDIS_URL in Redis, so every server instance behind one address
 * counts the same posts (a limit of 20 a minute stays 20 however many instances share the load); else in this
 * process (the counters of express-rate-limit's memory store).
 */
export interface RateLimitCounts {
  /** the store for one limit, by its name; undefined: in memory */
  store(name: string): Store | undefined;
  close(): Promise<void>;
}

export async function openRateLimitCounts(
  config: Pick<Config, 'redisUrl' | 'redisChannelPrefix'>,
  logger: Logger,
): Promise<RateLimitCounts> {
  if (!config.redisUrl) return { store: () => undefined, close: async () => undefined };
  const client = await connectRedis(config.redisUrl, logger);
  return {
    store: (name) =>
      new RedisStore({
        prefix: `${config.redisChannelPrefix}rate-limit:${name}:`,
        sendCommand: (command: string, ...args: string[]) => client.call(command, ...args) as Promise<RedisReply>,
      }),
    close: async () => void (await client.quit()),
  };
}
