import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

/** Loads every child of a batch of parents in one query (activities of leads, contacts of relations …), oldest first. */
export function childrenLoader<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  foreignKey: keyof T & string,
) {
  return new DataLoader<number, T[]>(async (parentIds) => {
    const rows = await dataSource.getRepository(entity).find({
      where: { [foreignKey]: In([...parentIds]) } as never,
      order: { id: 'ASC' } as never,
    });
    const byParent = new Map<number, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get(row[foreignKey] as number)?.push(row);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
