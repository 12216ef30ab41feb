import { In, type EntityManager } from 'typeorm';
import { Contact, Lead, Relation } from '../../entities';
import { RECORD_TYPES } from '../../entities/record-types';
import type { ContactFields, EntityType, LeadFields, RelationFields } from '../record-fields';
import type { MatchRecord } from './match-record';

export type MatchableEntity = Relation | Contact | Lead;

/** The columns matching reads: the id and the fields of record-fields.ts (a contact's relation for its country). */
function matchColumns(entityType: EntityType): readonly string[] {
  return ['id', ...RECORD_TYPES[entityType].qualityFields, ...(entityType === 'CONTACT' ? ['relationId'] : [])];
}

function fieldsOf(
  entityType: EntityType,
  record: MatchableEntity,
  relationCountry: (id: number | null) => string | null,
) {
  if (entityType === 'CONTACT') {
    const contact = record as Contact;
    return {
      ...contact,
      relationId: contact.relationId == null ? null : String(contact.relationId),
      country: relationCountry(contact.relationId),
    } as ContactFields;
  }
  return record as RelationFields | LeadFields;
}

/** The country of each relation contacts belong to (a contact's phone is read in it), in one query. */
export async function relationCountries(
  manager: EntityManager,
  relationIds: (number | null | undefined)[],
): Promise<(id: number | null | undefined) => string | null> {
  const ids = [...new Set(relationIds.filter((id): id is number => id != null))];
  const relations =
    ids.length > 0 ? await manager.find(Relation, { select: { id: true, country: true }, where: { id: In(ids) } }) : [];
  const countries = new Map(relations.map((relation) => [relation.id, relation.country]));
  return (id) => (id == null ? null : (countries.get(id) ?? null));
}

/** Rows of one type as the matching engine reads them: a contact takes its relation's country for its phone. */
async function asMatchRecords(
  manager: EntityManager,
  entityType: EntityType,
  rows: MatchableEntity[],
): Promise<MatchRecord[]> {
  const relationCountry = await relationCountries(
    manager,
    entityType === 'CONTACT' ? rows.map((row) => (row as Contact).relationId) : [],
  );
  return rows.map((row) => ({ id: String(row.id), entityType, fields: fieldsOf(entityType, row, relationCountry) }));
}

/**
 * Rows of one type's match columns, unmatched records left out, with plain SQL: the matching columns are text and
 * integers that need no conversion, and the write path reads millions of candidate rows through here.
 */
async function matchRows(
  manager: EntityManager,
  entityType: EntityType,
  condition: string,
  parameters: unknown[],
  tail = '',
): Promise<MatchableEntity[]> {
  const { driver } = manager.connection;
  const table = driver.escape(manager.connection.getMetadata(RECORD_TYPES[entityType].entity).tableName);
  const columns = matchColumns(entityType)
    .map((column) => driver.escape(column))
    .join(', ');
  const { unmatched } = RECORD_TYPES[entityType];
  const statuses = unmatched.map(() => '?').join(', ');
  const sql = `SELECT ${columns} FROM ${table} WHERE ${condition} AND ${driver.escape('status')} NOT IN (${statuses}) ${tail}`;
  const rows: MatchableEntity[] = await manager.query(sql, [...parameters, ...unmatched]);
  for (const row of rows) row.id = Number(row.id);
  return rows;
}

/** The records of one type by id, as the matching engine reads them (plain rows, not entities); unmatched ones are left out. */
export async function loadMatchRecords(
  manager: EntityManager,
  entityType: EntityType,
  ids: number[],
): Promise<{ records: MatchRecord[] }> {
  if (ids.length === 0) return { records: [] };
  const id = manager.connection.driver.escape('id');
  const rows = await matchRows(manager, entityType, `${id} IN (${ids.map(() => '?').join(', ')})`, ids);
  return { records: await asMatchRecords(manager, entityType, rows) };
}

/** The next `limit` records of one type after `afterId`, in id order, unmatched ones left out: a scan's page, read as plain rows. */
export async function loadMatchRecordPage(
  manager: EntityManager,
  entityType: EntityType,
  afterId: number,
  limit: number,
): Promise<MatchRecord[]> {
  const id = manager.connection.driver.escape('id');
  return asMatchRecords(
    manager,
    entityType,
    await matchRows(manager, entityType, `${id} > ?`, [afterId], `ORDER BY ${id} LIMIT ${Number(limit)}`),
  );
}

/** How many records of one type a scan reads. */
export function countMatchRecords(manager: EntityManager, entityType: EntityType): Promise<number> {
  return manager
    .createQueryBuilder(RECORD_TYPES[entityType].entity as typeof Relation, 'record')
    .where('record.status NOT IN (:...unmatched)', { unmatched: RECORD_TYPES[entityType].unmatched })
    .getCount();
}
