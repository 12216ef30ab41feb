import cluster from 'node:cluster';
import { ClusterMemoryStoreWorker } from '@express-rate-limit/cluster-memory-store';
import type { Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { connectRedis } from '../../live/redis-client';

/**
 * Where the web form's rate limits count. With REDIS_URL in Redis, so every server instance behind one address
 * counts the same posts (a limit of 20 a minute stays 20 however many instances share the load); else in a worker of
 * a cluster in its primary, for all its workers (cluster/primary.ts); else in this process (express-rate-limit's
 * memory store).
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
  if (!config.redisUrl)
    return {
      store: (name) => (cluster.isWorker ? new ClusterMemoryStoreWorker({ prefix: name }) : undefined),
      close: async () => undefined,
    };
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
