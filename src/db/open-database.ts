import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig';

/** Connects and brings the schema up to date: SQLite follows the entities, MySQL runs the pending migrations. */
export async function openDatabase(databaseUrl: string): Promise<DataSource> {
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  if (dataSource.options.type === 'mysql') await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
