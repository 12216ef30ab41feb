import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { UnitOfWork } from '../db/unit-of-work';
import type { EntityType } from '../entities/enums';
import { conflict, notFound } from '../schema/errors';
import { recordsWritten } from '../quality/records-written';

const WRITTEN_TYPES: Record<string, EntityType | undefined> = {
  Lead: 'LEAD',
  Relation: 'RELATION',
  Contact: 'CONTACT',
};

interface Versioned extends ObjectLiteral {
  id: number;
  version: number;
}

/**
 * Optimistic concurrency: the update applies only while the record still has
 * the version the client read; otherwise CONFLICT and nothing changes.
 */
export async function updateVersioned<T extends Versioned>(
  uow: UnitOfWork,
  entity: EntityTarget<T>,
  typeName: string,
  current: T,
  expectedVersion: number,
  changes: Partial<T>,
  globalId: string,
): Promise<T> {
  const stale = () =>
    conflict(
      `${typeName} ${globalId} was changed by someone else (now version ${current.version}, you sent ${expectedVersion}); reload it and try again`,
      { currentVersion: current.version },
    );
  const { manager } = uow;
  if (current.version !== expectedVersion) throw stale();
  if (Object.keys(changes).length > 0) {
    const result = await manager
      .createQueryBuilder()
      .update(entity)
      .set(changes as never)
      .where('id = :id AND version = :version', { id: current.id, version: expectedVersion })
      .execute();
    if (result.affected === 0) throw stale();
  }
  const updated = await manager.findOneBy(entity, { id: current.id } as never);
  if (!updated) throw notFound(typeName, globalId);
  const written = WRITTEN_TYPES[typeName];
  if (written) await recordsWritten(uow, written, [current.id]);
  return updated;
}
