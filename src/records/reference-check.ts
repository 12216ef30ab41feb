import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { User } from '../entities';
import { mayWork } from '../schema/access';
import { fieldError, type FieldError } from '../fields/field-errors';

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

/** The users among these ids, in one query. */
export async function usersById(
  manager: EntityManager,
  ids: Iterable<number | null | undefined>,
): Promise<Map<number, User>> {
  const wanted = [...new Set([...ids].filter((id): id is number => id != null))];
  const users = wanted.length > 0 ? await manager.findBy(User, { id: In(wanted) }) : [];
  return new Map(users.map((user) => [user.id, user]));
}

/**
 * What is wrong with giving a record of this division to a user (its owner, a deal's manager): no such user, or one
 * who could not work the record (as assignLead answers).
 */
export function colleagueErrors(
  field: string,
  userId: number | null | undefined,
  users: Map<number, User>,
  divisionId: number | null,
): FieldError[] {
  if (userId == null) return [];
  const user = users.get(userId);
  if (!user) return [fieldError(field, 'NOT_FOUND', 'No user with this id')];
  if (!mayWork(user, divisionId))
    return [fieldError(field, 'OTHER_DIVISION', 'This user works in another division and could not see the record')];
  return [];
}

/** An update's new owner must be a user who may work the record's division (creating checks owners in createRecords). */
export async function checkOwner(
  manager: EntityManager,
  ownerId: number | null | undefined,
  divisionId: number | null,
): Promise<FieldError[]> {
  return colleagueErrors('ownerId', ownerId, await usersById(manager, [ownerId]), divisionId);
}
