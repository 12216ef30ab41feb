import { DataSource, type DataSourceOptions } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import { openDatabase } from '../../src/db/open-database';
import { MatchKey } from '../../src/entities';
import { MIGRATIONS } from '../../src/migrations';
import { HashedMatchKeys1795507376076 } from '../../src/migrations/1795507376076-HashedMatchKeys';
import { matchKeyHash } from '../../src/quality/matching/match-key-hash';
import { freshDatabaseUrl } from '../support/database';

const TEXT_KEYS: Array<[string, number, string]> = [
  ['LEAD', 2, 'email:a@b.dk'],
  ['RELATION', 1, 'person-postal:ØRSTED|2100'],
  ['RELATION', 1, 'phone:+4755998877'],
];

/**
 * The database as the code before hashed keys left it: on MySQL the migrations before HashedMatchKeys (and the copy
 * of a failed HashedMatchKeys run); on SQLite text in the key column, as synchronize copies it.
 */
async function databaseWithTextKeys(url: string): Promise<void> {
  const onSqlite = url.startsWith('sqlite:');
  const options = createDataSource(url).options;
  const old = new DataSource(
    onSqlite
      ? options
      : ({
          ...options,
          migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(HashedMatchKeys1795507376076)),
        } as DataSourceOptions),
  );
  await old.initialize();
  try {
    if (!onSqlite) {
      await old.runMigrations({ transaction: 'each' });
      // what a HashedMatchKeys run that failed half-way leaves behind
      await old.query('CREATE TABLE match_key_hashed (entityType varchar(10) NOT NULL)');
    }
    await old.query(
      `INSERT INTO match_key (entityType, recordId, ${old.driver.escape('key')}) VALUES ${TEXT_KEYS.map(() => '(?, ?, ?)').join(', ')}`,
      TEXT_KEYS.flat(),
    );
  } finally {
    await old.destroy();
  }
}

describe('match keys stored as text before keys were hashed', () => {
  it('are hashed when the database is opened (MySQL: by the HashedMatchKeys migration), and look-ups find them', async () => {
    const url = await freshDatabaseUrl();
    await databaseWithTextKeys(url);
    const dataSource = await openDatabase(url);
    try {
      const keys = await dataSource
        .getRepository(MatchKey)
        .find({ order: { entityType: 'ASC', recordId: 'ASC', key: 'ASC' } });
      const expected = TEXT_KEYS.map(([entityType, recordId, text]) => ({
        entityType,
        recordId,
        key: matchKeyHash(text),
      }));
      expect(keys).toEqual(expect.arrayContaining(expected));
      expect(keys).toHaveLength(expected.length);
      expect(await dataSource.getRepository(MatchKey).findBy({ key: matchKeyHash('phone:+4755998877') })).toEqual([
        { entityType: 'RELATION', recordId: 1, key: matchKeyHash('phone:+4755998877') },
      ]);
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
