import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { User } from '../entities';
import type { EntityType } from '../entities/enums';
import { dateColumn, dateParameter } from '../db/dialect';
import { searchRecords } from '../search/search-filter';
import { divisionLimit } from '../schema/access';
import { forbidden } from '../schema/errors';
import { idOf } from '../schema/global-id';

export interface RecordFilterData {
  ownerId?: string | null;
  unowned?: boolean | null;
  divisionId?: string | null;
  tag?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  search?: string | null;
}

/** The one division a list is narrowed to (undefined: every division), FORBIDDEN when a SALES user asks for another than their own. */
export function visibleDivision(actor: User, divisionGlobalId?: string | null): number | null | undefined {
  const limit = divisionLimit(actor);
  const wanted = divisionGlobalId ? idOf('Division', divisionGlobalId, 'divisionId') : undefined;
  if (limit !== undefined && wanted !== undefined && wanted !== limit)
    throw forbidden('SALES users see only their own division');
  return wanted ?? limit;
}

/** Narrows a list to what the actor may see: SALES users only their own division. */
export function scopeToDivision<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  actor: User,
  divisionGlobalId?: string | null,
): void {
  const alias = query.alias;
  const division = visibleDivision(actor, divisionGlobalId);
  if (division === null) query.andWhere(`${alias}.divisionId IS NULL`);
  else if (division !== undefined) query.andWhere(`${alias}.divisionId = :division`, { division });
}

/** The filters leads, relations and contacts share. */
export async function applyRecordFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  actor: User,
  filter: RecordFilterData,
  entityType: EntityType,
): Promise<SelectQueryBuilder<T>> {
  const alias = query.alias;
  scopeToDivision(query, actor, filter.divisionId);
  if (filter.ownerId)
    query.andWhere(`${alias}.ownerId = :ownerId`, { ownerId: idOf('User', filter.ownerId, 'ownerId') });
  if (filter.unowned) query.andWhere(`${alias}.ownerId IS NULL`);
  if (filter.tag) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM tagging tg INNER JOIN tag t ON t.id = tg.tagId WHERE tg.entityType = :taggedType AND tg.recordId = ${alias}.id AND t.name = :tagName)`,
      { taggedType: entityType, tagName: filter.tag.trim() },
    );
  }
  if (filter.createdAfter)
    query.andWhere(`${dateColumn(alias, 'createdAt')} >= :createdAfter`, {
      createdAfter: dateParameter(filter.createdAfter),
    });
  if (filter.createdBefore)
    query.andWhere(`${dateColumn(alias, 'createdAt')} < :createdBefore`, {
      createdBefore: dateParameter(filter.createdBefore),
    });
  await searchRecords(query, entityType, filter.search);
  return query;
}
