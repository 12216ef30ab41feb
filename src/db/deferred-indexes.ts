import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * SQLite: runs a bulk load into an entity's table with its non-unique secondary indexes dropped, and builds them
 * again after. SQLite pays a random B-tree insert per index and row; building an index once over the loaded rows is
 * several times faster (2 million match keys: 42 s with the index, 8 s loading and indexing); a process that dies
 * meanwhile leaves them to synchronize when the file is next opened. Not for MySQL: DROP and CREATE INDEX there wait
 * for every open transaction on the table and stall every other session's access to it meanwhile, and nothing would
 * build a dropped index again (withStagedMatchKeys swaps a staged table in instead).
 */
export async function withIndexesDeferred<T>(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const table = await runner.getTable(dataSource.getMetadata(entity).tableName);
    const deferred = table?.indices.filter((index) => !index.isUnique) ?? [];
    for (const index of deferred) await runner.dropIndex(table!, index);
    try {
      return await work();
    } finally {
      for (const index of deferred) await runner.createIndex(table!, index);
    }
  } finally {
    await runner.release();
  }
}
