import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Whether the oldest row of an entity's table holds NULL in this column, false for an empty table: for a column
 * every write fills and whose fill of older rows runs in one transaction, it tells without a scan that the fill is due.
 */
export async function oldestRowLacks(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  column: string,
): Promise<boolean> {
  const oldest = await manager
    .createQueryBuilder(entity, 'r')
    .select(`r.${column}`, 'value')
    .orderBy('r.id', 'ASC')
    .limit(1)
    .getRawOne<{ value: unknown }>();
  return !!oldest && oldest.value === null;
}
