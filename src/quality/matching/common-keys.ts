import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';

/**
 * Blocking keys found shared by more records than a block may hold, per database: a look-up skips them instead of
 * reading their whole block again (at a million records a key like a common name with an initial holds thousands).
 * A key only leaves this state when merges take records out of it, which is rare; the entries expire, so such a key
 * is probed again within minutes, and `crm dedupe scan` never relies on this.
 */
const MAX_KEYS = 500_000;
const TTL_MS = 10 * 60_000;

const perDatabase = new WeakMap<DataSource, LRUCache<string, true>>();

export function commonKeysOf(dataSource: DataSource): LRUCache<string, true> {
  let keys = perDatabase.get(dataSource);
  if (!keys)
    perDatabase.set(
      dataSource,
      (keys = new LRUCache<string, true>({ max: MAX_KEYS, ttl: TTL_MS, ttlAutopurge: false })),
    );
  return keys;
}
