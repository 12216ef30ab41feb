import type { EntityManager } from 'typeorm';
import type { EntityType } from '../record-fields';

const matching = new WeakMap<EntityManager, EntityType>();

/**
 * Runs `work`, which creates records of `entityType` its caller has matched already and creates only where nothing
 * matched at the model's threshold (the import with skipDuplicates: against the stored records and the other rows
 * of the batch). The cluster refresh of those records would find no link, so it is left out: without this the
 * import matched every row twice.
 */
export async function creatingMatchedRecords<T>(
  manager: EntityManager,
  entityType: EntityType,
  work: () => Promise<T>,
): Promise<T> {
  matching.set(manager, entityType);
  try {
    return await work();
  } finally {
    matching.delete(manager);
  }
}

/** Whether records of this type created now in this transaction were matched before they were written (see creatingMatchedRecords). */
export function createdRecordsMatched(manager: EntityManager, entityType: EntityType): boolean {
  return matching.get(manager) === entityType;
}
