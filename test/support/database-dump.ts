import type { DataSource } from 'typeorm';

/** The merge log, which a merge and its undo add to: every other table ends as it began. */
export const MERGE_LOG_TABLES = ['record_merge', 'merge_member', 'merge_change'];

/** Every row of every table (but those left out), as the database holds them, in primary-key order: equal dumps, equal data. */
export async function dumpDatabase(
  dataSource: DataSource,
  leaveOut: string[] = [],
): Promise<Record<string, unknown[]>> {
  const quote = (name: string) => dataSource.driver.escape(name);
  const tables = dataSource.entityMetadatas
    .filter((m) => !leaveOut.includes(m.tableName))
    .sort((a, b) => a.tableName.localeCompare(b.tableName));
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const order = table.primaryColumns.map((c) => quote(c.databaseName)).join(', ');
    dump[table.tableName] = await dataSource.query(`SELECT * FROM ${quote(table.tablePath)} ORDER BY ${order}`);
  }
  return dump;
}
