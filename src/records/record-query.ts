import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { User } from '../entities';
import type { TaggedType } from '../entities/tagging.entity';
import { dateParameter } from '../db/dialect';
import { divisionLimit } from '../schema/access';
import { forbidden } from '../schema/errors';
import { idOf } from '../schema/global-id';
import type { SortKey } from '../schema/pagination';

export interface RecordFilterData {
  ownerId?: string | null;
  unowned?: boolean | null;
  divisionId?: string | null;
  tag?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  search?: string | null;
}

/** '!' escapes LIKE's wildcards: a backslash means different things in SQLite and MySQL string literals. */
function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** Narrows a list to what the actor may see: SALES users only their own division. */
export function scopeToDivision<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, actor: User, divisionGlobalId?: string | null): void {
  const alias = query.alias;
  const limit = divisionLimit(actor);
  const wanted = divisionGlobalId ? idOf('Division', divisionGlobalId, 'divisionId') : undefined;
  if (limit !== undefined && wanted !== undefined && wanted !== limit) throw forbidden('SALES users see only their own division');
  const division = wanted ?? limit;
  if (division === null) query.andWhere(`${alias}.divisionId IS NULL`);
  else if (division !== undefined) query.andWhere(`${alias}.divisionId = :division`, { division });
}

/** Free text: every word must appear in one of the columns. */
export function searchColumns<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, columns: string[], text: string | null | undefined): void {
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  words.forEach((word, n) => {
    const any = columns.map((c) => `${query.alias}.${c} LIKE :search${n} ESCAPE '!'`).join(' OR ');
    query.andWhere(`(${any})`, { [`search${n}`]: likePattern(word) });
  });
}

/** The filters leads, relations and contacts share. */
export function applyRecordFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  actor: User,
  filter: RecordFilterData,
  taggedType: TaggedType,
  textColumns: string[],
): SelectQueryBuilder<T> {
  const alias = query.alias;
  scopeToDivision(query, actor, filter.divisionId);
  if (filter.ownerId) query.andWhere(`${alias}.ownerId = :ownerId`, { ownerId: idOf('User', filter.ownerId, 'ownerId') });
  if (filter.unowned) query.andWhere(`${alias}.ownerId IS NULL`);
  if (filter.tag) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM tagging tg INNER JOIN tag t ON t.id = tg.tagId WHERE tg.entityType = :taggedType AND tg.recordId = ${alias}.id AND t.name = :tagName)`,
      { taggedType, tagName: filter.tag.trim() },
    );
  }
  if (filter.createdAfter) query.andWhere(`${alias}.createdAt >= :createdAfter`, { createdAfter: dateParameter(filter.createdAfter) });
  if (filter.createdBefore) query.andWhere(`${alias}.createdAt < :createdBefore`, { createdBefore: dateParameter(filter.createdBefore) });
  searchColumns(query, textColumns, filter.search);
  return query;
}

/** Sort keys every record list offers. */
export const byId = <T extends { id: number }>(direction: 'ASC' | 'DESC', alias: string): SortKey<T> => ({
  expression: `${alias}.id`,
  direction,
  valueOf: (r) => r.id,
});

export const byText = <T>(direction: 'ASC' | 'DESC', alias: string, column: keyof T & string): SortKey<T> => ({
  expression: `COALESCE(${alias}.${column}, '')`,
  direction,
  valueOf: (r) => (r[column] as string | null) ?? '',
});

export const byDate = <T>(direction: 'ASC' | 'DESC', alias: string, column: keyof T & string): SortKey<T> => ({
  expression: `${alias}.${column}`,
  direction,
  valueOf: (r) => (r[column] as Date).toISOString(),
  parameter: (v) => dateParameter(new Date(v)),
});
