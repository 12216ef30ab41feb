import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { PerDatabase } from '../../db/per-database';

/**
 * Blocking keys found shared by more records than a block may hold, with how many, per database: a look-up neither
 * counts nor reads them again (at a million records a key like a common name with an initial holds thousands), and
 * the count weighs an agreement on the value (term frequency). A key only leaves this state when merges take records out of it, which is rare; the entries expire, so such a key
 * is probed again within minutes, and `crm dedupe scan` never relies on this.
 */
const MAX_KEYS = 500_000;
const TTL_MS = 10 * 60_000;

const perDatabase = new PerDatabase<LRUCache<string, number>>();

export function commonKeysOf(dataSource: DataSource): LRUCache<string, number> {
  return perDatabase.of(
    dataSource,
    () => new LRUCache<string, number>({ max: MAX_KEYS, ttl: TTL_MS, ttlAutopurge: false }),
  );
}
