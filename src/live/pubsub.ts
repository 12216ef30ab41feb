import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { clusterRelay, type ClusterRelay } from './cluster-relay';
import { connectRedis } from './redis-client';

export enum LeadTopic {
  CREATED = 'LEAD_CREATED',
  /** a new owner or a new status */
  UPDATED = 'LEAD_UPDATED',
}

/**
 * What one committed transaction announces: the ids of its leads, nothing
 * else. Each server instance reads the leads once per event, so subscribers
 * always get the committed state and no lead data passes through Redis.
 */
export interface LeadEvent {
  ids: number[];
}

/** Lead events between the services that write leads and the subscriptions that push them. */
export interface LeadPubSub {
  publish(topic: LeadTopic, event: LeadEvent): void;
  subscribe(topic: LeadTopic): AsyncIterable<LeadEvent>;
  /** resolves once every subscription asked for so far is in effect (Redis confirms them asynchronously) */
  subscribed(): Promise<void>;
  close(): Promise<void>;
}

type Channels = Record<string, [LeadEvent]>;

function leadPubSub(
  pubSub: PubSub<Channels>,
  channelPrefix: string,
  lifecycle: Pick<LeadPubSub, 'subscribed' | 'close'>,
): LeadPubSub {
  return {
    publish: (topic, event) => pubSub.publish(channelPrefix + topic, event),
    subscribe: (topic) => pubSub.subscribe(channelPrefix + topic),
    ...lifecycle,
  };
}

/** Events within this process only: one server instance. */
export function createMemoryPubSub(): LeadPubSub {
  return leadPubSub(createPubSub<Channels>(), '', { subscribed: async () => undefined, close: async () => undefined });
}

const LEAD_EVENTS = 'lead-events';

/** Events through the cluster's primary: every worker of this cluster hears every event (see cluster-relay.ts). */
function createRelayPubSub(relay: ClusterRelay): LeadPubSub {
  const local = new EventTarget();
  const stopRelaying = relay.listen(LEAD_EVENTS, (event) => {
    const { type, detail } = event as { type: string; detail: LeadEvent };
    local.dispatchEvent(new CustomEvent(type, { detail }));
  });
  const eventTarget: PubSubEventTarget<Channels> = {
    addEventListener: local.addEventListener.bind(local),
    removeEventListener: local.removeEventListener.bind(local),
    dispatchEvent(event) {
      void relay.send(LEAD_EVENTS, { type: event.type, detail: event.detail });
      return true;
    },
  };
  return leadPubSub(createPubSub<Channels>({ eventTarget }), '', {
    subscribed: async () => undefined,
    close: async () => stopRelaying(),
  });
}

/** Events through Redis: every server instance on that Redis (and channel prefix) hears every event. */
async function openRedisPubSub(url: string, channelPrefix: string, logger: Logger): Promise<LeadPubSub> {
  const connecting = await Promise.allSettled([connectRedis(url, logger), connectRedis(url, logger)]);
  const failed = connecting.find((result) => result.status === 'rejected');
  if (failed) {
    for (const result of connecting) if (result.status === 'fulfilled') result.value.disconnect();
    throw failed.reason;
  }
  const [publisher, subscriber] = connecting.map((result) => (result as PromiseFulfilledResult<Redis>).value);
  // the event target drops the promise PUBLISH returns; catching it here keeps a Redis outage from becoming an unhandled rejection
  const publishClient = {
    publish: (channel: string, message: string) =>
      publisher
        .publish(channel, message)
        .catch((error: Error) => logger.error({ err: error, channel }, 'a lead event was not published')),
  } as unknown as Redis;
  const eventTarget = createRedisEventTarget<CustomEvent<LeadEvent>>({ publishClient, subscribeClient: subscriber });
  return leadPubSub(createPubSub<Channels>({ eventTarget }), channelPrefix, {
    // replies come in order, so once PING answers every SUBSCRIBE sent before it is in effect
    subscribed: async () => void (await subscriber.ping()),
    close: async () => void (await Promise.all([publisher.quit(), subscriber.quit()])),
  });
}

/** The pub/sub config asks for: Redis when REDIS_URL is set, else through the primary in a worker of a cluster, else in memory. */
export async function openPubSub(
  config: Pick<Config, 'redisUrl' | 'redisChannelPrefix'>,
  logger: Logger,
): Promise<LeadPubSub> {
  if (config.redisUrl) return openRedisPubSub(config.redisUrl, config.redisChannelPrefix, logger);
  const relay = clusterRelay();
  return relay ? createRelayPubSub(relay) : createMemoryPubSub();
}
