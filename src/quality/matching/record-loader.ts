import { In, type EntityManager } from 'typeorm';
import { Contact, Lead, Relation } from '../../entities';
import { RecordStatus } from '../../entities/enums';
import type { ContactFields, EntityType, LeadFields, RelationFields } from '../record-fields';
import type { MatchRecord } from './match-record';

export type MatchableEntity = Relation | Contact | Lead;

export const ENTITY_OF_TYPE = { RELATION: Relation, CONTACT: Contact, LEAD: Lead } as const;

function fieldsOf(entityType: EntityType, record: MatchableEntity, relationCountry: (id: number | null) => string | null) {
  if (entityType === 'CONTACT') {
    const contact = record as Contact;
    return { ...contact, relationId: contact.relationId == null ? null : String(contact.relationId), country: relationCountry(contact.relationId) } as ContactFields;
  }
  return record as RelationFields | LeadFields;
}

/** The records of one type by id, as the matching engine reads them; merged records are left out. */
export async function loadMatchRecords(manager: EntityManager, entityType: EntityType, ids: number[]): Promise<{ records: MatchRecord[]; entities: Map<number, MatchableEntity> }> {
  if (ids.length === 0) return { records: [], entities: new Map() };
  const rows: MatchableEntity[] = await manager.findBy(ENTITY_OF_TYPE[entityType] as typeof Relation, { id: In(ids) });
  const live = rows.filter((row) => row.status !== RecordStatus.MERGED);
  const relationIds = entityType === 'CONTACT' ? [...new Set(live.map((c) => (c as Contact).relationId).filter((id): id is number => id != null))] : [];
  const countries = new Map(
    relationIds.length ? (await manager.find(Relation, { select: { id: true, country: true }, where: { id: In(relationIds) } })).map((r) => [r.id, r.country]) : [],
  );
  const relationCountry = (id: number | null) => (id == null ? null : countries.get(id) ?? null);
  return {
    records: live.map((row) => ({ id: String(row.id), entityType, fields: fieldsOf(entityType, row, relationCountry) })),
    entities: new Map(live.map((row) => [row.id, row])),
  };
}
