import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { User } from '../entities';
import type { LeadFeed } from '../live/lead-feed';
import { createLoaders, type Loaders } from '../loaders';

/** What every resolver gets: who is asking, this request's DataLoaders, and the server's config. */
export interface Context {
  user: User | null;
  /** why the token sent does not let anyone in (expired, revoked, unknown); null when it does or none was sent */
  authRefusal: string | null;
  dataSource: DataSource;
  loaders: Loaders;
  config: Config;
}

/** A subscription's context, which lasts as long as the subscription: the server's live lead feed besides. */
export interface SubscriptionContext extends Context {
  leadFeed: LeadFeed;
  /** starts a pushed event: its related records are read afresh */
  nextEvent(): void;
}

export function createContext(
  dataSource: DataSource,
  user: User | null,
  config: Config,
  authRefusal: string | null = null,
): Context {
  return { user, authRefusal, dataSource, loaders: createLoaders(dataSource), config };
}

/**
 * A DataLoader caches for its whole life, so a subscription's loaders last one
 * pushed event; they are made only when a field of that event needs them.
 */
export function createSubscriptionContext(
  dataSource: DataSource,
  user: User,
  config: Config,
  leadFeed: LeadFeed,
): SubscriptionContext {
  let loaders: Loaders | null = null;
  return {
    user,
    authRefusal: null,
    dataSource,
    config,
    leadFeed,
    get loaders() {
      return (loaders ??= createLoaders(dataSource));
    },
    nextEvent() {
      loaders = null;
    },
  };
}
