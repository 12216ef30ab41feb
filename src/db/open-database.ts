import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createDataSource, type MysqlServer } from '../../ormconfig';
import { addDefaultCatalogue } from './default-catalogue';
import { fillSqliteRecordCounts } from './sqlite-record-counts';
import { fillSqliteSearchIndex } from './sqlite-search-index';
import { fillSqliteTagLists } from './sqlite-tag-lists';
import { hashTextMatchKeys } from './sqlite-text-match-keys';

/** Whether a mysql:// URL leads to MySQL or MariaDB, which TypeORM must know to compare schemas right. */
async function mysqlServerOf(databaseUrl: string): Promise<MysqlServer> {
  const connection = await createConnection(databaseUrl);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test((rows as { version: string }[])[0].version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

async function dataSourceOf(databaseUrl: string): Promise<DataSource> {
  const server = databaseUrl.startsWith('mysql://') ? await mysqlServerOf(databaseUrl) : undefined;
  return createDataSource(databaseUrl, server);
}

/** Connects and brings the schema up to date (SQLite follows the entities, MySQL runs the pending migrations), then adds the default number series and pipeline a database without any needs. */
export async function openDatabase(databaseUrl: string): Promise<DataSource> {
  const dataSource = await dataSourceOf(databaseUrl);
  await dataSource.initialize();
  try {
    if (dataSource.options.type === 'better-sqlite3') {
      await hashTextMatchKeys(dataSource);
      await fillSqliteSearchIndex(dataSource);
      await fillSqliteRecordCounts(dataSource);
      await fillSqliteTagLists(dataSource);
    } else await dataSource.runMigrations({ transaction: 'each' });
    await addDefaultCatalogue(dataSource);
  } catch (error) {
    // an open pool would keep the process from exiting
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** Connects to a database another process has just opened with openDatabase (a cluster's primary), changing nothing: its workers would race to. */
export async function connectDatabase(databaseUrl: string): Promise<DataSource> {
  const dataSource = await dataSourceOf(databaseUrl);
  return dataSource.setOptions({ synchronize: false }).initialize();
}
