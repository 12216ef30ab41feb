import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { User } from '../entities';
import { fieldError, type FieldError } from './field-errors';

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

/** An update's new owner must be a user: the field error when it is not (creating checks owners in createRecords). */
export async function checkOwnerExists(
  manager: EntityManager,
  ownerId: number | null | undefined,
): Promise<FieldError[]> {
  if (ownerId == null || (await existingIds(manager, User, [ownerId])).has(ownerId)) return [];
  return [fieldError('ownerId', 'NOT_FOUND', 'No user with this id')];
}
