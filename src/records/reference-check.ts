import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

/** The ids among these that exist, in one query: a batch checks its references without a query per item. */
export async function existingIds<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: Iterable<number | null | undefined>,
): Promise<Set<number>> {
  const wanted = [...new Set([...ids].filter((id): id is number => id != null))];
  if (wanted.length === 0) return new Set();
  const rows = await manager.find(entity, { select: { id: true } as never, where: { id: In(wanted) } as never });
  return new Set(rows.map((row) => (row as unknown as { id: number }).id));
}
