import type { DataSource } from 'typeorm';
import { Lead } from '../entities';
import { fillTagLists } from '../tags/tag-lists';
import { oldestRowLacks } from './oldest-row';
import { transaction } from './transaction';

/** An SQLite file from before kept tag lists gets the column from synchronize, empty: the lists are filled at start-up. */
export async function fillSqliteTagLists(dataSource: DataSource): Promise<void> {
  if (await oldestRowLacks(dataSource.manager, Lead, 'tagList'))
    await transaction(dataSource, ({ manager: m }) => fillTagLists(m));
}
