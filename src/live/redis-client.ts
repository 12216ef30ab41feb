import { Redis } from 'ioredis';
import type { Logger } from '../logger';

/** A connected client of REDIS_URL: one that is not there at start fails the start; once connected it reconnects. */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const where = new URL(url).host;
  let connected = false;
  // reconnects once it was connected; a Redis that is not there at start fails the start
  const client = new Redis(url, {
    lazyConnect: true,
    retryStrategy: (times) => (connected ? Math.min(times * 50, 2000) : null),
  });
  let lastError: Error | undefined;
  client.on('error', (error: Error) => {
    lastError = error;
    logger.warn({ err: error }, `Redis at ${where}: ${error.message}`);
  });
  try {
    await client.connect();
    connected = true;
  } catch (error) {
    throw new Error(`Cannot reach Redis at ${where} (REDIS_URL): ${(lastError ?? (error as Error)).message}`, {
      cause: error,
    });
  }
  return client;
}
