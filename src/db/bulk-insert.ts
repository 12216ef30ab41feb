import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { PerDatabase } from './per-database';

const ROWS_PER_STATEMENT = 500;

type Row<T> = Partial<T>;

/** One multi-row INSERT per chunk of rows; calls inserted with what the driver answered and the chunk's size. */
async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Row<T>[],
  rowsPerStatement: number,
  inserted: (result: unknown, count: number) => void = () => undefined,
): Promise<void> {
  if (rows.length === 0) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((column) => column.propertyName in rows[0] || column.isVersion);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const table = driver.escape(metadata.tableName);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const values: unknown[] = [];
    for (const row of chunk) {
      for (const column of columns) {
        const value = row[column.propertyName];
        values.push(value === undefined && column.isVersion ? 1 : driver.preparePersistentValue(value ?? null, column));
      }
    }
    inserted(
      await manager.query(`INSERT INTO ${table} (${names}) VALUES ${chunk.map(() => tuple).join(', ')}`, values),
      chunk.length,
    );
  }
}

/**
 * Inserts many rows with multi-row INSERT statements. At thousands of rows the
 * query builder's per-parameter bookkeeping costs more than the database's own
 * work; here each value is only converted by the driver, as the query builder
 * would convert it. Every row must name the same columns (the first row's);
 * a version column not named starts at 1. Generated ids are not read back.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Row<T>[],
): Promise<void> {
  await insertInChunks(manager, entity, rows, ROWS_PER_STATEMENT);
}

const consecutiveIds = new PerDatabase<Promise<boolean>>();

/**
 * Whether the rows of one multi-row INSERT get consecutive ids. SQLite: always (its transactions run one at a time).
 * MySQL: under InnoDB's "consecutive" auto-increment locking (mode 0 or 1, MariaDB's default) with a step of 1;
 * mode 2 may interleave concurrent statements' ids.
 */
function insertsGetConsecutiveIds(manager: EntityManager): Promise<boolean> {
  return consecutiveIds.of(manager.dataSource, () =>
    manager.dataSource.options.type === 'better-sqlite3'
      ? Promise.resolve(true)
      : manager
          .query('SELECT @@innodb_autoinc_lock_mode AS lockMode, @@auto_increment_increment AS step')
          .then(
            ([{ lockMode, step }]: { lockMode: number | string; step: number | string }[]) =>
              Number(lockMode) <= 1 && Number(step) === 1,
          ),
  );
}

/** The ids one INSERT of `count` rows generated, from what the driver answered: SQLite's last id, MySQL's first. */
function generatedIds(result: unknown, count: number): number[] {
  const first =
    typeof result === 'object' && result !== null && 'insertId' in result
      ? Number(result.insertId)
      : Number(result) - count + 1;
  return Array.from({ length: count }, (_, n) => first + n);
}

/** As bulkInsert, and answers the generated ids in row order: multi-row statements where the ids come out consecutive, else a row per statement. */
export async function bulkInsertReturningIds<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Row<T>[],
): Promise<number[]> {
  const ids: number[] = [];
  const rowsPerStatement = (await insertsGetConsecutiveIds(manager)) ? ROWS_PER_STATEMENT : 1;
  await insertInChunks(manager, entity, rows, rowsPerStatement, (result, count) =>
    ids.push(...generatedIds(result, count)),
  );
  return ids;
}
