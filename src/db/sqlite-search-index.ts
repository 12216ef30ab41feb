import type { DataSource } from 'typeorm';
import { fillSearchIndex, searchIndexMissing } from '../search/search-index';
import { transaction } from './transaction';

/**
 * An SQLite file from before search text gets the column from synchronize, empty: every record's text and tokens
 * are computed at start-up, in one transaction, so a start that is interrupted leaves nothing half done.
 */
export async function fillSqliteSearchIndex(dataSource: DataSource): Promise<void> {
  if (await searchIndexMissing(dataSource.manager))
    await transaction(dataSource, ({ manager: m }) => fillSearchIndex(m));
}
