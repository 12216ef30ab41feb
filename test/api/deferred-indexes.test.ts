import type { DataSource } from 'typeorm';
import { withIndexesDeferred } from '../../src/db/deferred-indexes';
import { openDatabase } from '../../src/db/open-database';
import { MatchKey } from '../../src/entities';
import { freshDatabaseUrl } from '../support/database';

let dataSource: DataSource;

beforeEach(async () => {
  dataSource = await openDatabase(await freshDatabaseUrl());
});
afterEach(async () => {
  await dataSource.destroy();
});

async function keyIndexPresent(): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  try {
    const table = await runner.getTable('match_key');
    return table!.indices.some((index) => index.columnNames.join() === 'key,entityType,recordId');
  } finally {
    await runner.release();
  }
}

const someKey = () => dataSource.getRepository(MatchKey).insert({ entityType: 'RELATION', recordId: 1, key: 42 });

describe('withIndexesDeferred', () => {
  it('loads an empty table without its key index and builds the index after', async () => {
    await withIndexesDeferred(dataSource, MatchKey, async () => {
      expect(await keyIndexPresent()).toBe(false);
      await someKey();
    });
    expect(await keyIndexPresent()).toBe(true);
    expect(await dataSource.getRepository(MatchKey).findBy({ key: 42 })).toHaveLength(1);
  });

  it('keeps the index of a table that has rows on MySQL, where server instances look up keys meanwhile', async () => {
    await someKey();
    const onMysql = dataSource.options.type !== 'better-sqlite3';
    await withIndexesDeferred(dataSource, MatchKey, async () => expect(await keyIndexPresent()).toBe(onMysql));
    expect(await keyIndexPresent()).toBe(true);
  });

  it('builds again an index an interrupted load left dropped', async () => {
    await someKey();
    const runner = dataSource.createQueryRunner();
    try {
      const table = (await runner.getTable('match_key'))!;
      await runner.dropIndex(table, table.indices.find((index) => index.columnNames.join() === 'key,entityType,recordId')!);
    } finally {
      await runner.release();
    }
    expect(await keyIndexPresent()).toBe(false);
    await withIndexesDeferred(dataSource, MatchKey, async () => undefined);
    expect(await keyIndexPresent()).toBe(true);
  });
});
