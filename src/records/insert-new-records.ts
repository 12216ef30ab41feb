import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { bulkInsertReturningIds } from '../db/bulk-insert';

/**
 * Inserts new leads, relations or contacts in multi-row statements and completes the entities as they are stored:
 * id, version 1, creation and update time, column defaults. (TypeORM's save inserts them one at a time on SQLite
 * and reads each back, which costs more than the rest of a bulk intake's writing.)
 */
export async function insertNewRecords<E extends ObjectLiteral & { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  records: E[],
): Promise<void> {
  const columns = manager.connection.getMetadata(entity).columns.filter((column) => !column.isGenerated);
  const now = new Date();
  for (const record of records as ObjectLiteral[]) {
    for (const column of columns) {
      if (record[column.propertyName] !== undefined) continue;
      if (column.isCreateDate || column.isUpdateDate) record[column.propertyName] = now;
      else if (column.isVersion) record[column.propertyName] = 1;
      else
        record[column.propertyName] =
          column.default === undefined || typeof column.default === 'function' ? null : column.default;
    }
  }
  const ids = await bulkInsertReturningIds(manager, entity, records);
  records.forEach((record, n) => ((record as ObjectLiteral).id = ids[n]));
}
