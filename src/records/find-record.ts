import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { User } from '../entities';
import { assertDivisionAccess } from '../schema/access';
import { notFound } from '../schema/errors';
import { toGlobalId } from '../schema/global-id';

/** A record by id, checked to exist, whatever its division: for links that may cross divisions (a lead converted into a customer another division knows). */
export async function loadRecord<T extends ObjectLiteral & { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<T> & { name: string },
  id: number,
): Promise<T> {
  const record = await manager.findOneBy(entity, { id } as never);
  if (!record) throw notFound(entity.name, toGlobalId(entity.name, id));
  return record;
}

/** A record by id, checked to exist and to be in the actor's reach. */
export async function findRecord<T extends ObjectLiteral & { id: number; divisionId?: number | null }>(
  manager: EntityManager,
  actor: User,
  entity: EntityTarget<T> & { name: string },
  id: number,
): Promise<T> {
  const record = await loadRecord(manager, entity, id);
  if ('divisionId' in record)
    assertDivisionAccess(actor, record.divisionId ?? null, `${entity.name} ${toGlobalId(entity.name, id)}`);
  return record;
}
