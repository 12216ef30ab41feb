import type { UnitOfWork } from '../../db/unit-of-work';
import type { EntityType } from '../record-fields';

/**
 * Runs `work`, which creates records of `entityType` its caller has matched already and creates only where nothing
 * matched at the model's threshold (the import with skipDuplicates: against the stored records and the other rows
 * of the batch). The cluster refresh of those records would find no link, so it is left out: without this the
 * import matched every row twice.
 */
export async function creatingMatchedRecords<T>(
  uow: UnitOfWork,
  entityType: EntityType,
  work: () => Promise<T>,
): Promise<T> {
  uow.matchedBeforeWriting.add(entityType);
  try {
    return await work();
  } finally {
    uow.matchedBeforeWriting.delete(entityType);
  }
}

/** Whether records of this type created now in this unit of work were matched before they were written (see creatingMatchedRecords). */
export function createdRecordsMatched(uow: UnitOfWork, entityType: EntityType): boolean {
  return uow.matchedBeforeWriting.has(entityType);
}
