import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { entitiesWhereIn } from '../db/entities-where-in';

/** Loads every child of a batch of parents in one query (activities of leads, contacts of relations …), oldest first. */
export function childrenLoader<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  foreignKey: keyof T & string,
) {
  return new DataLoader<number, T[]>(async (parentIds) => {
    const rows = await entitiesWhereIn(dataSource, entity, foreignKey, parentIds, true);
    const byParent = new Map<number, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get(row[foreignKey] as number)?.push(row);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
