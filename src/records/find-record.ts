import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { User } from '../entities';
import { assertDivisionAccess } from '../schema/access';
import { notFound } from '../schema/errors';
import { idOf } from '../schema/global-id';

/** A record by its global id, checked to exist, whatever its division: for links that may cross divisions (a lead converted into a customer another division knows). */
export async function loadRecord<T extends ObjectLiteral & { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<T> & { name: string },
  globalId: string,
  field = 'id',
): Promise<T> {
  const id = idOf(entity.name, globalId, field);
  const record = await manager.findOneBy(entity, { id } as never);
  if (!record) throw notFound(entity.name, globalId);
  return record;
}

/** A record by its global id, checked to exist and to be in the actor's reach. */
export async function findRecord<T extends ObjectLiteral & { id: number; divisionId?: number | null }>(
  manager: EntityManager,
  actor: User,
  entity: EntityTarget<T> & { name: string },
  globalId: string,
  field = 'id',
): Promise<T> {
  const record = await loadRecord(manager, entity, globalId, field);
  if ('divisionId' in record) assertDivisionAccess(actor, record.divisionId ?? null, `${entity.name} ${globalId}`);
  return record;
}
