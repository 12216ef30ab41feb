import type { DataSource } from 'typeorm';
import { ValidationEntry, ValidationRecordCount } from '../entities';
import { rebuildRecordCounts } from '../quality/validation/record-counts';
import { transaction } from './transaction';

/** An SQLite file from before the validation report's kept record counts gets their table from synchronize, empty: they are counted from its entries at start-up. */
export async function fillSqliteRecordCounts(dataSource: DataSource): Promise<void> {
  const { manager } = dataSource;
  const counted = await manager.createQueryBuilder(ValidationRecordCount, 'c').select('1').limit(1).getRawOne();
  const entries = await manager.createQueryBuilder(ValidationEntry, 'e').select('1').limit(1).getRawOne();
  if (!counted && entries) await transaction(dataSource, ({ manager: m }) => rebuildRecordCounts(m));
}
