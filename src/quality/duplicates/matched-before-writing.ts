import type { EntityManager } from 'typeorm';

const matching = new WeakSet<EntityManager>();

/**
 * Runs `work`, which creates records its caller has matched already and creates only where nothing matched at the
 * model's threshold (the import with skipDuplicates: against the stored records and the other rows of the batch).
 * The cluster refresh of those records would find no link, so it is left out: without this the import matched every
 * row twice.
 */
export async function creatingMatchedRecords<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  matching.add(manager);
  try {
    return await work();
  } finally {
    matching.delete(manager);
  }
}

/** Whether records created now in this transaction were matched before they were written (see creatingMatchedRecords). */
export function createdRecordsMatched(manager: EntityManager): boolean {
  return matching.has(manager);
}
