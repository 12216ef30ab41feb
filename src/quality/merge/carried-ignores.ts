import type { EntityManager } from 'typeorm';
import type { RowImage } from '../../db/raw-rows';
import { Finding } from '../../entities';
import type { EntityType } from '../record-fields';
import { recordKey } from '../validation/record-key';
import { refreshFindings } from '../validation/refresh-findings';

/**
 * A steward's "false alarm" on a merged record's finding holds for the survivor
 * when the survivor took the value it was about: the survivor's finding of the
 * same rule, field and value is ignored as it was, by the same steward.
 */
export async function carryIgnores(
  manager: EntityManager,
  entityType: EntityType,
  survivorId: number,
  findingsBefore: RowImage[],
): Promise<void> {
  const ignoredAt = manager.connection.getMetadata(Finding).findColumnWithPropertyName('ignoredAt')!;
  const ignored = findingsBefore.filter(
    (f) => f.ignoredAt !== null && f.entityType === entityType && f.recordKey !== recordKey(entityType, survivorId),
  );
  for (const open of await manager.findBy(Finding, { recordKey: recordKey(entityType, survivorId) })) {
    const earlier = ignored.find((f) => f.code === open.code && f.field === open.field && f.value === open.value);
    if (!earlier || open.ignoredAt) continue;
    const at = manager.connection.driver.prepareHydratedValue(earlier.ignoredAt, ignoredAt) as Date;
    await refreshFindings(manager, entityType, [survivorId], {
      findingId: open.id,
      at,
      byId: earlier.ignoredById as number | null,
      reason: earlier.ignoredReason as string,
    });
  }
}
