import type { EntityManager } from 'typeorm';
import { refreshMatchKeys } from '../quality/matching/match-keys.service';
import type { EntityType } from '../quality/record-fields';

/**
 * Every write of a lead, relation or contact ends here, inside its transaction,
 * so what is derived from the record (its match keys) never goes stale.
 */
export async function recordsWritten(manager: EntityManager, entityType: EntityType, ids: number[]): Promise<void> {
  await refreshMatchKeys(manager, entityType, ids);
}
