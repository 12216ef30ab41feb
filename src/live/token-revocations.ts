import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { clusterRelay, type ClusterRelay } from './cluster-relay';
import { connectRedis } from './redis-client';
import { PerDatabase } from '../db/per-database';

/** Word that a token was revoked, to every server instance that caches tokens (see schema/token-cache.ts). */
export interface TokenRevocations {
  /** tells every instance; resolves once the word is out */
  announce(): Promise<void>;
  /** listener hears every revocation announced once this resolves, by any instance or `crm`; the function it gives stops it */
  listen(listener: () => void): Promise<() => void>;
  close(): Promise<void>;
}

/** One process's instances (the tests start several) hear each other without Redis. */
const inProcess = new EventEmitter().setMaxListeners(0);
const REVOKED = 'revoked';

function listenInProcess(listener: () => void): () => void {
  inProcess.on(REVOKED, listener);
  return () => inProcess.off(REVOKED, listener);
}

const memoryRevocations: TokenRevocations = {
  announce: async () => void inProcess.emit(REVOKED),
  listen: async (listener) => listenInProcess(listener),
  close: async () => undefined,
};

/** Through the cluster's primary: every worker of this cluster (see cluster-relay.ts). */
function relayedRevocations(relay: ClusterRelay): TokenRevocations {
  const stopRelaying = relay.listen(REVOKED, () => inProcess.emit(REVOKED));
  return {
    announce: () => relay.send(REVOKED, null),
    listen: async (listener) => listenInProcess(listener),
    close: async () => stopRelaying(),
  };
}

/** How long an announcement waits to hear itself back before it gives up waiting (the word is out by then anyway). */
const ECHO_WAIT_MS = 1_000;

/**
 * Through a Redis channel: every instance and `crm` process on that Redis and channel prefix. Redis sends a message to
 * every subscriber at once, but PUBLISH answers before any of them has read it: an announcement resolves once this
 * process's own subscriber has heard it, so that a request sent to another instance after the revocation answered
 * finds the word there before it.
 */
async function openRedisRevocations(url: string, channel: string, logger: Logger): Promise<TokenRevocations> {
  const publisher = await connectRedis(url, logger);
  let subscriber: Redis | null = null;
  const awaited = new Map<string, () => void>();
  return {
    async announce() {
      const id = randomUUID();
      const echoed = subscriber
        ? new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, ECHO_WAIT_MS);
            awaited.set(id, () => {
              clearTimeout(timer);
              resolve();
            });
          })
        : undefined;
      try {
        await publisher.publish(channel, id);
        await echoed;
      } finally {
        awaited.delete(id);
      }
    },
    async listen(listener) {
      if (!subscriber) {
        subscriber = await connectRedis(url, logger);
        subscriber.on('message', (_channel: string, id: string) => {
          inProcess.emit(REVOKED);
          awaited.get(id)?.();
        });
        await subscriber.subscribe(channel);
      }
      return listenInProcess(listener);
    },
    async close() {
      await Promise.all([publisher.quit(), subscriber?.quit()]);
    },
  };
}

/** Revocations through Redis when REDIS_URL is set, else through the primary in a worker of a cluster, else within this process. */
export async function openTokenRevocations(
  config: Pick<Config, 'redisUrl' | 'redisChannelPrefix'>,
  logger: Logger,
): Promise<TokenRevocations> {
  if (config.redisUrl)
    return openRedisRevocations(config.redisUrl, `${config.redisChannelPrefix}token-revoked`, logger);
  const relay = clusterRelay();
  return relay ? relayedRevocations(relay) : memoryRevocations;
}

const byDataSource = new PerDatabase<TokenRevocations>();

/** Revocations of this DataSource's tokens are announced through these (the server and `crm token revoke` set them). */
export function announceRevocationsThrough(dataSource: DataSource, revocations: TokenRevocations | null): void {
  if (revocations) byDataSource.set(dataSource, revocations);
  else byDataSource.delete(dataSource);
}

/** Tells every instance that a token of this database was revoked (after the revocation has committed). */
export async function announceRevocation(dataSource: DataSource): Promise<void> {
  await byDataSource.get(dataSource)?.announce();
}
