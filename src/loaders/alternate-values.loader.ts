import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AlternateValue } from '../entities';
import type { EntityType } from '../entities/enums';

/** The alternate values of a batch of leads, relations or contacts, in one query, in the order merges kept them. */
export function alternateValuesLoader(dataSource: DataSource, entityType: EntityType) {
  return new DataLoader<number, AlternateValue[]>(async (recordIds) => {
    const rows = await dataSource
      .getRepository(AlternateValue)
      .find({ where: { entityType, recordId: In([...recordIds]) }, order: { id: 'ASC' } });
    const byRecord = new Map<number, AlternateValue[]>(recordIds.map((id) => [id, []]));
    for (const row of rows) byRecord.get(row.recordId)?.push(row);
    return recordIds.map((id) => byRecord.get(id) ?? []);
  });
}
