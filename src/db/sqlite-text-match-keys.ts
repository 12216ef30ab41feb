import type { DataSource } from 'typeorm';
import { matchKeyHash } from '../quality/matching/match-key-hash';

interface SqliteFunctions {
  function(name: string, options: { deterministic: boolean }, fn: (key: string) => number): unknown;
}

const LARGEST_HASH = 2 ** 48 - 1;

/** Makes match_key_hash(text) known to an SQLite connection, for hashTextMatchKeys. */
export function registerMatchKeyHash(db: SqliteFunctions): void {
  db.function('match_key_hash', { deterministic: true }, matchKeyHash);
}

/**
 * An SQLite file from before match keys were hashed keeps its text keys: synchronize gives the column its new type,
 * but SQLite copies the values as they were. They are hashed in place; text sorts after every number in SQLite, so
 * the key index finds them without a scan, and a converted file has none.
 */
export async function hashTextMatchKeys(dataSource: DataSource): Promise<void> {
  await dataSource.query('UPDATE OR REPLACE match_key SET key = match_key_hash(key) WHERE key > ?', [LARGEST_HASH]);
}
