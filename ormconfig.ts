import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from './src/config';
import { QueryCounter } from './src/db/query-counter';
import { registerMatchKeyHash } from './src/db/sqlite-text-match-keys';
import { ENTITIES } from './src/entities';
import { MIGRATIONS } from './src/migrations';

export type MysqlServer = 'mysql' | 'mariadb';

/**
 * The DataSource: an SQLite file by default (its schema kept in step with the
 * entities), MySQL/MariaDB when the URL says mysql:// (its schema only from the
 * migrations in src/migrations).
 */
export function createDataSource(databaseUrl: string, server: MysqlServer = 'mysql'): DataSource {
  const logger = new QueryCounter();
  if (/^(mysql|mariadb):\/\//.test(databaseUrl)) {
    return new DataSource({
      // TypeORM reads MariaDB's information schema differently from MySQL's
      type: databaseUrl.startsWith('mariadb://') ? 'mariadb' : server,
      url: databaseUrl.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      entities: ENTITIES,
      migrations: MIGRATIONS,
      migrationsTransactionMode: 'each',
      synchronize: false,
      logger,
      logging: ['query'],
      // mysql2 would capture a stack trace per statement to name the caller in its errors: a twentieth of the CPU of
      // a page of leads; the async stack traces of an error thrown on still name the caller
      trace: false,
      extra: { connectionLimit: 20 },
    });
  }
  const file = databaseUrl.slice('sqlite:'.length);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: file,
    entities: ENTITIES,
    synchronize: true,
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown } & Parameters<typeof registerMatchKeyHash>[0]) => {
      db.pragma('busy_timeout = 5000');
      // SQLite's default page cache is 2 MiB: the match-key index of a few hundred thousand records outgrows it, and
      // every write of keys then reads its pages back from the file (a 100,000-row import took half as long again)
      db.pragma('cache_size = -262144');
      registerMatchKeyHash(db);
    },
    logger,
    logging: ['query'],
  });
}

export function queryCounter(dataSource: DataSource): QueryCounter {
  return dataSource.logger as QueryCounter;
}

/** For the TypeORM CLI (`npm run migration:generate`). */
export default createDataSource(loadConfig().databaseUrl);
