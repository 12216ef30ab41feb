import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

const ROWS_PER_STATEMENT = 500;

/**
 * Inserts many rows with multi-row INSERT statements. At thousands of rows the
 * query builder's per-parameter bookkeeping costs more than the database's own
 * work; here each value is only converted by the driver, as the query builder
 * would convert it. Every row must name the same columns (the first row's);
 * a version column not named starts at 1. Generated ids are not read back.
 */
export async function bulkInsert<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((column) => column.propertyName in rows[0] || column.isVersion);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const table = driver.escape(metadata.tableName);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values: unknown[] = [];
    for (const row of chunk) {
      for (const column of columns) {
        const value = row[column.propertyName];
        values.push(value === undefined && column.isVersion ? 1 : driver.preparePersistentValue(value ?? null, column));
      }
    }
    await manager.query(`INSERT INTO ${table} (${names}) VALUES ${chunk.map(() => tuple).join(', ')}`, values);
  }
}
