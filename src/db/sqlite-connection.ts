import type { DataSource } from 'typeorm';

/** The calls this project makes of better-sqlite3's connection itself, past TypeORM (which types it loosely). */
export interface SqliteConnection {
  prepare(sql: string): { pluck(): { get(): number } };
  /** runs a PRAGMA prepared afresh: SQLite applies some (threads) when a statement is prepared, not when it runs */
  pragma(source: string): unknown;
}

/** better-sqlite3's connection under an SQLite DataSource. */
export function sqliteConnection(dataSource: DataSource): SqliteConnection {
  return (dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
}
