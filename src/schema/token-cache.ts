import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { sqliteConnection } from '../db/sqlite-connection';
import type { Credential } from './token-authenticator';

const MAX_TOKENS = 10_000;

/** A function that tells whether another connection has committed a write to this SQLite file since it last asked (never on MySQL). */
function outsideWrites(dataSource: DataSource): () => boolean {
  if (dataSource.options.type !== 'better-sqlite3') return () => false;
  const statement = sqliteConnection(dataSource).prepare('PRAGMA data_version').pluck();
  const version = () => statement.get();
  let last = version();
  return () => last !== (last = version());
}

/**
 * The credentials of recently used tokens by token hash, each kept for a short while: a revocation announced by any
 * instance empties the whole cache at once (live/token-revocations.ts), and on SQLite so does any write another
 * process commits (`crm token revoke` without Redis); expiry is checked on every use, not cached.
 */
export class TokenCache {
  private readonly entries: LRUCache<string, Credential>;
  private readonly changedOutside: () => boolean;
  /** grows with every emptying, so that a look-up that began before one does not store what it read */
  private generation = 0;

  constructor(dataSource: DataSource, ttlMs: number) {
    this.entries = new LRUCache({ max: MAX_TOKENS, ttl: ttlMs });
    this.changedOutside = outsideWrites(dataSource);
  }

  /** The credential of a token hash, if cached; call begin() before reading it from the database otherwise. */
  get(hash: string): Credential | undefined {
    if (this.changedOutside()) this.clear();
    return this.entries.get(hash);
  }

  /** The mark a look-up passes to set(). */
  begin(): number {
    return this.generation;
  }

  /** Keeps a credential read since begin() gave mark, unless the cache was emptied meanwhile. */
  set(hash: string, credential: Credential, mark: number): void {
    if (mark === this.generation) this.entries.set(hash, credential);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
