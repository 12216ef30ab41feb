import type { UnitOfWork } from '../db/unit-of-work';
import { createdRecordsMatched } from './duplicates/matched-before-writing';
import { refreshClusters } from './duplicates/refresh-clusters';
import { rememberWritten } from './matching/find-matches';
import { refreshMatchKeys } from './matching/match-keys.service';
import { loadMatchRecords } from './matching/record-loader';
import type { EntityType } from '../entities/enums';
import { refreshFindings } from './validation/refresh-findings';
import { refreshSearchIndex } from '../search/search-index';

/**
 * Every write of a lead, relation or contact ends here, inside its transaction,
 * so what is derived from the record (its search text and tokens, its match keys,
 * its duplicate clusters, its validation findings) never goes stale.
 */
export async function recordsWritten(
  uow: UnitOfWork,
  entityType: EntityType,
  ids: number[],
  created = false,
): Promise<void> {
  const { manager } = uow;
  await refreshSearchIndex(manager, entityType, ids, created);
  const { records } = await loadMatchRecords(manager, entityType, ids);
  await refreshMatchKeys(manager, entityType, ids, records, created);
  if (created && createdRecordsMatched(uow, entityType)) rememberWritten(uow, entityType, ids, records);
  else await refreshClusters(uow, entityType, ids, records);
  await refreshFindings(manager, entityType, ids, undefined, created);
}
