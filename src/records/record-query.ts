import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { User } from '../entities';
import type { EntityType } from '../entities/enums';
import { dateParameter, usesMysql } from '../db/dialect';
import { likePattern } from '../db/like-pattern';
import { searchRecords } from '../search/search-filter';
import { divisionLimit } from '../schema/access';
import { forbidden } from '../schema/errors';
import type { SortKey } from '../paging/pagination';

export interface RecordFilterData {
  ownerId?: number | null;
  unowned?: boolean | null;
  divisionId?: number | null;
  tag?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  search?: string | null;
}

/** The one division a list is narrowed to (undefined: every division), FORBIDDEN when a SALES user asks for another than their own. */
export function visibleDivision(actor: User, divisionId?: number | null): number | null | undefined {
  const limit = divisionLimit(actor);
  const wanted = divisionId ?? undefined;
  if (limit !== undefined && wanted !== undefined && wanted !== limit)
    throw forbidden('SALES users see only their own division');
  return wanted ?? limit;
}

/**
 * A datetime column as SQL that compares rightly with dateParameter(). SQLite keeps datetimes as text:
 * its column defaults and CURRENT_TIMESTAMP write whole seconds ('2024-01-02 03:04:05'), TypeORM writes
 * milliseconds ('2024-01-02 03:04:05.000'), and as text the first sorts before the second; strftime
 * gives every row the millisecond form.
 */
export function dateColumn(alias: string, column: string): string {
  return usesMysql ? `${alias}.${column}` : `strftime('%Y-%m-%d %H:%M:%f', ${alias}.${column})`;
}

/** Narrows a list to what the actor may see: SALES users only their own division. */
export function scopeToDivision<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  actor: User,
  divisionId?: number | null,
): void {
  const alias = query.alias;
  const division = visibleDivision(actor, divisionId);
  if (division === null) query.andWhere(`${alias}.divisionId IS NULL`);
  else if (division !== undefined) query.andWhere(`${alias}.divisionId = :division`, { division });
}

/** Free text: every word must appear in one of the columns (of the query's main alias unless another is named). */
export function searchColumns<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: string[],
  text: string | null | undefined,
  alias = query.alias,
): void {
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  words.forEach((word, n) => {
    const any = columns.map((c) => `${alias}.${c} LIKE :search${n} ESCAPE '!'`).join(' OR ');
    query.andWhere(`(${any})`, { [`search${n}`]: likePattern(word) });
  });
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
  if (filter.ownerId) query.andWhere(`${alias}.ownerId = :ownerId`, { ownerId: filter.ownerId });
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

/** Sort keys every record list offers. */
export const byId = <T extends { id: number }>(direction: 'ASC' | 'DESC', alias: string): SortKey<T> => ({
  expression: `${alias}.id`,
  direction,
  valueOf: (r) => r.id,
  property: 'id',
});

export const byText = <T>(direction: 'ASC' | 'DESC', alias: string, column: keyof T & string): SortKey<T> => ({
  expression: `COALESCE(${alias}.${column}, '')`,
  direction,
  valueOf: (r) => (r[column] as string | null) ?? '',
  property: column,
});

export const byDate = <T>(direction: 'ASC' | 'DESC', alias: string, column: keyof T & string): SortKey<T> => ({
  expression: dateColumn(alias, column),
  direction,
  valueOf: (r) => (r[column] as Date).toISOString(),
  parameter: (v) => dateParameter(new Date(v)),
  property: column,
});
