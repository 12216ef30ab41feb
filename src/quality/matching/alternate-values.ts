import { In, type EntityManager } from 'typeorm';
import { AlternateValue } from '../../entities';
import type { EntityType } from '../record-fields';
import type { MatchRecord } from './match-record';

/**
 * The records, and each once more per value a merge kept as its alternate (a
 * second e-mail, a former phone number), so that those values find it as well.
 */
export async function withAlternateValues(
  manager: EntityManager,
  entityType: EntityType,
  records: MatchRecord[],
): Promise<MatchRecord[]> {
  if (records.length === 0) return records;
  const byId = new Map(records.map((record) => [Number(record.id), record]));
  const alternates = await manager.findBy(AlternateValue, { entityType, recordId: In([...byId.keys()]) });
  const variants = alternates.map(({ recordId, field, value }) => {
    const record = byId.get(recordId)!;
    return { ...record, fields: { ...record.fields, [field]: value } };
  });
  return [...records, ...variants];
}
