import { openDatabase } from '../../src/db/open-database';
import { freshDatabaseUrl } from '../support/database';

describe('the database schema', () => {
  it('start-up produces exactly the schema of the entities (on MySQL: from the migrations alone, nothing pending)', async () => {
    const dataSource = await openDatabase(await freshDatabaseUrl());
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      if (dataSource.options.type !== 'better-sqlite3') {
        expect(await dataSource.showMigrations()).toBe(false);
      }
    } finally {
      await dataSource.destroy();
    }
  });
});
