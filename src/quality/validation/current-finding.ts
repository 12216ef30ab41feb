import type { EntityManager } from 'typeorm';
import { Finding } from '../../entities';
import { conflict, notFound } from '../../schema/errors';
import { toGlobalId } from '../../schema/global-id';
import { recordOfKey } from './record-key';
import { loadValidatedRecords, type ValidatedRecord } from './validated-records';

/**
 * A finding with its record, checked to describe the record's value as it is
 * now. Findings follow every write made through the API, so a mismatch means
 * the data was changed around it: CONFLICT.
 */
export async function loadCurrentFinding(
  manager: EntityManager,
  findingId: number,
): Promise<{ finding: Finding; record: ValidatedRecord }> {
  const globalId = toGlobalId('Finding', findingId);
  const finding = await manager.findOneBy(Finding, { id: findingId });
  if (!finding) throw notFound('Finding', globalId);
  const { entityType, id } = recordOfKey(finding.recordKey);
  const [record] = await loadValidatedRecords(manager, entityType, [id]);
  if (!record)
    throw conflict(`The record of finding ${globalId} is closed or gone; run crm quality scan to clear its findings`);
  const fields = record.fields as unknown as Record<string, string | null | undefined>;
  // a rule reading alternatives ('email|phone') has no single value to compare
  if (finding.field in fields && (fields[finding.field] ?? null) !== finding.value) {
    throw conflict(`The ${finding.field} of this record changed since the finding was made; reload the report`, {
      currentValue: fields[finding.field] ?? null,
    });
  }
  return { finding, record };
}
