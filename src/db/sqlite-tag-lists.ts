import type { DataSource } from 'typeorm';
import { fillTagLists, tagListsMissing } from '../tags/tag-lists';
import { transaction } from './transaction';

/** An SQLite file from before kept tag lists gets the column from synchronize, empty: the lists are filled at start-up. */
export async function fillSqliteTagLists(dataSource: DataSource): Promise<void> {
  if (await tagListsMissing(dataSource.manager)) await transaction(dataSource, ({ manager: m }) => fillTagLists(m));
}
