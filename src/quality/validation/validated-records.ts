import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Relation } from '../../entities';
import { RECORD_TYPES } from '../../entities/record-types';
import type { EntityType } from '../record-fields';
import type { RecordFields } from './rule-types';

/** A lead, relation or contact as the validation engine reads it. */
export interface ValidatedRecord {
  entityType: EntityType;
  id: number;
  version: number;
  divisionId: number | null;
  ownerId: number | null;
  createdAt: Date;
  /** exactly the fields the rules read; a contact's country is its relation's */
  fields: RecordFields;
  /** names, e-mail and phone, for the report's free-text search */
  searchText: string;
}

const SEARCH_LENGTH = 500;

type Raw = Record<string, unknown>;

export function isFixableField(entityType: EntityType, field: string): boolean {
  return RECORD_TYPES[entityType].qualityFields.includes(field);
}

/** The open records of a type as raw rows: only the columns the engine needs, no entity hydration (the scan reads millions). */
function selectOpen(manager: EntityManager, entityType: EntityType): SelectQueryBuilder<Raw> {
  const { entity, closed, qualityFields: fields } = RECORD_TYPES[entityType];
  const query = manager.createQueryBuilder(entity as typeof Relation, 'record').select('record.id', 'id');
  for (const column of [...fields, 'version', 'divisionId', 'ownerId', 'createdAt'])
    query.addSelect(`record.${column}`, column);
  if (entityType === 'CONTACT') {
    query
      .addSelect('record.relationId', 'relationId')
      .leftJoin(Relation, 'relation', 'relation.id = record.relationId')
      .addSelect('relation.country', 'relationCountry');
  }
  return query.where('record.status NOT IN (:...closed)', { closed }) as unknown as SelectQueryBuilder<Raw>;
}

const orNull = (value: unknown): number | null => (value == null ? null : Number(value));

function reader(manager: EntityManager, entityType: EntityType): (raw: Raw) => ValidatedRecord {
  const source = RECORD_TYPES[entityType];
  const createdAt = manager.connection.getMetadata(source.entity).findColumnWithPropertyName('createdAt')!;
  const driver = manager.connection.driver;
  return (raw) => {
    const fields: Raw = {};
    for (const field of source.qualityFields) fields[field] = raw[field];
    if (entityType === 'CONTACT') {
      fields.relationId = raw.relationId == null ? null : String(raw.relationId);
      fields.country = raw.relationCountry;
    }
    return {
      entityType,
      id: Number(raw.id),
      version: Number(raw.version),
      divisionId: orNull(raw.divisionId),
      ownerId: orNull(raw.ownerId),
      createdAt: driver.prepareHydratedValue(raw.createdAt, createdAt) as Date,
      fields: fields as unknown as RecordFields,
      searchText: source.reportSearch
        .map((field) => raw[field])
        .filter(Boolean)
        .join(' ')
        .slice(0, SEARCH_LENGTH),
    };
  };
}

/** These records, those that are open; closed or missing ones are left out. */
export async function loadValidatedRecords(
  manager: EntityManager,
  entityType: EntityType,
  ids: number[],
): Promise<ValidatedRecord[]> {
  if (ids.length === 0) return [];
  const rows = await selectOpen(manager, entityType).andWhere('record.id IN (:...ids)', { ids }).getRawMany<Raw>();
  return rows.map(reader(manager, entityType));
}

/** The next open records by id after `afterId`; `done` once no more follow. */
export async function loadValidatedPage(
  manager: EntityManager,
  entityType: EntityType,
  afterId: number,
  limit: number,
): Promise<{ records: ValidatedRecord[]; done: boolean }> {
  const rows = await selectOpen(manager, entityType)
    .andWhere('record.id > :afterId', { afterId })
    .orderBy('record.id')
    .limit(limit)
    .getRawMany<Raw>();
  return { records: rows.map(reader(manager, entityType)), done: rows.length < limit };
}

/** How many open records of the type there are: what a scan goes through. */
export function countOpenRecords(manager: EntityManager, entityType: EntityType): Promise<number> {
  return selectOpen(manager, entityType).getCount();
}
