import type { DataSource, EntityManager } from 'typeorm';
import { sqliteConnection } from '../../db/sqlite-connection';
import { transaction } from '../../db/transaction';
import type { StagingStep } from './staged-match-keys';

const LIVE = 'match_key';
const STAGING = 'match_key_scan';
const LOG = 'match_key_scan_log';
const LOG_INSERT = 'match_key_scan_log_insert';
const LOG_DELETE = 'match_key_scan_log_delete';
const SORT_THREADS = 2;

/** What an interrupted staged load leaves behind: the triggers go first, they write into the log. */
async function dropLeftovers(manager: EntityManager): Promise<void> {
  for (const trigger of [LOG_INSERT, LOG_DELETE]) await manager.query(`DROP TRIGGER IF EXISTS ${trigger}`);
  for (const table of [STAGING, LOG]) await manager.query(`DROP TABLE IF EXISTS ${table}`);
}

/** The statements that created the live table and its indexes, as SQLite keeps them. */
async function liveSchema(manager: EntityManager): Promise<{ table: string; indexes: string[] }> {
  const rows: { type: string; sql: string }[] = await manager.query(
    `SELECT type, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL`,
    [LIVE],
  );
  return {
    table: rows.find((row) => row.type === 'table')!.sql,
    indexes: rows.filter((row) => row.type === 'index').map((row) => row.sql),
  };
}

/** Sets up the staging table (the live one's shape without its indexes) and the log of other sessions' key writes. */
async function stage(manager: EntityManager): Promise<void> {
  await dropLeftovers(manager);
  const { table } = await liveSchema(manager);
  await manager.query(table.replace(/^CREATE TABLE "?match_key"?/, `CREATE TABLE "${STAGING}"`));
  await manager.query(`CREATE TABLE ${LOG} ("entityType" varchar(10) NOT NULL, "recordId" integer NOT NULL)`);
  for (const [trigger, event, row] of [
    [LOG_INSERT, 'INSERT', 'NEW'],
    [LOG_DELETE, 'DELETE', 'OLD'],
  ]) {
    await manager.query(
      `CREATE TRIGGER ${trigger} AFTER ${event} ON ${LIVE} FOR EACH ROW BEGIN ` +
        `INSERT INTO ${LOG} ("entityType", "recordId") VALUES (${row}."entityType", ${row}."recordId"); END`,
    );
  }
}

/**
 * Puts the staging table in place of the live one, in one transaction: the records other sessions wrote meanwhile
 * take their live keys, the other types' keys are copied over, and the key index is built once.
 */
async function swap(manager: EntityManager, entityType: string): Promise<void> {
  const { indexes } = await liveSchema(manager);
  const columns = '"entityType", "recordId", "key"';
  const written = `SELECT "recordId" FROM ${LOG} WHERE "entityType" = ?`;
  await manager.query(`DELETE FROM ${STAGING} WHERE "entityType" = ? AND "recordId" IN (${written})`, [
    entityType,
    entityType,
  ]);
  await manager.query(
    `INSERT OR IGNORE INTO ${STAGING} (${columns}) SELECT ${columns} FROM ${LIVE} ` +
      `WHERE "entityType" <> ? OR "recordId" IN (${written})`,
    [entityType, entityType],
  );
  for (const trigger of [LOG_INSERT, LOG_DELETE]) await manager.query(`DROP TRIGGER ${trigger}`);
  await manager.query(`DROP TABLE ${LOG}`);
  await manager.query(`DROP TABLE ${LIVE}`);
  await manager.query(`ALTER TABLE ${STAGING} RENAME TO ${LIVE}`);
  // other sessions' writes wait for the sort that builds the index: helper threads shorten it (11.4 million keys: 6.3 s
  // with two, 8.8 s without), each holding up to cache_size of the sort; not through TypeORM, which would run a cached
  // statement SQLite does not apply again
  const connection = sqliteConnection(manager.connection);
  connection.pragma(`threads = ${SORT_THREADS}`);
  try {
    for (const index of indexes) await manager.query(index);
  } finally {
    connection.pragma('threads = 0');
  }
}

/**
 * SQLite: loads one record type's match keys into a table of its own, without the key index, and puts it in place
 * of match_key, so that other sessions' writes keep finding their candidates by the index meanwhile. Their key
 * writes are logged by triggers on match_key; the swap (one transaction) gives those records their live keys, copies
 * the other types' keys over and builds the key index once, which other sessions' writes wait for. An interrupted
 * load leaves match_key as it was; what a killed process leaves (the triggers, the staging tables) the next load
 * drops first. `load` writes the keys into the table named.
 */
export async function withSqliteStagedMatchKeys<T>(
  dataSource: DataSource,
  entityType: string,
  onStep: (step: StagingStep) => void | Promise<void>,
  load: (table: string) => Promise<T>,
): Promise<T> {
  try {
    await transaction(dataSource, ({ manager }) => stage(manager));
    await onStep('staged');
    const result = await load(STAGING);
    await transaction(dataSource, ({ manager }) => swap(manager, entityType));
    await onStep('swapped');
    return result;
  } finally {
    await transaction(dataSource, ({ manager }) => dropLeftovers(manager)).catch(() => undefined);
  }
}
