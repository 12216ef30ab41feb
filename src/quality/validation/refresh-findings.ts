import type { EntityManager } from 'typeorm';
import { Contact } from '../../entities';
import type { EntityType } from '../record-fields';
import { loadStoredByKeys, writeChanges } from './finding-store';
import { syncFindings, type IgnoreMark } from './finding-sync';
import { recordKey } from './record-key';
import { loadValidatedRecords } from './validated-records';

async function contactsOf(manager: EntityManager, relationIds: number[]): Promise<number[]> {
  const rows = await manager
    .createQueryBuilder(Contact, 'contact')
    .select('contact.id', 'id')
    .where('contact.relationId IN (:...relationIds)', { relationIds })
    .getRawMany<{ id: number }>();
  return rows.map((row) => Number(row.id));
}

/**
 * Re-validates these records and stores what is found, moving the report's
 * entries and counts with it; runs in the transaction that wrote them. A
 * relation's contacts follow, since their phones are read by its country.
 */
export async function refreshFindings(
  manager: EntityManager,
  entityType: EntityType,
  ids: number[],
  ignore?: IgnoreMark,
  created = false,
): Promise<void> {
  if (ids.length === 0) return;
  const records = await loadValidatedRecords(manager, entityType, ids);
  // new records have nothing stored, and reading it FOR UPDATE would gap-lock where concurrent creates insert (MySQL)
  const stored = created
    ? { findings: [], entries: [] }
    : await loadStoredByKeys(
        manager,
        ids.map((id) => recordKey(entityType, id)),
      );
  await writeChanges(manager, syncFindings(records, stored, ignore), { counts: true });
  if (entityType === 'RELATION') await refreshFindings(manager, 'CONTACT', await contactsOf(manager, ids));
}
